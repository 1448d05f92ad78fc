import { AppError } from '../../../shared/api/errors';
import type { Huvudman } from '../../../shared/participant/schema';
import { rank, splitBy, tally, type Dot, type RoundRules } from '../../../shared/voting/rules';
import { Round, type RoundState } from '../../../shared/voting/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';

export function toRound(row: Row): Round {
  return Round.parse({
    id: row.id,
    workshopId: row.workshop_id,
    number: row.number,
    status: row.status,
    mode: row.mode,
    dotsPerParticipant: row.dots_per_participant,
    maxPerItem: row.max_per_item,
    votableItemIds: JSON.parse(String(row.votable_item_ids)) as unknown,
    anonymous: row.anonymous === 1,
    revealed: row.revealed === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function readRound(db: Db, roundId: string): Round {
  const row = db.prepare('SELECT * FROM vote_round WHERE id = ?').get(roundId) as Row | undefined;
  if (!row) throw new AppError('not_found', `No voting round with id ${roundId}`, { entity: 'vote_round', id: roundId });
  return toRound(row);
}

export function roundRules(round: Round): RoundRules {
  return {
    status: round.status,
    dotsPerParticipant: round.dotsPerParticipant,
    maxPerItem: round.maxPerItem,
    votableItemIds: new Set(round.votableItemIds),
  };
}

export function readDots(db: Db, roundId: string): Dot[] {
  return db.prepare('SELECT participant_id AS participantId, item_id AS itemId FROM vote WHERE round_id = ? ORDER BY rowid').all(roundId) as Dot[];
}

function paperCounts(db: Db, roundId: string): Map<string, number> {
  const rows = db.prepare('SELECT item_id, count FROM paper_count WHERE round_id = ?').all(roundId) as { item_id: string; count: number }[];
  return new Map(rows.map((r) => [r.item_id, r.count]));
}

/** The round as the facilitator sees it; counts per item appear only once revealed. */
export function roundState(db: Db, round: Round): RoundState {
  const dots = readDots(db, round.id);
  const dotsByParticipant: Record<string, Record<string, number>> = {};
  for (const dot of dots) {
    const own = (dotsByParticipant[dot.participantId] ??= {});
    own[dot.itemId] = (own[dot.itemId] ?? 0) + 1;
  }
  // Anonymous: who placed which dot is shown only while that person votes.
  if (round.anonymous && round.status === 'closed') for (const key of Object.keys(dotsByParticipant)) delete dotsByParticipant[key];
  const papers = paperCounts(db, round.id);
  const totalDots = dots.length + [...papers.values()].reduce((a, b) => a + b, 0);
  if (!round.revealed) return { round, dotsByParticipant, totalDots, results: null };

  const huvudman = new Map(
    (db.prepare('SELECT id, huvudman FROM participant WHERE workshop_id = ?').all(round.workshopId) as { id: string; huvudman: Huvudman }[]).map((p) => [p.id, p.huvudman]),
  );
  const split = splitBy(dots, (id) => huvudman.get(id) ?? 'annan');
  const results = rank(round.votableItemIds, tally(dots, papers)).map((r) => ({
    ...r,
    byHuvudman: Object.fromEntries(split.get(r.itemId) ?? []) as Record<Huvudman, number>,
  }));
  return { round, dotsByParticipant, totalDots, results };
}
