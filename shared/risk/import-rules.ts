/**
 * How a register table is read, whoever made it: the header row found by
 * its texts, rating cells written as "3 – motivering", rows that only carry
 * on the text of the row above, printed scores checked against the
 * ratings, and each field's change judged against what the app exported.
 * Pure, so the rules are tested on their own and the Node side only moves
 * cells around.
 */
import { comparable } from '../common/comparable';
import type { FileColumn } from './file-columns';
import { riskScore } from './rules';

export interface RatingCell {
  /** The leading whole number, whether or not it is on the scale. */
  readonly rating: number;
  readonly motivation: string;
}

// A number, then –, —, - (spaced or not), ". " / ": ", a space, or nothing.
const RATING_CELL = /^(\d{1,6})(?:\s*[–—-]\s*|[.:]\s+|\s+|$)([\s\S]*)$/;

/** "3 – motivering", "3—motivering", "3 - motivering" or "4"; null when the cell does not start with a whole number. */
export function splitRating(text: string): RatingCell | null {
  const match = RATING_CELL.exec(text.trim());
  return match ? { rating: Number(match[1]), motivation: match[2]!.trim() } : null;
}


export type HeaderTexts = Readonly<Record<FileColumn, readonly string[]>>;

/** Every known header text, in every language, to the column it names. */
export function headerIndex(texts: HeaderTexts): ReadonlyMap<string, FileColumn> {
  const index = new Map<string, FileColumn>();
  for (const [column, names] of Object.entries(texts) as [FileColumn, readonly string[]][]) {
    for (const name of names) index.set(comparable(name), column);
  }
  return index;
}

/** The columns a row names, by 1-based column number; a column named twice counts where it first appears. */
export function matchHeader(cells: readonly string[], index: ReadonlyMap<string, FileColumn>): Map<FileColumn, number> {
  const columns = new Map<FileColumn, number>();
  cells.forEach((text, i) => {
    const column = index.get(comparable(text));
    if (column && !columns.has(column)) columns.set(column, i + 1);
  });
  return columns;
}

/** A header row names the risk and at least two more columns, as seed 004's Nr, Risk, Sannolikhet, Konsekvens, Poäng does. */
export function isHeader(columns: ReadonlyMap<FileColumn, number>): boolean {
  return columns.has('title') && columns.size >= 3;
}

export interface RawSheet {
  readonly name: string;
  readonly rows: readonly { readonly row: number; readonly texts: readonly string[] }[];
}

export interface FoundHeader {
  readonly sheet: number;
  /** Index into the sheet's rows. */
  readonly index: number;
  readonly columns: ReadonlyMap<FileColumn, number>;
}

/** Rows searched per sheet: a title, a date and an introduction may stand above the table. */
export const HEADER_SEARCH_ROWS = 30;

/** The header naming the most columns on any sheet; the first such on a tie. */
export function findHeader(sheets: readonly RawSheet[], index: ReadonlyMap<string, FileColumn>): FoundHeader | null {
  let best: FoundHeader | null = null;
  for (const [sheetIndex, sheet] of sheets.entries()) {
    for (const [rowIndex, row] of sheet.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
      const columns = matchHeader(row.texts, index);
      if (isHeader(columns) && columns.size > (best?.columns.size ?? 0)) best = { sheet: sheetIndex, index: rowIndex, columns };
    }
  }
  return best;
}

export interface TableCell {
  readonly text: string;
  /** 1-based column number. */
  readonly column: number;
}

export interface TableRow {
  /** 1-based row number as in Excel; a joined row keeps the first one's. */
  readonly row: number;
  readonly cells: Partial<Record<FileColumn, TableCell>>;
}

/** The row's cells under the header's columns; empty cells are left out. */
export function tableRow(row: number, texts: readonly string[], columns: ReadonlyMap<FileColumn, number>): TableRow {
  const cells: Partial<Record<FileColumn, TableCell>> = {};
  for (const [column, number] of columns) {
    const text = texts[number - 1]?.trim() ?? '';
    if (text !== '') cells[column] = { text, column: number };
  }
  return { row, cells };
}

/**
 * A hand-kept table wraps long text onto the next line: a row with no
 * number, no id and no risk title continues the row above, cell by cell
 * (seed 004 row 1's konsekvens motivation goes on below it).
 */
export function joinContinuationRows(rows: readonly TableRow[]): TableRow[] {
  const joined: TableRow[] = [];
  for (const row of rows) {
    const previous = joined.at(-1);
    const continues = !row.cells.code && !row.cells.id && !row.cells.title;
    if (!previous || !continues) {
      joined.push(row);
      continue;
    }
    const cells = { ...previous.cells };
    for (const [column, cell] of Object.entries(row.cells) as [FileColumn, TableCell][]) {
      const before = cells[column];
      cells[column] = before ? { text: `${before.text} ${cell.text}`, column: before.column } : cell;
    }
    joined[joined.length - 1] = { row: previous.row, cells };
  }
  return joined;
}

/** A printed score is taken as the file's claim and checked, never copied. */
export function checkScore(printed: number | null, likelihood: number | null, consequence: number | null) {
  const computed = likelihood !== null && consequence !== null ? riskScore(likelihood, consequence) : null;
  return { computed, inconsistent: printed !== null && computed !== null && printed !== computed };
}

/**
 * One field of a matched risk. With the exported value known, a field the
 * file left as exported is not a change (the app's newer value stands), and
 * one changed on both sides to different values is a conflict.
 */
export function compareField(app: string, file: string, exported: string | null): { readonly changed: boolean; readonly conflict: boolean } {
  if (file === app) return { changed: false, conflict: false };
  if (exported === null) return { changed: true, conflict: false };
  if (file === exported) return { changed: false, conflict: false };
  return { changed: true, conflict: app !== exported };
}
