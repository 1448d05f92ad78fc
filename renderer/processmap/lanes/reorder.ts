/** The ids in their new order after the one at `index` moves `step` places; null when it would leave the list. */
export function moveBy<T>(ids: readonly T[], index: number, step: -1 | 1): T[] | null {
  const to = index + step;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved as T);
  return next;
}
