/**
 * One row per votable item of a revealed round, joined with what is shown
 * beside the count: title, field on the matrix, votes per huvudman and the
 * decision taken. Paper counts have no voter, so they appear as their own
 * part of the total. The results view and the workshop summary both read
 * rounds through this.
 */
import { quadrantOf, type Quadrant } from '../matrix/quadrant';
import type { Placement } from '../matrix/schema';
import type { Outcome } from '../outcome/schema';
import { type Huvudman, huvudmanValues } from '../participant/schema';
import type { ItemKind, RoundState } from './schema';

export interface ResultRow {
  readonly itemId: string;
  readonly kind: ItemKind;
  /** null when the item was deleted after the round. */
  readonly title: string | null;
  readonly votes: number;
  readonly rank: number;
  readonly tied: boolean;
  readonly byHuvudman: Readonly<Record<Huvudman, number>>;
  /** Votes typed in from paper, not tied to a participant. */
  readonly paper: number;
  readonly quadrant: Quadrant | null;
  readonly outcome: Outcome | null;
}

export type RoundResults = NonNullable<RoundState['results']>;

/** What a row needs to know about the item voted on. */
export interface ResultItem {
  readonly kind: ItemKind;
  readonly title: string;
}

export function resultRows(
  results: RoundResults,
  items: ReadonlyMap<string, ResultItem>,
  placements: readonly Placement[],
  outcomes: readonly Outcome[],
): ResultRow[] {
  const where = new Map(placements.map((p) => [p.itemId, quadrantOf(p)]));
  const decided = new Map(outcomes.map((o) => [o.itemId, o]));
  return results.map((r) => {
    const byHuvudman = Object.fromEntries(huvudmanValues.map((h) => [h, r.byHuvudman[h] ?? 0])) as Record<Huvudman, number>;
    const counted = huvudmanValues.reduce((sum, h) => sum + byHuvudman[h], 0);
    const item = items.get(r.itemId);
    return {
      itemId: r.itemId,
      kind: item?.kind ?? 'cluster',
      title: item?.title ?? null,
      votes: r.votes,
      rank: r.rank,
      tied: r.tied,
      byHuvudman,
      paper: Math.max(0, r.votes - counted),
      quadrant: where.get(r.itemId) ?? null,
      outcome: decided.get(r.itemId) ?? null,
    };
  });
}

/** The newest round whose votes have been shown, as the summary uses it. */
export function latestRevealed(rounds: readonly RoundState[]): RoundState | null {
  return rounds.reduce<RoundState | null>((newest, r) => (r.results !== null && (newest === null || r.round.number > newest.round.number) ? r : newest), null);
}
