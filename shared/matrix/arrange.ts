/**
 * Where cards are drawn on the working matrix so that none hides another.
 * The stored point is what the user chose; on screen each card goes to that
 * point if the spot is free, else to the nearest free spot in the same
 * field, clear of the field's name. A field too crowded for that lines
 * its cards up on a grid, and shrinks them step by step until they fit.
 * Cards placed earlier keep their spot; a card placed later moves aside,
 * so the one just placed never pushes others.
 *
 * A point maps onto the box as in the picture: the card's top-left corner
 * sits at the same fraction of the room left beside it, so a point of 0 or
 * 1 puts the card flush with an edge.
 */
import { clampInto, contains, inset, nearestFreeSpot, rectAt, tooClose, type Point, type Rect, type Size } from '../common/geometry';
import { assignCells } from './pack';
import { clampPoint, quadrantOf, quadrants, type MatrixPoint, type Quadrant } from './quadrant';

/** The measured matrix, in pixels from the top-left corner of the box. */
export interface MatrixScene {
  readonly width: number;
  readonly height: number;
  /** Per field: its rectangle and the rectangle of its name, which cards keep clear of. */
  readonly fields: Readonly<Record<Quadrant, { readonly rect: Rect; readonly label: Rect }>>;
}

export interface SceneCard {
  readonly id: string;
  readonly point: MatrixPoint;
  /** The card's size at full scale. */
  readonly size: Size;
}

export interface ArrangedCard {
  readonly id: string;
  readonly quadrant: Quadrant;
  readonly rect: Rect;
  readonly scale: number;
}

/** Space kept between cards, and between a card and the field's edges and name. */
export const CARD_GAP = 8;
/** A crowded field shrinks its cards in these steps before one would cover another. */
export const CARD_SCALES: readonly number[] = [1, 0.9, 0.8, 0.7, 0.6, 0.5];

interface Wish {
  readonly id: string;
  readonly size: Size;
  /** Where the card would like its top-left corner, given its size on screen. */
  readonly at: (size: Size) => Point;
}

const scaled = (size: Size, scale: number): Size => ({ width: size.width * scale, height: size.height * scale });

/** The area cards of a field may use: the field less a margin. */
export const fieldArea = (scene: MatrixScene, quadrant: Quadrant): Rect => inset(scene.fields[quadrant].rect, CARD_GAP);

export function topLeftOf(scene: MatrixScene, point: MatrixPoint, size: Size): Point {
  return { x: point.x * Math.max(0, scene.width - size.width), y: point.y * Math.max(0, scene.height - size.height) };
}

const fraction = (offset: number, room: number): number => (room > 0 ? offset / room : 0.5);

/** The point that draws a card as `rect`; the inverse of `topLeftOf`. */
export function pointOf(scene: MatrixScene, rect: Rect): MatrixPoint {
  return clampPoint({ x: fraction(rect.x, scene.width - rect.width), y: fraction(rect.y, scene.height - rect.height) });
}

/** The cards of a field at one scale, each on the free spot nearest its wish; null as soon as one finds none. */
function tryField(scene: MatrixScene, quadrant: Quadrant, wishes: readonly Wish[], scale: number): ArrangedCard[] | null {
  const area = fieldArea(scene, quadrant);
  const { label } = scene.fields[quadrant];
  const padded = (size: Size) => (size.width + CARD_GAP) * (size.height + CARD_GAP);
  // Cards that together need more room than the field has cannot all find a spot; no need to look.
  const room = padded(area) - padded(label);
  if (wishes.reduce((sum, wish) => sum + padded(scaled(wish.size, scale)), 0) > room) return null;
  const obstacles: Rect[] = [label];
  const cards: ArrangedCard[] = [];
  for (const wish of wishes) {
    const size = scaled(wish.size, scale);
    const spot = nearestFreeSpot({ area, obstacles, size, near: clampInto(area, size, wish.at(size)), gap: CARD_GAP });
    if (!spot) return null;
    const rect = rectAt(spot, size);
    obstacles.push(rect);
    cards.push({ id: wish.id, quadrant, rect, scale });
  }
  return cards;
}

/**
 * A crowded field at one scale: cards on a grid of equal cells below the
 * field's name, each in the free cell nearest its wish. Denser than
 * spots found one by one, at the price of exact positions.
 */
function gridField(scene: MatrixScene, quadrant: Quadrant, wishes: readonly Wish[], scale: number): ArrangedCard[] | null {
  const field = fieldArea(scene, quadrant);
  const { label } = scene.fields[quadrant];
  const top = Math.max(field.y, label.y + label.height + CARD_GAP);
  const area = { ...field, y: top, height: field.y + field.height - top };
  const sizes = wishes.map((wish) => scaled(wish.size, scale));
  const cell = { width: Math.max(...sizes.map((s) => s.width)), height: Math.max(...sizes.map((s) => s.height)) };
  const columns = Math.floor((area.width + CARD_GAP) / (cell.width + CARD_GAP));
  const rows = Math.floor((area.height + CARD_GAP) / (cell.height + CARD_GAP));
  if (columns * rows < wishes.length) return null;
  // The grid sits in the middle of the room it leaves.
  const origin = {
    x: area.x + (area.width - (columns * (cell.width + CARD_GAP) - CARD_GAP)) / 2,
    y: area.y + (area.height - (rows * (cell.height + CARD_GAP) - CARD_GAP)) / 2,
  };
  const pitch = { x: cell.width + CARD_GAP, y: cell.height + CARD_GAP };
  const cells = Array.from({ length: columns * rows }, (_, i) => ({ column: i % columns, row: Math.floor(i / columns) }));
  const placed = assignCells(cells, wishes, (wish) => {
    const at = wish.at(scaled(wish.size, scale));
    return { column: (at.x - origin.x) / pitch.x, row: (at.y - origin.y) / pitch.y };
  });
  return placed.map(({ item, cell: { column, row } }) => ({
    id: item.id,
    quadrant,
    rect: rectAt({ x: origin.x + column * pitch.x, y: origin.y + row * pitch.y }, scaled(item.size, scale)),
    scale,
  }));
}

function arrangeField(scene: MatrixScene, quadrant: Quadrant, wishes: readonly Wish[]): ArrangedCard[] {
  for (const scale of CARD_SCALES) {
    const cards = tryField(scene, quadrant, wishes, scale) ?? gridField(scene, quadrant, wishes, scale);
    if (cards) return cards;
  }
  // More cards than the field holds at the smallest size: each keeps its wished-for spot, covered in part, never out of its field.
  const area = fieldArea(scene, quadrant);
  const scale = Math.min(...CARD_SCALES);
  return wishes.map((wish) => {
    const size = scaled(wish.size, scale);
    return { id: wish.id, quadrant, rect: rectAt(clampInto(area, size, wish.at(size)), size), scale };
  });
}

function arrangeWishes(scene: MatrixScene, wishes: readonly (Wish & { readonly quadrant: Quadrant })[]): Map<string, ArrangedCard> {
  const arranged = new Map<string, ArrangedCard>();
  for (const quadrant of quadrants) {
    for (const card of arrangeField(scene, quadrant, wishes.filter((w) => w.quadrant === quadrant))) arranged.set(card.id, card);
  }
  return arranged;
}

const fromPoint = (scene: MatrixScene, card: SceneCard) => ({
  id: card.id,
  size: card.size,
  quadrant: quadrantOf(card.point),
  at: (size: Size) => topLeftOf(scene, card.point, size),
});

/** Where each card is drawn, in the order given: earlier cards keep their spot. */
export function arrangeCards(scene: MatrixScene, cards: readonly SceneCard[]): ArrangedCard[] {
  const arranged = arrangeWishes(scene, cards.map((card) => fromPoint(scene, card)));
  return cards.map((card) => arranged.get(card.id)).filter((card) => card !== undefined);
}

export interface MovingCard {
  readonly id: string;
  readonly size: Size;
}

/** The card goes after all others, so it takes the free spot nearest its wish and moves nobody. */
function settle(scene: MatrixScene, cards: readonly SceneCard[], moving: MovingCard, quadrant: Quadrant, at: (size: Size) => Point): MatrixPoint {
  const others = cards.filter((card) => card.id !== moving.id).map((card) => fromPoint(scene, card));
  const arranged = arrangeWishes(scene, [...others, { ...moving, quadrant, at }]);
  const rect = arranged.get(moving.id)?.rect;
  return rect ? pointOf(scene, rect) : pointOf(scene, rectAt(at(moving.size), moving.size));
}

/** Keys 1–4: the free spot nearest the middle of the field. */
export function placeInField(scene: MatrixScene, cards: readonly SceneCard[], moving: MovingCard, quadrant: Quadrant): MatrixPoint {
  const { rect } = scene.fields[quadrant];
  return settle(scene, cards, moving, quadrant, (size) => ({ x: rect.x + (rect.width - size.width) / 2, y: rect.y + (rect.height - size.height) / 2 }));
}

/** A drop: the free spot nearest to where the card was let go, in the field under the pointer. */
export function dropAt(scene: MatrixScene, cards: readonly SceneCard[], moving: MovingCard, point: MatrixPoint): MatrixPoint {
  return settle(scene, cards, moving, quadrantOf(point), (size) => topLeftOf(scene, point, size));
}

export type Axis = 'x' | 'y';

const across = (axis: Axis): Axis => (axis === 'x' ? 'y' : 'x');
const extent = (size: Size, axis: Axis): number => (axis === 'x' ? size.width : size.height);
const low = (rect: Rect, axis: Axis): number => rect[axis];
const high = (rect: Rect, axis: Axis): number => rect[axis] + extent(rect, axis);
const pointOn = (axis: Axis, along: number, other: number): Point => (axis === 'x' ? { x: along, y: other } : { x: other, y: along });
/** Whether two rectangles come closer than the gap when seen across `axis`, i.e. share a lane along it. */
const sameLane = (a: Rect, b: Rect, axis: Axis): boolean => {
  const side = across(axis);
  return low(a, side) < high(b, side) + CARD_GAP - 0.5 && low(b, side) < high(a, side) + CARD_GAP - 0.5;
};

export interface Step {
  readonly axis: Axis;
  /** +1 towards lång sikt / komplex, -1 towards kort sikt / enkel. */
  readonly sign: 1 | -1;
  /** A share of the room beside the card, as a change of its point (0.02 moves the point by 0.02). */
  readonly share: number;
}

/**
 * An arrow key. The card slides until it meets the edge of its field, the
 * field's name or another card, and stops there; pressed again at such a
 * stop, it jumps to the first free spot beyond (past the card, the name or
 * into the next field). At the outer edge of the matrix it stays. Returns
 * null when the card does not move.
 */
export function stepCard(scene: MatrixScene, cards: readonly SceneCard[], id: string, step: Step): MatrixPoint | null {
  const { axis, sign, share } = step;
  const arranged = arrangeCards(scene, cards);
  const me = arranged.find((card) => card.id === id);
  const full = cards.find((card) => card.id === id)?.size;
  if (!me || !full) return null;
  const blockers = (quadrant: Quadrant): Rect[] => [scene.fields[quadrant].label, ...arranged.filter((c) => c.id !== id && c.quadrant === quadrant).map((c) => c.rect)];

  const area = fieldArea(scene, me.quadrant);
  const ahead = blockers(me.quadrant)
    .filter((b) => sameLane(b, me.rect, axis))
    .map((b) => (sign > 0 ? low(b, axis) - CARD_GAP - high(me.rect, axis) : low(me.rect, axis) - CARD_GAP - high(b, axis)))
    .filter((room) => room > -0.5);
  const room = Math.min(sign > 0 ? high(area, axis) - high(me.rect, axis) : low(me.rect, axis) - low(area, axis), ...ahead);
  if (room > 0.5) {
    const distance = share * (extent(scene, axis) - extent(me.rect, axis));
    const along = low(me.rect, axis) + sign * Math.min(distance, room);
    return pointOf(scene, rectAt(pointOn(axis, along, low(me.rect, across(axis))), me.rect));
  }
  return jump(scene, arranged, me, full, step, blockers);
}

function jump(scene: MatrixScene, arranged: readonly ArrangedCard[], me: ArrangedCard, full: Size, { axis, sign }: Step, blockers: (q: Quadrant) => Rect[]): MatrixPoint | null {
  const side = across(axis);
  const middle = low(me.rect, side) + extent(me.rect, side) / 2;
  const scaleIn = (quadrant: Quadrant): number =>
    quadrant === me.quadrant ? me.scale : (arranged.find((c) => c.quadrant === quadrant && c.id !== me.id)?.scale ?? 1);
  const everything = quadrants.flatMap((q) => blockers(q));
  // The leading edge of the card at each place where free room may begin.
  const edges =
    sign > 0
      ? [...everything.map((b) => high(b, axis) + CARD_GAP), ...quadrants.map((q) => low(fieldArea(scene, q), axis))].filter((e) => e > low(me.rect, axis) + 0.5)
      : [...everything.map((b) => low(b, axis) - CARD_GAP), ...quadrants.map((q) => high(fieldArea(scene, q), axis))].filter((e) => e < high(me.rect, axis) - 0.5);
  edges.sort((a, b) => sign * (a - b));
  for (const edge of edges) {
    const probe = pointOn(axis, edge + (sign > 0 ? 0.5 : -0.5), middle);
    const quadrant = quadrants.find((q) => contains(fieldArea(scene, q), probe));
    if (!quadrant) continue;
    const area = fieldArea(scene, quadrant);
    const size = scaled(full, scaleIn(quadrant));
    const lead = sign > 0 ? edge : edge - extent(size, axis);
    const at = clampInto(area, size, pointOn(axis, lead, middle - extent(size, side) / 2));
    const rect = rectAt(at, size);
    if (Math.abs(low(rect, axis) - lead) > 0.5) continue;
    if (!blockers(quadrant).some((b) => tooClose(rect, b, CARD_GAP))) return pointOf(scene, rect);
  }
  return null;
}
