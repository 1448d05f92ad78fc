import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { OutcomeStatus } from '../../../shared/outcome/schema';
import { defaultPrioritised } from '../../../shared/voting/rules';
import type { ItemKind } from '../../../shared/voting/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Tx } from '../../storage/transaction';
import { itemInWorkshop, itemKindOf } from '../board/rows';
import { readRound, roundState } from '../voting/state';
import { requireWorkshop } from '../workshop/rows';
import { findArea, listAreas, listOutcomes, toOutcome } from './rows';

const AREA_TITLE_MAX = 160;

interface Decision {
  readonly workshopId: string;
  readonly itemId: string;
  readonly kind: ItemKind;
  readonly status: OutcomeStatus | null;
  /** Left out: keep what was written before. */
  readonly handedTo?: string | undefined;
  readonly comment?: string | undefined;
}

/** Keeps the improvement area in step with the decision: it exists exactly while the item is prioritised. */
function syncArea(tx: Tx, decision: Decision): void {
  const existing = tx.db.prepare('SELECT id FROM improvement_area WHERE item_id = ?').pluck().get(decision.itemId) as string | undefined;
  if (decision.status !== 'prioritised') {
    if (existing) tx.remove('improvement_area', existing);
    return;
  }
  if (existing) return;
  const item = tx.get(decision.kind, decision.itemId);
  const workshop = tx.get('workshop', decision.workshopId);
  const programme = tx.get('programme', String(workshop.programme_id));
  tx.insert('improvement_area', {
    id: randomUUID(),
    programme_id: programme.id,
    workshop_id: decision.workshopId,
    item_id: decision.itemId,
    title: String(decision.kind === 'cluster' ? item.heading : item.text).slice(0, AREA_TITLE_MAX),
    description: decision.kind === 'cluster' ? String(item.description) : '',
    level: String(programme.level),
    created_at: tx.now,
    updated_at: tx.now,
  });
}

function decide(tx: Tx, decision: Decision) {
  itemInWorkshop(tx.db, decision.kind, decision.itemId, decision.workshopId);
  const exists = tx.db.prepare('SELECT 1 FROM item_outcome WHERE id = ?').get(decision.itemId);
  if (decision.status === null) {
    if (exists) tx.remove('item_outcome', decision.itemId);
  } else {
    const columns: Record<string, string> = { status: decision.status };
    if (decision.handedTo !== undefined) columns.handed_to = decision.handedTo;
    if (decision.comment !== undefined) columns.comment = decision.comment;
    if (exists) tx.update('item_outcome', decision.itemId, columns);
    else tx.insert('item_outcome', { id: decision.itemId, workshop_id: decision.workshopId, item_kind: decision.kind, handed_to: '', comment: '', ...columns, updated_at: tx.now });
  }
  syncArea(tx, decision);
  return decision.status === null ? null : toOutcome(tx.get('item_outcome', decision.itemId));
}

export const outcomeHandlers: HandlerMap = {
  'outcome.list': ({ workshopId }, { store }) =>
    store.read((db) => {
      requireWorkshop(db, workshopId);
      return listOutcomes(db, workshopId);
    }),

  'outcome.set': mutation('outcome.set', (input, tx) => decide(tx, input)),

  'outcome.prioritiseTop': mutation('outcome.prioritiseTop', ({ roundId, top }, tx) => {
    const state = roundState(tx.db, readRound(tx.db, roundId));
    if (!state.results) throw new AppError('votes_hidden', 'Reveal the votes before prioritising by them', { roundId });
    // Items decided on already (e.g. handed over) keep that decision.
    const decided = new Set(tx.db.prepare('SELECT id FROM item_outcome WHERE workshop_id = ?').pluck().all(state.round.workshopId) as string[]);
    return defaultPrioritised(state.results, top).flatMap((itemId) => {
      const kind = itemKindOf(tx.db, itemId);
      if (!kind || decided.has(itemId)) return [];
      return [decide(tx, { workshopId: state.round.workshopId, itemId, kind, status: 'prioritised' })!];
    });
  }),

  'improvementArea.list': ({ programmeId }, { store }) =>
    store.read((db) => {
      if (!db.prepare('SELECT 1 FROM programme WHERE id = ?').get(programmeId)) {
        throw new AppError('not_found', `No programme with id ${programmeId}`, { entity: 'programme', id: programmeId });
      }
      return listAreas(db, 'programme_id', programmeId);
    }),

  'improvementArea.update': mutation('improvementArea.update', ({ id, ...fields }, tx) => {
    const patch: Record<string, string> = {};
    if (fields.title !== undefined) patch.title = fields.title;
    if (fields.description !== undefined) patch.description = fields.description;
    if (fields.level !== undefined) patch.level = fields.level;
    tx.update('improvement_area', id, patch);
    return findArea(tx.db, id);
  }),
};
