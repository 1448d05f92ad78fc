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
  /** What the round listed when it started. */
  readonly listedItemIds: ReadonlySet<string>;
  /** The listed items that still exist as something to vote on (see votableInRound). */
  readonly votableItemIds: ReadonlySet<string>;
}

/** What the board and the matrix hold right now, as far as voting is concerned. */
export interface ItemsNow {
  readonly clusters: readonly { readonly id: string }[];
  readonly notes: readonly { readonly id: string; readonly clusterId: string | null }[];
  readonly placements: readonly { readonly itemId: string }[];
}

/** A round as stored: its settings and the items it listed when it started. */
export interface RoundSetup {
  readonly status: 'open' | 'closed';
  readonly dotsPerParticipant: number;
  readonly maxPerItem: number | null;
  readonly votableItemIds: readonly string[];
}

export interface Dot {
  readonly participantId: string;
  readonly itemId: string;
}

export type VoteRefusal = 'round_closed' | 'not_votable' | 'item_gone' | 'vote_budget_exceeded' | 'vote_cap_exceeded' | 'no_dot_to_retract';

export const DOTS_DEFAULT = 3;
export const DOTS_MIN = 1;
export const DOTS_MAX = 12;

/**
 * What may take votes now: every cluster, and a note only while it is in no
 * cluster and lifted onto the matrix (a clustered note is voted on through
 * its cluster). Dissolved, merged or deleted items are simply absent.
 */
export function votableNow(items: ItemsNow): Set<string> {
  const placed = new Set(items.placements.map((p) => p.itemId));
  return new Set([...items.clusters.map((c) => c.id), ...items.notes.filter((n) => n.clusterId === null && placed.has(n.id)).map((n) => n.id)]);
}

/** The round's listed items that may still take votes, once each, in the round's order. */
export function votableInRound(listed: readonly string[], items: ItemsNow): string[] {
  const now = votableNow(items);
  return [...new Set(listed)].filter((id) => now.has(id));
}

export function roundRules(round: RoundSetup, items: ItemsNow): RoundRules {
  return {
    status: round.status,
    dotsPerParticipant: round.dotsPerParticipant,
    maxPerItem: round.maxPerItem,
    listedItemIds: new Set(round.votableItemIds),
    votableItemIds: new Set(votableInRound(round.votableItemIds, items)),
  };
}

/** Why nothing may be counted on this item in this round (a dot or a paper count), or null. */
export function refuseItem(rules: RoundRules, itemId: string): 'round_closed' | 'not_votable' | 'item_gone' | null {
  if (rules.status !== 'open') return 'round_closed';
  if (!rules.listedItemIds.has(itemId)) return 'not_votable';
  return rules.votableItemIds.has(itemId) ? null : 'item_gone';
}

const dotsOf = (dots: readonly Dot[], participantId: string) => dots.filter((d) => d.participantId === participantId);

export function dotsLeft(rules: RoundRules, dots: readonly Dot[], participantId: string): number {
  return Math.max(0, rules.dotsPerParticipant - dotsOf(dots, participantId).length);
}

/**
 * Whether where one participant put their dots may be told. While the round
 * is open it is told to the one voting (their own dots); once closed only a
 * revealed round that is not anonymous is on record. A hidden round never
 * shows it to anyone else: summing everyone's dots would give the counts.
 */
export function mayShowDotsOf(round: { readonly status: 'open' | 'closed'; readonly revealed: boolean; readonly anonymous: boolean }): boolean {
  return round.status === 'open' || (round.revealed && !round.anonymous);
}

/**
 * Why this dot may not be placed, or null when it may. Every dot the
 * participant holds in the round counts against the budget, also one on an
 * item that is out of the vote for now (a note moved into a cluster), so
 * nobody ever holds more dots than the round gives.
 */
export function refuseDot(rules: RoundRules, dots: readonly Dot[], dot: Dot): VoteRefusal | null {
  const refusal = refuseItem(rules, dot.itemId);
  if (refusal) return refusal;
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
