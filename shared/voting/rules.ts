/**
 * Dot-voting rules as pure functions over plain data, shared by the API
 * (which refuses a bad vote) and the UI (which shows what is left). A vote
 * is one dot: a participant may put several dots on one item up to the cap.
 */
export interface RoundRules {
  readonly status: 'open' | 'closed';
  readonly dotsPerParticipant: number;
  /** null: no cap per item. */
  readonly maxPerItem: number | null;
  readonly votableItemIds: ReadonlySet<string>;
}

export interface Dot {
  readonly participantId: string;
  readonly itemId: string;
}

export type VoteRefusal = 'round_closed' | 'not_votable' | 'vote_budget_exceeded' | 'vote_cap_exceeded' | 'no_dot_to_retract';

export const DOTS_DEFAULT = 3;
export const DOTS_MIN = 1;
export const DOTS_MAX = 12;

const dotsOf = (dots: readonly Dot[], participantId: string) => dots.filter((d) => d.participantId === participantId);

export function dotsLeft(rules: RoundRules, dots: readonly Dot[], participantId: string): number {
  return Math.max(0, rules.dotsPerParticipant - dotsOf(dots, participantId).length);
}

/** Why this dot may not be placed, or null when it may. */
export function refuseDot(rules: RoundRules, dots: readonly Dot[], dot: Dot): VoteRefusal | null {
  if (rules.status !== 'open') return 'round_closed';
  if (!rules.votableItemIds.has(dot.itemId)) return 'not_votable';
  const own = dotsOf(dots, dot.participantId);
  if (own.length >= rules.dotsPerParticipant) return 'vote_budget_exceeded';
  if (rules.maxPerItem !== null && own.filter((d) => d.itemId === dot.itemId).length >= rules.maxPerItem) return 'vote_cap_exceeded';
  return null;
}

/** Taking a dot back is allowed while the round is open and the dot exists. */
export function refuseRetraction(rules: RoundRules, dots: readonly Dot[], dot: Dot): VoteRefusal | null {
  if (rules.status !== 'open') return 'round_closed';
  return dots.some((d) => d.participantId === dot.participantId && d.itemId === dot.itemId) ? null : 'no_dot_to_retract';
}

/** Dots per item; paper counts (typed in from a sticker wall) add to them. */
export function tally(dots: readonly Dot[], paperCounts: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const counts = new Map(paperCounts);
  for (const dot of dots) counts.set(dot.itemId, (counts.get(dot.itemId) ?? 0) + 1);
  return counts;
}

export interface Ranked {
  readonly itemId: string;
  readonly votes: number;
  /** Standard competition rank: equal votes share a rank (1, 1, 3). */
  readonly rank: number;
  readonly tied: boolean;
}

/** Ranks every item (also those with no votes); ties stay ties, ordered by the given item order. */
export function rank(itemIds: readonly string[], counts: ReadonlyMap<string, number>): Ranked[] {
  const order = new Map(itemIds.map((id, i) => [id, i]));
  const sorted = [...itemIds].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const frequency = new Map<number, number>();
  for (const id of sorted) frequency.set(counts.get(id) ?? 0, (frequency.get(counts.get(id) ?? 0) ?? 0) + 1);
  let previous: number | null = null;
  let currentRank = 0;
  return sorted.map((itemId, index) => {
    const votes = counts.get(itemId) ?? 0;
    if (votes !== previous) currentRank = index + 1;
    previous = votes;
    return { itemId, votes, rank: currentRank, tied: (frequency.get(votes) ?? 0) > 1 };
  });
}

/** Dots per item split by a participant attribute, e.g. huvudman. */
export function splitBy<K extends string>(dots: readonly Dot[], groupOf: (participantId: string) => K): Map<string, Map<K, number>> {
  const split = new Map<string, Map<K, number>>();
  for (const dot of dots) {
    const group = groupOf(dot.participantId);
    const byGroup = split.get(dot.itemId) ?? new Map<K, number>();
    byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
    split.set(dot.itemId, byGroup);
  }
  return split;
}

/** The default prioritisation: the top three ranks, ties included. */
export function defaultPrioritised(ranked: readonly Ranked[], top = 3): string[] {
  return ranked.filter((r) => r.votes > 0 && r.rank <= top).map((r) => r.itemId);
}
