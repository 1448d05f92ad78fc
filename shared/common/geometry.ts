/**
 * Rectangles on a plane (screen pixels, board units) and the one search
 * both the board and the matrix need: the nearest spot where a rectangle
 * of a given size fits without touching anything already there.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect extends Point, Size {}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

export const rectAt = (at: Point, size: Size): Rect => ({ x: at.x, y: at.y, width: size.width, height: size.height });

/**
 * Whether two rectangles come closer than `gap`. Half a unit of slack (at
 * most half the gap) lets positions that went through rounding still count
 * as clear of the neighbour they were placed against.
 */
export function tooClose(a: Rect, b: Rect, gap = 0): boolean {
  const reach = gap - Math.min(0.5, gap / 2);
  return a.x < b.x + b.width + reach && b.x < a.x + a.width + reach && a.y < b.y + b.height + reach && b.y < a.y + a.height + reach;
}

/** Whether `inner` lies within `outer`, with the same slack as `tooClose`. */
export function inside(inner: Rect, outer: Rect): boolean {
  const slack = 0.5;
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

export const inset = (r: Rect, by: number): Rect => ({ x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by });

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The top-left corner closest to `at` that keeps a rectangle of `size` inside `area`. */
export function clampInto(area: Rect, size: Size, at: Point): Point {
  return { x: clamp(at.x, area.x, area.x + area.width - size.width), y: clamp(at.y, area.y, area.y + area.height - size.height) };
}

export interface SpotSearch {
  /** Where the rectangle must lie; an unbounded side may be Infinity. */
  readonly area: Rect;
  readonly obstacles: readonly Rect[];
  readonly size: Size;
  /** The wished-for top-left corner. */
  readonly near: Point;
  /** Space to keep to every obstacle. */
  readonly gap: number;
}

/** Obstacles bucketed on a grid, so checking a spot looks at its neighbours only. */
function obstacleGrid(obstacles: readonly Rect[], cell: number): (rect: Rect, gap: number) => boolean {
  const buckets = new Map<string, Rect[]>();
  const span = (from: number, to: number) => ({ first: Math.floor(from / cell), last: Math.floor(to / cell) });
  for (const o of obstacles) {
    const cols = span(o.x, o.x + o.width);
    const rows = span(o.y, o.y + o.height);
    for (let i = cols.first; i <= cols.last; i++) {
      for (let j = rows.first; j <= rows.last; j++) {
        const key = `${i}:${j}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(o);
        else buckets.set(key, [o]);
      }
    }
  }
  return (rect, gap) => {
    const cols = span(rect.x - gap, rect.x + rect.width + gap);
    const rows = span(rect.y - gap, rect.y + rect.height + gap);
    for (let i = cols.first; i <= cols.last; i++) {
      for (let j = rows.first; j <= rows.last; j++) {
        if (buckets.get(`${i}:${j}`)?.some((o) => tooClose(rect, o, gap))) return true;
      }
    }
    return false;
  };
}

/**
 * The free top-left corner nearest to `near`, or null when the area has no
 * room. The nearest free spot is `near` itself or touches an obstacle or an
 * edge of the area on each axis where it differs from `near`, so those
 * coordinates are the only candidates. The search starts close and widens
 * ring by ring, so on a crowded board it looks at the obstacles around
 * `near` only.
 */
export function nearestFreeSpot({ area, obstacles, size, near, gap }: SpotSearch): Point | null {
  if (size.width > area.width || size.height > area.height) return null;
  const start = clampInto(area, size, near);
  const blocked = obstacleGrid(obstacles, Math.max(size.width, size.height) + gap);
  const free = (at: Point): boolean => !blocked(rectAt(at, size), gap);
  if (free(start)) return start;

  const xs = (o: Rect) => [o.x - gap - size.width, o.x + o.width + gap];
  const ys = (o: Rect) => [o.y - gap - size.height, o.y + o.height + gap];
  const fits = (at: Point) => inside(rectAt(at, size), area);
  const distance = (at: Point) => Math.hypot(at.x - start.x, at.y - start.y);
  // Moving a free spot towards `near` keeps it free until it meets an
  // obstacle, so the nearest one lies within the obstacles' reach.
  const maxDx = Math.max(0, ...obstacles.flatMap(xs).map((x) => Math.abs(x - start.x)).filter(Number.isFinite));
  const maxDy = Math.max(0, ...obstacles.flatMap(ys).map((y) => Math.abs(y - start.y)).filter(Number.isFinite));
  const farthest = Math.hypot(maxDx, maxDy);
  let inner = 0;
  for (let radius = size.width + size.height; ; radius *= 2) {
    const reach = radius + size.width + size.height + 2 * gap;
    const local = obstacles.filter((o) => o.x < start.x + reach && o.x + o.width > start.x - reach && o.y < start.y + reach && o.y + o.height > start.y - reach);
    const edgesX = new Set([start.x, area.x, area.x + area.width - size.width, ...local.flatMap(xs)].filter(Number.isFinite));
    const edgesY = new Set([start.y, area.y, area.y + area.height - size.height, ...local.flatMap(ys)].filter(Number.isFinite));
    const candidates = [...edgesX]
      .flatMap((x) => [...edgesY].map((y) => ({ x, y })))
      .filter((at) => distance(at) > inner && distance(at) <= radius && fits(at))
      .sort((a, b) => distance(a) - distance(b) || a.y - b.y || a.x - b.x);
    const found = candidates.find(free);
    if (found) return found;
    if (radius >= farthest) return null;
    inner = radius;
  }
}
