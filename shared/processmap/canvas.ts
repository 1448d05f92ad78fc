/**
 * Where things are drawn on the canvas. Lanes are bands across the whole
 * map with a label column to the left of x = 0; elements sit at their lane's
 * top plus their offset. A new element goes after the last one in its lane.
 */
import { absoluteY, laneSpans, placeInLane, type LaneBand } from './lanes';
import type { ElementKind } from './schema';
import { COLUMN_SPACING, defaultSize } from './sizes';

/** The column at the left of every lane that holds its name. */
export const LANE_LABEL_WIDTH = 200;
/** Lanes reach at least this far, so an empty map still has room to work in. */
export const MIN_LANE_REACH = 1400;
/** Room kept to the right of the last element, to drop the next one in. */
const TRAILING_ROOM = 2 * COLUMN_SPACING;
const FIRST_X = 40;
const GAP = 40;

interface Box {
  readonly x: number;
  readonly width: number;
}

export interface LaneRect<L extends LaneBand> {
  readonly lane: L;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One background band per lane, all as wide as the map, in rank order. */
export function laneRects<L extends LaneBand>(lanes: readonly L[], elements: readonly Box[]): LaneRect<L>[] {
  const reach = Math.max(MIN_LANE_REACH, ...elements.map((e) => e.x + e.width + TRAILING_ROOM));
  return laneSpans(lanes).map(({ lane, top }) => ({ lane, x: -LANE_LABEL_WIDTH, y: top, width: reach + LANE_LABEL_WIDTH, height: lane.height }));
}

/** The canvas position of an element's top left corner. */
export function elementPosition(lanes: readonly LaneBand[], element: { readonly laneId: string; readonly x: number; readonly offset: number }): { x: number; y: number } {
  return { x: element.x, y: absoluteY(lanes, element.laneId, element.offset) };
}

/** A new element of this kind in a lane: after the lane's last element, centred in its height. */
export function newElementPlace(
  lanes: readonly LaneBand[],
  elements: readonly (Box & { readonly laneId: string })[],
  laneId: string,
  kind: ElementKind,
): { x: number; y: number } | null {
  const span = laneSpans(lanes).find((s) => s.lane.id === laneId);
  if (!span) return null;
  const inLane = elements.filter((e) => e.laneId === laneId);
  const x = inLane.length === 0 ? FIRST_X : Math.max(...inLane.map((e) => e.x + e.width)) + GAP;
  const { height } = defaultSize(kind);
  return { x, y: span.top + Math.max(0, (span.lane.height - height) / 2) };
}

/** The lane a dragged element would land in (its middle's), or null outside every lane. */
export function dropLane<L extends LaneBand>(lanes: readonly L[], y: number, height: number): L | null {
  return placeInLane(lanes, y, height)?.lane ?? null;
}

/** A drag is refused as a whole when any element it carried would land outside every lane. */
export function dropRefused(lanes: readonly LaneBand[], dropped: readonly { readonly y: number; readonly height: number }[]): boolean {
  return dropped.some((d) => dropLane(lanes, d.y, d.height) === null);
}
