/**
 * Moving notes into, within and out of clusters. Ranks inside a cluster are
 * rewritten as 0..n-1 after every change, touching only rows whose rank
 * actually moves, so the journal stays small.
 */
import { layoutBoard, NOTE_GAP, NOTE_HEIGHT, NOTE_WIDTH, type Point } from '../../../shared/board/layout';
import { spotsForFreedNotes } from '../../../shared/board/placement';
import type { Tx } from '../../storage/transaction';
import { boardRows } from './rows';

export function putInCluster(tx: Tx, clusterId: string, noteIds: readonly string[], index?: number): void {
  const moving = new Set(noteIds);
  const staying = (
    tx.db.prepare('SELECT id FROM note WHERE cluster_id = ? ORDER BY rank, id').pluck().all(clusterId) as string[]
  ).filter((id) => !moving.has(id));
  const at = Math.min(index ?? staying.length, staying.length);
  const order = [...staying.slice(0, at), ...noteIds, ...staying.slice(at)];
  order.forEach((id, rank) => tx.update('note', id, { cluster_id: clusterId, rank }));
}

/**
 * How freed notes are placed: in a small grid from a drop point; where they
 * are shown, when their frame goes with them (dissolving a cluster); or on
 * the nearest free spot, when the frame stays and the notes left in it
 * would close up under them.
 */
export type Release = { readonly from: Point } | 'in place' | 'nearby';

export function takeOutOfClusters(tx: Tx, workshopId: string, noteIds: readonly string[], release: Release): void {
  const { notes, clusters } = boardRows(tx.db, workshopId);
  const targets = release === 'nearby' ? spotsForFreedNotes(notes, clusters, noteIds) : placedFrom(layoutBoard(notes, clusters).notes, noteIds, release);
  for (const id of noteIds) {
    const target = targets.get(id) ?? { x: 0, y: 0 };
    tx.update('note', id, { cluster_id: null, x: target.x, y: target.y });
  }
}

function placedFrom(shown: ReadonlyMap<string, Point>, noteIds: readonly string[], release: Exclude<Release, 'nearby'>): Map<string, Point> {
  const columns = Math.max(1, Math.ceil(Math.sqrt(noteIds.length)));
  return new Map(
    noteIds.map((id, i) => [
      id,
      release === 'in place'
        ? (shown.get(id) ?? { x: 0, y: 0 })
        : { x: release.from.x + (i % columns) * (NOTE_WIDTH + NOTE_GAP), y: release.from.y + Math.floor(i / columns) * (NOTE_HEIGHT + NOTE_GAP) },
    ]),
  );
}
