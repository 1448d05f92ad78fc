/**
 * The path an arrow takes in a drawn map, from the two boxes it joins:
 * right side to left side when the flow goes on to the right, bottom to top
 * between boxes stacked in one column, and — for a back edge, which the
 * issue allows ("loops allowed") — out of the bottom and round underneath
 * both, so it never hides behind the steps it skips. An arrow from a box to
 * itself loops over its top right corner.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Route {
  readonly points: readonly Point[];
  /** Where the arrow's label is centred. */
  readonly label: Point;
}

/** How far a loop or a back edge keeps from the boxes, and between two back edges. */
export const LOOP_CLEARANCE = 24;
/** Room for a label between two back edges. */
const BACK_EDGE_GAP = 20;
const BEND = 16;

const centreX = (box: Box) => box.x + box.width / 2;
const centreY = (box: Box) => box.y + box.height / 2;
const bottom = (box: Box) => box.y + box.height;
const right = (box: Box) => box.x + box.width;

const straight = (start: Point, end: Point): Route => ({ points: [start, end], label: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 } });

/** Whether a horizontal or vertical segment runs through a box (touching its edge does not count). */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < right(box) && x2 > box.x && y1 < bottom(box) && y2 > box.y;
}

function hits(points: readonly Point[], obstacles: readonly Box[]): number {
  return obstacles.filter((box) => points.slice(1).some((point, index) => crosses(points[index]!, point, box))).length;
}

/**
 * Along the flow to another lane: across, down or up, across. The bend is
 * halfway, or just after the start or just before the end when that runs
 * through fewer of the boxes in between.
 */
function sideways(start: Point, end: Point, obstacles: readonly Box[]): Route {
  if (Math.abs(start.y - end.y) < 1) return straight(start, end);
  const bends = [(start.x + end.x) / 2, start.x + BEND, end.x - BEND].filter((x) => x >= start.x && x <= end.x);
  const routes = bends.map((x) => ({ points: [start, { x, y: start.y }, { x, y: end.y }, end], label: { x, y: (start.y + end.y) / 2 } }));
  return routes.reduce((best, route) => (hits(route.points, obstacles) < hits(best.points, obstacles) ? route : best));
}

/** Between boxes stacked in one column: down or up, across, down or up. */
function upright(start: Point, end: Point): Route {
  if (Math.abs(start.x - end.x) < 1) return straight(start, end);
  const mid = (start.y + end.y) / 2;
  return { points: [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end], label: { x: (start.x + end.x) / 2, y: mid } };
}

export interface RouteContext {
  readonly selfLoop: boolean;
  /** The back edges routed before this one, each lower than the last, so two never run along one line. */
  readonly backEdges: number;
  /** The other boxes of the map, which a bend keeps out of where it can. */
  readonly obstacles: readonly Box[];
}

export function routeArrow(from: Box, to: Box, { selfLoop, backEdges, obstacles }: RouteContext): Route & { readonly back: boolean } {
  if (selfLoop) {
    const side = right(from) + LOOP_CLEARANCE;
    const top = from.y - LOOP_CLEARANCE;
    const points = [{ x: right(from), y: centreY(from) }, { x: side, y: centreY(from) }, { x: side, y: top }, { x: centreX(from), y: top }, { x: centreX(from), y: from.y }];
    return { points, label: { x: (side + centreX(from)) / 2, y: top }, back: false };
  }
  if (to.x >= right(from)) return { ...sideways({ x: right(from), y: centreY(from) }, { x: to.x, y: centreY(to) }, obstacles), back: false };
  const overlapX = to.x < right(from) && right(to) > from.x;
  if (overlapX && to.y >= bottom(from)) return { ...upright({ x: centreX(from), y: bottom(from) }, { x: centreX(to), y: to.y }), back: false };
  if (overlapX && bottom(to) <= from.y) return { ...upright({ x: centreX(from), y: from.y }, { x: centreX(to), y: bottom(to) }), back: false };
  const below = Math.max(bottom(from), bottom(to)) + LOOP_CLEARANCE / 2 + backEdges * BACK_EDGE_GAP;
  const points = [{ x: centreX(from), y: bottom(from) }, { x: centreX(from), y: below }, { x: centreX(to), y: below }, { x: centreX(to), y: bottom(to) }];
  return { points, label: { x: (centreX(from) + centreX(to)) / 2, y: below }, back: true };
}
