/**
 * Whose turn it is at the shared screen while the room votes one person at
 * a time. Pure, so the order the room walks through is the same order the
 * tests assert.
 */

/**
 * The first participant after `currentId` (in list order, wrapping round)
 * who still has dots, or null when nobody else has any. The current voter
 * is never picked: they just spent their last dot or asked to move on.
 */
export function nextVoter(participantIds: readonly string[], currentId: string | null, dotsLeft: (participantId: string) => number): string | null {
  const at = currentId === null ? -1 : participantIds.indexOf(currentId);
  const order = [...participantIds.slice(at + 1), ...participantIds.slice(0, Math.max(0, at))];
  return order.find((id) => id !== currentId && dotsLeft(id) > 0) ?? null;
}

/** Who votes first: the first participant with dots left, else the first of all. */
export function firstVoter(participantIds: readonly string[], dotsLeft: (participantId: string) => number): string | null {
  return participantIds.find((id) => dotsLeft(id) > 0) ?? participantIds[0] ?? null;
}

/** Every participant has spent every dot: the round is ready to be revealed. */
export function everyoneVoted(participantIds: readonly string[], dotsLeft: (participantId: string) => number): boolean {
  return participantIds.length > 0 && participantIds.every((id) => dotsLeft(id) === 0);
}
