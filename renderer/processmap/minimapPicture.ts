/**
 * The minimap's drawing of a map and the arithmetic between it and the
 * canvas: the lanes and every element fitted into a box of a given size
 * (aspect kept, centred, a margin round it), the frame that shows what the
 * canvas has in view, and the canvas point under a point of the minimap.
 * Every element is one sub-path of a single path, so a thousand steps are
 * one thing to draw.
 */
import { elementPosition, laneRects } from '../../shared/processmap/canvas';
import type { LaneBand } from '../../shared/processmap/lanes';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect extends Size {
  readonly x: number;
  readonly y: number;
}

export interface MinimapPicture {
  /** The part of the canvas the minimap shows, in canvas units, with the minimap's aspect. */
  readonly viewBox: Rect;
  /** Canvas units per minimap pixel. */
  readonly scale: number;
  readonly lanes: readonly (Rect & { readonly id: string; readonly even: boolean })[];
  /** Every element as a rectangle, in one SVG path. */
  readonly elements: string;
}

/** Room round the map, in minimap pixels. */
const MARGIN = 5;

/** What of a map the minimap draws. */
export interface Drawable {
  readonly lanes: readonly LaneBand[];
  readonly elements: readonly (Size & { readonly laneId: string; readonly x: number; readonly offset: number })[];
}

export function minimapPicture(view: Drawable, size: Size): MinimapPicture {
  const lanes = laneRects(view.lanes, view.elements).map(({ lane, x, y, width, height }, index) => ({ id: lane.id, x, y, width, height, even: index % 2 === 1 }));
  const boxes: Rect[] = [...lanes, ...view.elements.map((e) => ({ ...elementPosition(view.lanes, e), width: e.width, height: e.height }))];
  const left = Math.min(0, ...boxes.map((b) => b.x));
  const top = Math.min(0, ...boxes.map((b) => b.y));
  const right = Math.max(left + 1, ...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(top + 1, ...boxes.map((b) => b.y + b.height));
  const scale = Math.max((right - left) / (size.width - 2 * MARGIN), (bottom - top) / (size.height - 2 * MARGIN));
  const width = size.width * scale;
  const height = size.height * scale;
  return {
    viewBox: { x: (left + right - width) / 2, y: (top + bottom - height) / 2, width, height },
    scale,
    lanes,
    elements: view.elements
      .map((e) => {
        const at = elementPosition(view.lanes, e);
        return `M${at.x} ${at.y}h${e.width}v${e.height}h${-e.width}z`;
      })
      .join(''),
  };
}

/** Where the canvas's view lies on the minimap, in minimap pixels; `transform` is React Flow's [x, y, zoom]. */
export function frameOf(picture: MinimapPicture, transform: readonly [number, number, number], canvas: Size): Rect {
  const [x, y, zoom] = transform;
  const { viewBox, scale } = picture;
  return { x: (-x / zoom - viewBox.x) / scale, y: (-y / zoom - viewBox.y) / scale, width: canvas.width / zoom / scale, height: canvas.height / zoom / scale };
}

/** The canvas point under a point of the minimap given in minimap pixels from its top left corner. */
export function canvasPointAt(picture: MinimapPicture, point: { readonly x: number; readonly y: number }): { x: number; y: number } {
  return { x: picture.viewBox.x + point.x * picture.scale, y: picture.viewBox.y + point.y * picture.scale };
}
