/**
 * Which board items are drawn. Only frames and free notes that touch the
 * drawn area (the visible board plus an overscan margin on every side) are
 * in the DOM, and those the user is working with wherever they are: the
 * selection, the note being edited, the item that has or last had keyboard
 * focus, and the first and last item in reading order (so Tab enters the
 * board where it always did). Panning within the margin changes nothing.
 */
import { intersects, noteRect, type Rect } from '../../../shared/board/layout';
import type { NoteId } from '../../../shared/board/schema';
import type { BoardItem, BoardModel } from '../model/boardModel';
import type { ItemRef } from './boardDom';

/**
 * Boards up to this many notes are drawn whole: that costs less than a
 * frame, and every note stays in the page for find-in-page and for a screen
 * reader's browse mode. Workshops in a room hold a few hundred at most.
 */
const DRAW_ALL_UP_TO = 300;

/** Margin beyond the visible board, as a share of the view's size on each side. */
export const OVERSCAN = 0.5;
/** A drawn area more than this many times the size it would be anew (after zooming in) is drawn anew. */
const OVERSIZE = 4;

/** The area drawn for a visible board rectangle. */
export function drawnArea(visible: Rect): Rect {
  const mx = visible.width * OVERSCAN;
  const my = visible.height * OVERSCAN;
  return { x: visible.x - mx, y: visible.y - my, width: visible.width + 2 * mx, height: visible.height + 2 * my };
}

/** Whether a drawn area still serves the visible board: it covers it and is not far larger than needed. */
export function stillServes(area: Rect, visible: Rect): boolean {
  const covers =
    area.x <= visible.x && area.y <= visible.y && area.x + area.width >= visible.x + visible.width && area.y + area.height >= visible.y + visible.height;
  const needed = drawnArea(visible);
  return covers && area.width * area.height <= OVERSIZE * needed.width * needed.height;
}

function itemRect(model: BoardModel, item: BoardItem): Rect | undefined {
  if (item.kind === 'cluster') return model.layout.clusters.get(item.id);
  const at = model.layout.notes.get(item.id);
  return at ? noteRect(at) : undefined;
}

/** The top-level item (frame or free note) that holds a note or frame. */
function holderOf(model: BoardModel, ref: ItemRef): string | undefined {
  if (ref.kind === 'cluster') return ref.id;
  const note = model.noteById.get(ref.id as NoteId);
  if (!note) return undefined;
  return note.clusterId !== null && model.clusterById.has(note.clusterId) ? note.clusterId : note.id;
}

/** Ids of the top-level items drawn wherever they are: those holding `refs`, and the first and last in reading order. */
export function keptItems(model: BoardModel, refs: readonly ItemRef[]): ReadonlySet<string> {
  const kept = new Set<string>();
  const first = model.items[0];
  const last = model.items[model.items.length - 1];
  if (first) kept.add(first.id);
  if (last) kept.add(last.id);
  for (const ref of refs) {
    const holder = holderOf(model, ref);
    if (holder) kept.add(holder);
  }
  return kept;
}

/** The items to draw, in reading order (which is the DOM and Tab order); all of them while the area is not known. */
export function itemsToDraw(model: BoardModel, area: Rect | null, kept: ReadonlySet<string>, drawAllUpTo = DRAW_ALL_UP_TO): readonly BoardItem[] {
  if (model.notes.length <= drawAllUpTo) return model.items;
  return model.items.filter((item) => {
    if (kept.has(item.id)) return true;
    if (!area) return false;
    const rect = itemRect(model, item);
    return rect !== undefined && intersects(area, rect);
  });
}

/** Every focus stop on the board in Tab order: each frame's heading followed by its notes, and free notes, in reading order. */
export function focusOrder(model: BoardModel): readonly ItemRef[] {
  const order: ItemRef[] = [];
  for (const item of model.items) {
    order.push({ kind: item.kind, id: item.id });
    if (item.kind === 'cluster') for (const note of model.members.get(item.id) ?? []) order.push({ kind: 'note', id: note.id });
  }
  return order;
}
