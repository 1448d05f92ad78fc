import type { Tx } from '../../storage/transaction';

/**
 * A step stands for at most one step of the other map. Linking it (or
 * clearing its link) therefore takes it and its new partner out of every
 * other link in either map, in the same step, so the comparison never has
 * two links competing for one step and one undo takes the whole change back.
 */
export function claimLink(tx: Tx, id: string, linkId: string | null): void {
  const rows = tx.db
    .prepare('SELECT id FROM map_element WHERE id <> ? AND (link_id = ? OR link_id = ? OR (id = ? AND link_id IS NOT NULL AND link_id <> ?))')
    .pluck()
    .all(id, id, linkId, linkId, id) as string[];
  for (const other of rows) tx.update('map_element', other, { link_id: null });
}
