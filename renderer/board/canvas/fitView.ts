/**
 * "Visa hela tavlan" without shrinking notes past reading: the zoom that
 * shows a box whole, but never below READABLE_ZOOM (note text is 15 px, so
 * 12 px on screen) and never above 100 %. A box too big for that is shown
 * from its top left corner, where the board's first notes are, and the
 * caller says so; zooming further out by hand is still possible.
 */
import type { Rect } from '../../../shared/board/layout';
import type { ViewState } from './viewport';

export const READABLE_ZOOM = 0.8;

export interface FittedView {
  readonly view: ViewState;
  /** False when the box did not fit at a readable size. */
  readonly whole: boolean;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

export function fitView(box: Rect | null, size: Size, margin: number): FittedView {
  if (!box || size.width === 0 || size.height === 0) return { view: { x: 0, y: 0, zoom: 1 }, whole: true };
  const room = { width: size.width - 2 * margin, height: size.height - 2 * margin };
  const wanted = Math.min(1, room.width / box.width, room.height / box.height);
  const zoom = Math.max(READABLE_ZOOM, wanted);
  // Centred along an axis where the box fits, from its start where it does not.
  const place = (start: number, length: number, space: number, viewLength: number): number =>
    length * zoom <= space ? (viewLength - length * zoom) / 2 - start * zoom : margin - start * zoom;
  return {
    view: { zoom, x: place(box.x, box.width, room.width, size.width), y: place(box.y, box.height, room.height, size.height) },
    whole: wanted >= READABLE_ZOOM,
  };
}
