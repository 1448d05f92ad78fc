/**
 * How far a room vote has come, as the shared screen may show it: how many
 * people have used their whole budget, never who put dots where.
 */

/** Participants (of `participantIds`, the workshop's current ones) who have placed every dot the round gives them. */
export function participantsDone(
  dotsByParticipant: Readonly<Record<string, Readonly<Record<string, number>>>>,
  dotsPerParticipant: number,
  participantIds: readonly string[],
): number {
  let done = 0;
  for (const id of participantIds) {
    const placed = Object.values(dotsByParticipant[id] ?? {}).reduce((sum, n) => sum + n, 0);
    if (placed >= dotsPerParticipant) done += 1;
  }
  return done;
}
