/**
 * Reordering as plain list steps, shared by the move buttons, Alt+↑/↓ and
 * drag and drop: each produces the full new order of one list, which the
 * page sends in one reorder call, so a move is one undo step.
 */

/** The order after moving `id` one place up (-1) or down (+1); null when it cannot move that way. */
export function moveBy(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * The order of the target list after dropping `id` before `beforeId` (or at
 * the end when null). The dragged id may come from another list.
 */
export function dropInto(ids: readonly string[], id: string, beforeId: string | null): string[] | null {
  if (id === beforeId) return null;
  const rest = ids.filter((other) => other !== id);
  const at = beforeId === null ? rest.length : rest.indexOf(beforeId);
  if (at < 0) return null;
  const next = [...rest.slice(0, at), id, ...rest.slice(at)];
  return next.every((other, i) => other === ids[i]) && next.length === ids.length ? null : next;
}
