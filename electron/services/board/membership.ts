/**
 * Moving notes into, within and out of clusters. Ranks inside a cluster are
 * rewritten as 0..n-1 after every change, touching only rows whose rank
 * actually moves, so the journal stays small.
 */
import { NOTE_GAP, NOTE_HEIGHT, NOTE_WIDTH, type Point } from '../../../shared/board/layout';
import type { Tx } from '../../storage/transaction';
import { boardLayout } from './rows';

export function putInCluster(tx: Tx, clusterId: string, noteIds: readonly string[], index?: number): void {
  const moving = new Set(noteIds);
  const staying = (
    tx.db.prepare('SELECT id FROM note WHERE cluster_id = ? ORDER BY rank, id').pluck().all(clusterId) as string[]
  ).filter((id) => !moving.has(id));
  const at = Math.min(index ?? staying.length, staying.length);
  const order = [...staying.slice(0, at), ...noteIds, ...staying.slice(at)];
  order.forEach((id, rank) => tx.update('note', id, { cluster_id: clusterId, rank }));
}

/** Frees notes where they are shown, or in a small grid from `position`. */
export function takeOutOfClusters(tx: Tx, workshopId: string, noteIds: readonly string[], position?: Point): void {
  const layout = boardLayout(tx.db, workshopId);
  const columns = Math.max(1, Math.ceil(Math.sqrt(noteIds.length)));
  noteIds.forEach((id, i) => {
    const shown = layout.notes.get(id) ?? { x: 0, y: 0 };
    const target = position
      ? { x: position.x + (i % columns) * (NOTE_WIDTH + NOTE_GAP), y: position.y + Math.floor(i / columns) * (NOTE_HEIGHT + NOTE_GAP) }
      : shown;
    tx.update('note', id, { cluster_id: null, x: target.x, y: target.y });
  });
}
