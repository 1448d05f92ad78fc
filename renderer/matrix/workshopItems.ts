/**
 * What the prioritisation steps work with: clusters, and free notes for
 * rooms that want to place or vote on a single note. One list in board
 * order (clusters as created, then free notes) so the matrix tray, the
 * voting cards and the results read alike.
 */
import type { Board } from '../../shared/board/schema';
import type { ItemKind } from '../../shared/voting/schema';

export interface WorkshopItem {
  readonly id: string;
  readonly kind: ItemKind;
  /** Cluster heading, or the note's text. */
  readonly title: string;
  /** Notes in the cluster; 1 for a free note. */
  readonly noteCount: number;
}

export function workshopItems(board: Board): WorkshopItem[] {
  const counts = new Map<string, number>();
  for (const note of board.notes) if (note.clusterId) counts.set(note.clusterId, (counts.get(note.clusterId) ?? 0) + 1);
  const clusters = board.clusters.map((c): WorkshopItem => ({ id: c.id, kind: 'cluster', title: c.heading, noteCount: counts.get(c.id) ?? 0 }));
  const notes = board.notes
    .filter((n) => n.clusterId === null)
    .map((n): WorkshopItem => ({ id: n.id, kind: 'note', title: n.text, noteCount: 1 }));
  return [...clusters, ...notes];
}

export function itemsById(items: readonly WorkshopItem[]): ReadonlyMap<string, WorkshopItem> {
  return new Map(items.map((item) => [item.id, item]));
}
