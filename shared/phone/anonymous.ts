/** What an anonymous phone's participant row is called; numbered so the facilitator can tell them apart. */
export const ANONYMOUS_PREFIX = 'Anonym';

const NUMBERED = new RegExp(`^${ANONYMOUS_PREFIX} ([1-9][0-9]*)$`);

/** The next `Anonym <N>` after the highest number the workshop's names already use. */
export function nextAnonymousName(names: readonly string[]): string {
  const used = names.map((name) => NUMBERED.exec(name)?.[1]).filter((n) => n !== undefined).map(Number);
  return `${ANONYMOUS_PREFIX} ${Math.max(0, ...used) + 1}`;
}
