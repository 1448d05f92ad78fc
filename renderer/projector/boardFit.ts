/**
 * How much of the board the projector can show at a size the back of the
 * room can read. Sizes are in em of the projector's base font, which
 * projector.css sets to 1/80 of the screen width or 1/45 of its height
 * (24 px on a 1920×1080 screen); nothing is drawn smaller than that.
 * Each layout is tried at a few scales, largest first, and the first one
 * where everything fits is taken. The outer sizes here are handed to the
 * CSS as custom properties, so the arithmetic and the drawing agree.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Cell {
  readonly width: number;
  readonly height: number;
  readonly gap: number;
}

/** A note card: five lines of text (about 110 characters) at 1.25 line height, with padding and border. */
export const NOTE_CELL: Cell = { width: 12, height: 7.25, gap: 0.75 };
/** A cluster tile in the overview: its heading on up to three lines and the note count. */
export const TILE_CELL: Cell = { width: 15, height: 6.25, gap: 0.75 };
/** A cluster's heading above its notes, with the space below it. */
export const GROUP_HEADING = 2.25;
/** Space between two clusters' blocks. */
export const GROUP_GAP = 1;
/** The line under the overview that counts the notes in no cluster. */
export const FREE_LINE = 2.5;
/** The heading of the cluster the facilitator zoomed to, on up to two lines. */
export const FOCUS_HEADING = 4.5;

export const SCALES = [1.5, 1.25, 1] as const;

export interface Grid {
  readonly scale: number;
  readonly columns: number;
}

export interface Capacity extends Grid {
  /** How many cells are shown: all of them, or as many as fit when not all do. */
  readonly shown: number;
}

function columnsIn(space: number, cell: Cell, scale: number): number {
  return Math.max(0, Math.floor((space + cell.gap * scale) / ((cell.width + cell.gap) * scale)));
}

function rowsIn(space: number, cell: Cell, scale: number): number {
  return Math.max(0, Math.floor((space + cell.gap * scale) / ((cell.height + cell.gap) * scale)));
}

function gridHeight(rows: number, cell: Cell, scale: number): number {
  return rows === 0 ? 0 : (rows * cell.height + (rows - 1) * cell.gap) * scale;
}

/**
 * Every note, each cluster under its heading (counts in board order; the
 * notes in no cluster as the last group): the largest scale at which they
 * all fit, or null when they do not fit even at the smallest.
 */
export function fitGroups(area: Size, counts: readonly number[]): Grid | null {
  for (const scale of SCALES) {
    const columns = columnsIn(area.width, NOTE_CELL, scale);
    if (columns === 0) continue;
    const blocks = counts.map((count) => GROUP_HEADING * scale + gridHeight(Math.ceil(count / columns), NOTE_CELL, scale));
    const height = blocks.reduce((sum, h) => sum + h, 0) + Math.max(0, counts.length - 1) * GROUP_GAP * scale;
    if (height <= area.height) return { scale, columns };
  }
  return null;
}

/**
 * `count` cells of one kind in a grid below `reserved` em of other content:
 * the largest scale showing them all, else the smallest scale with as many
 * as fit (at least none).
 */
export function fitCells(area: Size, cell: Cell, count: number, reserved: number): Capacity {
  let last: Capacity = { scale: 1, columns: 1, shown: 0 };
  for (const scale of SCALES) {
    const columns = columnsIn(area.width, cell, scale);
    const rows = rowsIn(area.height - reserved * scale, cell, scale);
    last = { scale, columns: Math.max(1, columns), shown: Math.min(count, columns * rows) };
    if (last.shown === count) return last;
  }
  return last;
}
