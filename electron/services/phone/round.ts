import type { PhoneResult, PhoneRound } from '../../../shared/phone/schema';
import type { Room } from '../../../shared/room/schema';
import { dotsLeft, roundRules, votableInRound } from '../../../shared/voting/rules';
import type { Round } from '../../../shared/voting/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import { itemsNow, readDots, readRound, roundState, toRound } from '../voting/state';

/**
 * What a phone calls an item: a cluster by its heading, a free note by its
 * text, except a note someone else wrote face down, whose text the room has
 * not seen yet.
 */
function labelsOf(db: Db, ids: readonly string[], participantId: string | null): (id: string) => string {
  const json = JSON.stringify(ids);
  const headings = db.prepare('SELECT c.id, c.heading FROM json_each(?) AS listed CROSS JOIN cluster AS c ON c.id = listed.value').all(json) as { id: string; heading: string }[];
  const notes = db
    .prepare('SELECT n.id, n.text, n.face_down, n.author_id FROM json_each(?) AS listed CROSS JOIN note AS n ON n.id = listed.value')
    .all(json) as { id: string; text: string; face_down: number; author_id: string | null }[];
  const labels = new Map([
    ...headings.map((c): [string, string] => [c.id, c.heading]),
    ...notes.map((n): [string, string] => [n.id, n.face_down === 1 && (participantId === null || n.author_id !== participantId) ? '' : n.text]),
  ]);
  return (id) => labels.get(id) ?? '';
}

/**
 * The round the room votes in: the one the room's screen shows, else the
 * latest open round counted on phones.
 */
export function shownRound(db: Db, room: Room): Round | null {
  if (room.roundId) return readRound(db, room.roundId);
  const row = db
    .prepare("SELECT * FROM vote_round WHERE workshop_id = ? AND status = 'open' AND mode = 'participants' ORDER BY number DESC LIMIT 1")
    .get(room.workshopId) as Row | undefined;
  return row ? toRound(row) : null;
}

/** The round as one participant votes in it: their own dots and what they have left, nobody else's. */
export function phoneRound(db: Db, round: Round, participantId: string | null): PhoneRound {
  const now = itemsNow(db, round.workshopId, round.votableItemIds);
  const items = votableInRound(round.votableItemIds, now);
  const rules = roundRules(round, now);
  const dots = readDots(db, round.id);
  const mine: Record<string, number> = {};
  for (const dot of dots) if (dot.participantId === participantId) mine[dot.itemId] = (mine[dot.itemId] ?? 0) + 1;
  const label = labelsOf(db, items, participantId);
  return {
    id: round.id,
    number: round.number,
    status: round.status,
    dotsPerParticipant: round.dotsPerParticipant,
    maxPerItem: round.maxPerItem,
    items: items.map((id) => ({ id, label: label(id) })),
    mine,
    remaining: participantId === null ? round.dotsPerParticipant : dotsLeft(rules, dots, participantId),
  };
}

/** The totals the room's screen shows once the facilitator reveals them; null until then. */
export function phoneResults(db: Db, round: Round, participantId: string | null): PhoneResult[] | null {
  const { results } = roundState(db, round);
  if (!results) return null;
  const label = labelsOf(db, results.map((r) => r.itemId), participantId);
  return results.map(({ itemId, votes, rank, tied }) => ({ itemId, label: label(itemId), votes, rank, tied }));
}
