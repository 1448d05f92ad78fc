/**
 * Lanes stack top to bottom in rank order from y = 0, each as tall as its
 * height. Elements keep their height within their lane, so these rules turn
 * an absolute canvas y (where something was dropped) into a lane and an
 * offset, and back.
 */
import { LANE_MIN_HEIGHT } from './schema';

export interface LaneBand {
  readonly id: string;
  readonly rank: number;
  readonly height: number;
}

export interface LaneSpan<L extends LaneBand = LaneBand> {
  readonly lane: L;
  readonly top: number;
  readonly bottom: number;
}

/** Breathing room kept between an element and its lane's edges when snapping. */
export const LANE_PADDING = 8;

export function laneSpans<L extends LaneBand>(lanes: readonly L[]): LaneSpan<L>[] {
  const ordered = [...lanes].sort((a, b) => a.rank - b.rank);
  let top = 0;
  return ordered.map((lane) => {
    const span = { lane, top, bottom: top + lane.height };
    top = span.bottom;
    return span;
  });
}

/** The lane a canvas y falls in (a lane's top edge belongs to it); null above the first or below the last. */
export function laneAt<L extends LaneBand>(lanes: readonly L[], y: number): LaneSpan<L> | null {
  return laneSpans(lanes).find((span) => y >= span.top && y < span.bottom) ?? null;
}

/** Keeps an element of this height inside a lane, with padding where there is room for it. */
export function clampOffset(offset: number, height: number, laneHeight: number): number {
  const padding = Math.min(LANE_PADDING, Math.max(0, (laneHeight - height) / 2));
  const highest = Math.max(padding, laneHeight - height - padding);
  return Math.min(Math.max(offset, padding), highest);
}

/**
 * Where an element dropped with its top at `y` goes: the lane its middle is
 * in, snapped inside that lane. Null when the middle is outside every lane.
 */
export function placeInLane<L extends LaneBand>(lanes: readonly L[], y: number, height: number): { lane: L; offset: number } | null {
  const span = laneAt(lanes, y + height / 2);
  if (!span) return null;
  return { lane: span.lane, offset: clampOffset(y - span.top, height, span.lane.height) };
}

/** The canvas y of an element's top, from its lane and offset. */
export function absoluteY(lanes: readonly LaneBand[], laneId: string, offset: number): number {
  const span = laneSpans(lanes).find((s) => s.lane.id === laneId);
  return (span?.top ?? 0) + offset;
}

/** The least height a lane can be resized to without cutting off any of its elements. */
export function laneMinHeight(elements: readonly { readonly offset: number; readonly height: number }[]): number {
  return Math.max(LANE_MIN_HEIGHT, ...elements.map((e) => e.offset + e.height));
}
