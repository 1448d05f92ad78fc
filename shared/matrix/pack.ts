/**
 * The matrix as a picture (summary, print): each field is a grid of equal
 * cells below its name and every card gets a cell of its own, so cards of
 * any height (a long heading, the vote count) can never cover each other
 * or leave the frame. The grid grows with the number of cards, and the
 * cards' text shrinks when the cells get narrow. Each card takes the free
 * cell nearest to where it was placed within its field, so the picture
 * keeps what the room said ("a bit more complex than that").
 */
import type { Rect } from '../common/geometry';
import { quadrantOf, quadrants, type MatrixPoint, type Quadrant } from './quadrant';

export interface PackedCard {
  readonly id: string;
  readonly column: number;
  readonly row: number;
}

export interface PackedField {
  readonly columns: number;
  readonly rows: number;
  /** Text size of the cards relative to a field of two columns. */
  readonly scale: number;
  readonly cards: readonly PackedCard[];
}

export interface PackedMatrix {
  readonly fields: Readonly<Record<Quadrant, PackedField>>;
  /** The most rows of any field: all fields are drawn this tall, so the midlines stay straight. */
  readonly rows: number;
}

const MIN_CELLS = 2;

/** Where a point lies within its own field, from 0 to just below 1 on each axis. */
function withinField(point: MatrixPoint): MatrixPoint {
  const local = (value: number) => Math.min(0.999, Math.max(0, (value >= 0.5 ? value - 0.5 : value) * 2));
  return { x: local(point.x), y: local(point.y) };
}

export interface Cell {
  readonly column: number;
  readonly row: number;
}

/**
 * Gives each item, in order, the free cell nearest to the cell it wishes
 * for (distances in cells; a tie goes to the upper, then the left cell).
 * There must be at least as many cells as items.
 */
export function assignCells<T>(cells: readonly Cell[], items: readonly T[], wish: (item: T) => Cell): { item: T; cell: Cell }[] {
  const free = [...cells];
  return items.map((item) => {
    const at = wish(item);
    const distance = (cell: Cell) => Math.hypot(cell.column - at.column, cell.row - at.row);
    const cell = free.reduce((a, b) => (distance(b) < distance(a) - 1e-9 ? b : a));
    free.splice(free.indexOf(cell), 1);
    return { item, cell };
  });
}

export function packField(cards: readonly { readonly id: string; readonly point: MatrixPoint }[]): PackedField {
  const columns = Math.max(MIN_CELLS, Math.ceil(Math.sqrt(cards.length)));
  const rows = Math.max(MIN_CELLS, Math.ceil(cards.length / columns));
  const cells = Array.from({ length: columns * rows }, (_, index) => ({ column: index % columns, row: Math.floor(index / columns) }));
  const local = cards.map((card) => ({ id: card.id, at: withinField(card.point) }));
  // Reading order, so that of two cards wishing for one cell the upper (then left) one gets it.
  local.sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x || (a.id < b.id ? -1 : 1));
  const packed = assignCells(cells, local, ({ at }) => ({ column: at.x * columns - 0.5, row: at.y * rows - 0.5 }));
  return { columns, rows, scale: Math.min(1, Math.sqrt(MIN_CELLS / columns)), cards: packed.map(({ item, cell }) => ({ id: item.id, ...cell })) };
}

export function packMatrix(placements: readonly { readonly itemId: string; readonly x: number; readonly y: number }[]): PackedMatrix {
  const fields = Object.fromEntries(
    quadrants.map((quadrant) => [quadrant, packField(placements.filter((p) => quadrantOf(p) === quadrant).map((p) => ({ id: p.itemId, point: p })))]),
  ) as Record<Quadrant, PackedField>;
  return { fields, rows: Math.max(...quadrants.map((q) => fields[q].rows)) };
}

/** A card's cell as a share of the field's card area (0–1 on each axis). */
export function cellRect(field: PackedField, card: PackedCard): Rect {
  return { x: card.column / field.columns, y: card.row / field.rows, width: 1 / field.columns, height: 1 / field.rows };
}
