/**
 * Where the left and right arrows, Home and End move focus in a row of
 * controls that is a single tab stop (tabs, a list of toggle buttons): the
 * index to focus next, wrapping round at the ends, or null for any other key.
 */
export function rovingStep(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
