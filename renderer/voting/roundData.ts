/**
 * Reading a RoundState for the UI. The rules themselves (what a participant
 * may still do) live in shared/voting/rules.ts; this only turns the wire
 * shape into their inputs.
 */
import { latestRevealed as sharedLatestRevealed } from '../../shared/voting/results';
import type { Round, RoundState } from '../../shared/voting/schema';

/** Dots a participant has left, from how many they hold (RoundState.placedBy). */
export function leftOf(round: Pick<Round, 'dotsPerParticipant'>, placedBy: Readonly<Record<string, number>>, participantId: string): number {
  return Math.max(0, round.dotsPerParticipant - (placedBy[participantId] ?? 0));
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
