import { AppError } from '../../../shared/api/errors';
import type { Huvudman } from '../../../shared/participant/schema';
import { rank, roundRules, splitBy, tally, votableInRound, type Dot, type ItemsNow, type RoundRules } from '../../../shared/voting/rules';
import { Round, type DotsPerItem, type RoundState, type VoterRound } from '../../../shared/voting/schema';
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

/**
 * The workshop's clusters, free notes and matrix placements, for the shared
 * votable rule; only those among a round's listed items when given, so a
 * dot on a large board does not read the whole board.
 */
export function itemsNow(db: Db, workshopId: string, among?: readonly string[]): ItemsNow {
  // CROSS JOIN keeps the listed ids as the outer loop, one primary-key lookup each; a plain JOIN let
  // SQLite scan the whole table per id (measured 40 times slower on a 1,000-note board).
  const from = (table: string) => (among ? `json_each(?) AS listed CROSS JOIN ${table} AS t ON t.id = listed.value` : `${table} AS t`);
  const params = among ? [JSON.stringify(among), workshopId] : [workshopId];
  return {
    clusters: db.prepare(`SELECT t.id FROM ${from('cluster')} WHERE t.workshop_id = ?`).all(...params) as { id: string }[],
    notes: db.prepare(`SELECT t.id, t.cluster_id AS clusterId FROM ${from('note')} WHERE t.workshop_id = ? AND t.cluster_id IS NULL`).all(...params) as { id: string; clusterId: null }[],
    placements: db.prepare(`SELECT t.id AS itemId FROM ${from('matrix_placement')} WHERE t.workshop_id = ?`).all(...params) as { itemId: string }[],
  };
}

export function rulesNow(db: Db, round: Round): RoundRules {
  return roundRules(round, itemsNow(db, round.workshopId, round.votableItemIds));
}

export function readDots(db: Db, roundId: string): Dot[] {
  return db.prepare('SELECT participant_id AS participantId, item_id AS itemId FROM vote WHERE round_id = ? ORDER BY rowid').all(roundId) as Dot[];
}

function paperCounts(db: Db, roundId: string): Map<string, number> {
  const rows = db.prepare('SELECT item_id, count FROM paper_count WHERE round_id = ?').all(roundId) as { item_id: string; count: number }[];
  return new Map(rows.map((r) => [r.item_id, r.count]));
}

/**
 * The round as the facilitator sees it; counts per item appear only once
 * revealed. Totals and ranking cover only what may still be voted on, so an
 * item that is gone can neither rank nor be prioritised. Dots of a removed
 * participant stay (a closed round is the record of a decision) and keep
 * their huvudman in the split.
 */
export function roundState(db: Db, round: Round): RoundState {
  const dots = readDots(db, round.id);
  const votable = votableInRound(round.votableItemIds, itemsNow(db, round.workshopId, round.votableItemIds));
  const counted = new Set(votable);
  const placedBy: Record<string, number> = {};
  for (const dot of dots) placedBy[dot.participantId] = (placedBy[dot.participantId] ?? 0) + 1;
  const countedDots = dots.filter((d) => counted.has(d.itemId));
  const papers = new Map([...paperCounts(db, round.id)].filter(([itemId]) => counted.has(itemId)));
  const totalDots = countedDots.length + [...papers.values()].reduce((a, b) => a + b, 0);
  const people = db.prepare('SELECT id, huvudman, removed_at FROM participant WHERE workshop_id = ?').all(round.workshopId) as {
    id: string;
    huvudman: Huvudman;
    removed_at: string | null;
  }[];
  const removed = new Set(people.filter((p) => p.removed_at !== null).map((p) => p.id));
  const dotsFromRemoved = countedDots.filter((d) => removed.has(d.participantId)).length;
  if (!round.revealed) return { round, placedBy, totalDots, dotsFromRemoved, results: null };

  const huvudman = new Map(people.map((p) => [p.id, p.huvudman]));
  const split = splitBy(countedDots, (id) => huvudman.get(id) ?? 'annan');
  const results = rank(votable, tally(countedDots, papers)).map((r) => ({
    ...r,
    byHuvudman: Object.fromEntries(split.get(r.itemId) ?? []) as Record<Huvudman, number>,
  }));
  return { round, placedBy, totalDots, dotsFromRemoved, results };
}

/** Where one participant's dots are in a round, per item; the caller decides whether they may be told (mayShowDotsOf). */
export function dotsOfParticipant(db: Db, roundId: string, participantId: string): DotsPerItem {
  const rows = db.prepare('SELECT item_id, COUNT(*) AS n FROM vote WHERE round_id = ? AND participant_id = ? GROUP BY item_id').all(roundId, participantId) as {
    item_id: string;
    n: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.item_id, r.n]));
}

/** The round with one voter's own dots: what a vote answers and what the screen showing that voter reads. */
export function voterRound(db: Db, round: Round, participantId: string): VoterRound {
  return { ...roundState(db, round), participantId: participantId as VoterRound['participantId'], mine: dotsOfParticipant(db, round.id, participantId) };
}
