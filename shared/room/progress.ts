/**
 * How far a room vote has come, as the shared screen may show it: how many
 * people have used their whole budget, never who put dots where.
 */

/** Participants (of `participantIds`, the workshop's current ones) who have placed every dot the round gives them. */
export function participantsDone(placedBy: Readonly<Record<string, number>>, dotsPerParticipant: number, participantIds: readonly string[]): number {
  return participantIds.filter((id) => (placedBy[id] ?? 0) >= dotsPerParticipant).length;
}
