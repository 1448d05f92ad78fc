import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { quadrantOf } from '../../../shared/matrix/quadrant';
import { refuseItem, votableNow } from '../../../shared/voting/rules';
import type { RoundScope, RoundState } from '../../../shared/voting/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { Tx } from '../../storage/transaction';
import { itemInWorkshop, itemKindOf } from '../board/rows';
import { listPlacements } from '../matrix/rows';
import { requireWorkshop } from '../workshop/rows';
import { castDot, requireMode, retractDot, voteRefused } from './dots';
import { itemsNow, readRound, roundState, rulesNow, toRound } from './state';

/**
 * The items a round lists, fixed when it starts. Later on, only those of
 * them that still exist as something to vote on take dots (shared rule).
 */
function votableItems(db: Db, workshopId: string, scope: RoundScope): string[] {
  const now = votableNow(itemsNow(db, workshopId));
  if (scope.kind === 'selection') {
    for (const id of scope.itemIds) {
      const kind = itemKindOf(db, id);
      if (!kind) throw new AppError('not_found', `No cluster or note with id ${id}`, { id });
      itemInWorkshop(db, kind, id, workshopId);
      if (!now.has(id)) {
        throw new AppError('validation_failed', 'A free note joins a round once it is placed on the matrix', [
          { path: ['settings', 'scope', 'itemIds'], code: 'not_placed', message: 'the note is not on the matrix' },
        ]);
      }
    }
    return [...new Set(scope.itemIds)];
  }
  if (scope.kind === 'quadrant') return listPlacements(db, workshopId).filter((p) => quadrantOf(p) === scope.quadrant && now.has(p.itemId)).map((p) => p.itemId);
  return db.prepare('SELECT id FROM cluster WHERE workshop_id = ? ORDER BY created_at, rowid').pluck().all(workshopId) as string[];
}

function stateOf(tx: Tx, roundId: string): RoundState {
  return roundState(tx.db, readRound(tx.db, roundId));
}

export const votingHandlers: HandlerMap = {
  'voting.rounds': ({ workshopId }, { store }) =>
    store.read((db) => {
      requireWorkshop(db, workshopId);
      const rows = db.prepare('SELECT * FROM vote_round WHERE workshop_id = ? ORDER BY number').all(workshopId) as Parameters<typeof toRound>[0][];
      return rows.map((row) => roundState(db, toRound(row)));
    }),

  'voting.start': mutation('voting.start', ({ workshopId, settings }, tx) => {
    tx.get('workshop', workshopId);
    const items = votableItems(tx.db, workshopId, settings.scope);
    if (items.length === 0) {
      throw new AppError('validation_failed', 'There is nothing to vote on in this round', [{ path: ['settings', 'scope'], code: 'too_small', message: 'no items' }]);
    }
    const number = (tx.db.prepare('SELECT COALESCE(MAX(number), 0) + 1 FROM vote_round WHERE workshop_id = ?').pluck().get(workshopId) as number) ?? 1;
    const id = randomUUID();
    tx.insert('vote_round', {
      id,
      workshop_id: workshopId,
      number,
      status: 'open',
      mode: settings.mode,
      dots_per_participant: settings.dotsPerParticipant,
      max_per_item: settings.maxPerItem,
      votable_item_ids: JSON.stringify(items),
      anonymous: settings.anonymous ? 1 : 0,
      revealed: 0,
      created_at: tx.now,
      updated_at: tx.now,
    });
    return stateOf(tx, id);
  }),

  'voting.cast': mutation('voting.cast', (dot, tx) => {
    castDot(tx, dot);
    return stateOf(tx, dot.roundId);
  }),

  'voting.retract': mutation('voting.retract', (dot, tx) => {
    retractDot(tx, dot);
    return stateOf(tx, dot.roundId);
  }),

  'voting.setPaperCount': mutation('voting.setPaperCount', ({ roundId, itemId, count }, tx) => {
    const round = requireMode(tx, roundId, 'paper');
    const refusal = refuseItem(rulesNow(tx.db, round), itemId);
    if (refusal) throw voteRefused(refusal, { itemId });
    const existing = tx.db.prepare('SELECT id FROM paper_count WHERE round_id = ? AND item_id = ?').pluck().get(roundId, itemId) as string | undefined;
    if (existing) tx.update('paper_count', existing, { count });
    else tx.insert('paper_count', { id: randomUUID(), round_id: roundId, item_id: itemId, count });
    return stateOf(tx, roundId);
  }),

  'voting.setStatus': mutation('voting.setStatus', ({ roundId, status }, tx) => {
    tx.update('vote_round', roundId, { status });
    return stateOf(tx, roundId);
  }),

  'voting.reveal': mutation('voting.reveal', ({ roundId, revealed }, tx) => {
    tx.update('vote_round', roundId, { revealed: revealed ? 1 : 0 });
    return stateOf(tx, roundId);
  }),
};
