/**
 * The join code's life: a new code is shown every minute, and each stays
 * valid for two, so a code typed from the screen just before it changed
 * still lets the phone in.
 */
export const JOIN_CODE_SHOWN_MS = 60_000;
export const JOIN_CODE_VALID_MS = 120_000;

/** Past the change, so the answer already holds the new code even when the session rotates it lazily. */
const AFTER_CHANGE_MS = 250;
/** A session that has not rotated yet is asked again soon, but not in a tight loop. */
const SOONEST_MS = 1_000;

/**
 * How long until the screen should ask for the next code, in milliseconds
 * from when the status arrived. Read on the server's clock (`now` in the
 * answer), so a screen whose own clock is off still changes with the code.
 */
export function msUntilNextCode(status: { readonly codeExpiresAt: string; readonly now: string }): number {
  const changesAt = Date.parse(status.codeExpiresAt) - (JOIN_CODE_VALID_MS - JOIN_CODE_SHOWN_MS);
  return Math.max(SOONEST_MS, changesAt - Date.parse(status.now) + AFTER_CHANGE_MS);
}
