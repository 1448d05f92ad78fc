/** What lies under the pointer or inside the selection rectangle, from the shared layout (not from the DOM). */
import type { ClusterId } from '../../../shared/board/schema';
import { contains, intersects, noteRect, type Point } from '../../../shared/board/layout';
import type { BoardModel } from '../model/boardModel';
import type { BoardSelection } from '../model/selection';

export interface DropTarget {
  readonly clusterId: ClusterId;
  /** Place among the cluster's other notes; undefined means at the end. */
  readonly index: number | undefined;
}

/** The frame a drop at `point` goes into, and the slot under the pointer among the notes that stay. */
export function dropTargetAt(model: BoardModel, point: Point, dragged: ReadonlySet<string>): DropTarget | null {
  for (const [clusterId, rect] of model.layout.clusters) {
    if (!contains(rect, point)) continue;
    const staying = (model.members.get(clusterId as ClusterId) ?? []).filter((note) => !dragged.has(note.id));
    const at = staying.findIndex((note) => {
      const slot = model.layout.notes.get(note.id);
      return slot !== undefined && contains(noteRect(slot), point);
    });
    return { clusterId: clusterId as ClusterId, index: at < 0 ? undefined : at };
  }
  return null;
}

/** Notes touched by the rectangle, and frames wholly inside it (their notes then move with them). */
export function marqueeSelection(model: BoardModel, a: Point, b: Point): BoardSelection {
  const rect = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
  const clusters = [...model.layout.clusters]
    .filter(([, frame]) => contains(rect, frame) && contains(rect, { x: frame.x + frame.width, y: frame.y + frame.height }))
    .map(([id]) => id as ClusterId);
  const inFrames = new Set<string>(clusters);
  const notes = model.notes
    .filter((note) => !(note.clusterId && inFrames.has(note.clusterId)))
    .filter((note) => {
      const at = model.layout.notes.get(note.id);
      return at !== undefined && intersects(rect, noteRect(at));
    })
    .map((note) => note.id);
  return { notes, clusters };
}
