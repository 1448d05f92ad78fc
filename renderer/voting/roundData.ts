/**
 * Reading a RoundState for the UI. The rules themselves (what a participant
 * may still do) live in shared/voting/rules.ts; this only turns the wire
 * shape into their inputs.
 */
import type { Dot } from '../../shared/voting/rules';
import { latestRevealed as sharedLatestRevealed } from '../../shared/voting/results';
import type { RoundState } from '../../shared/voting/schema';

/** The dots as a flat list, one entry per dot. */
export function dotsOf(state: RoundState): Dot[] {
  const dots: Dot[] = [];
  for (const [participantId, perItem] of Object.entries(state.dotsByParticipant)) {
    for (const [itemId, count] of Object.entries(perItem)) for (let i = 0; i < count; i++) dots.push({ participantId, itemId });
  }
  return dots;
}

/** The newest round, whatever its state. */
export function latestRound(rounds: readonly RoundState[] | undefined): RoundState | null {
  if (!rounds || rounds.length === 0) return null;
  return rounds.reduce((a, b) => (b.round.number > a.round.number ? b : a));
}

/** The newest round whose votes have been shown (the rule is shared with the summary). */
export function latestRevealed(rounds: readonly RoundState[] | undefined): RoundState | null {
  return sharedLatestRevealed(rounds ?? []);
}

/**
 * Votes per item to show beside the matrix items: only when the newest
 * round has been revealed, so starting a new round hides the old counts
 * and does not steer the room.
 */
export function shownVotes(rounds: readonly RoundState[] | undefined): ReadonlyMap<string, number> | null {
  const latest = latestRound(rounds);
  if (!latest?.results) return null;
  return new Map(latest.results.map((r) => [r.itemId, r.votes]));
}
