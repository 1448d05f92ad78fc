/**
 * One row per votable item of a revealed round, joined with what the UI
 * shows beside the count: title, field on the matrix, votes per huvudman
 * and the decision taken. Paper counts have no voter, so they appear as
 * their own part of the total.
 */
import { quadrantOf, type Quadrant } from '../../shared/matrix/quadrant';
import type { Placement } from '../../shared/matrix/schema';
import type { Outcome } from '../../shared/outcome/schema';
import { type Huvudman, huvudmanValues } from '../../shared/participant/schema';
import type { ItemKind, RoundState } from '../../shared/voting/schema';
import type { WorkshopItem } from '../matrix/workshopItems';

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

type Results = NonNullable<RoundState['results']>;

export function resultRows(
  results: Results,
  items: ReadonlyMap<string, WorkshopItem>,
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
