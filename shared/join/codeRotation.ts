/** Past the change, so the answer already holds the new code (the session draws it when first asked after the change). */
const AFTER_CHANGE_MS = 250;
/** A session that has not rotated yet is asked again soon, but not in a tight loop. */
const SOONEST_MS = 1_000;

/**
 * How long until the screen should ask for the next join code, in
 * milliseconds from when the status arrived: the shown code is replaced at
 * `codeExpiresAt` (it is still taken from phones for a while after). Read on
 * the server's clock (`now` in the answer), so a screen whose own clock is
 * off still changes with the code.
 */
export function msUntilNextCode(status: { readonly codeExpiresAt: string; readonly now: string }): number {
  return Math.max(SOONEST_MS, Date.parse(status.codeExpiresAt) - Date.parse(status.now) + AFTER_CHANGE_MS);
}
