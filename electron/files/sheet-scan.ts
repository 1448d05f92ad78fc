/**
 * A quick pass over a worksheet's XML that counts what a full parse would
 * build, so a hostile sheet is refused before ExcelJS allocates anything:
 * rows, the rightmost column of any cell, and every cell a merged area or a
 * data-validation range would make ExcelJS create one by one.
 */
import { columnLetter } from '../../shared/participant/import';
import { tooLarge } from './read-errors';

export interface SheetBounds {
  readonly rows: number;
  readonly columns: number;
}

/** Counts shared by all sheets of one workbook. */
export interface CellBudget {
  readonly max: number;
  used: number;
}

const TAG = /<(?:[\w.-]+:)?(row|c|mergeCell|dataValidation)\b([^>]*)>/g;
const REF_ATTRIBUTE = /\br="([A-Za-z]*)(\d*)"/;
const RANGE = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

function spend(budget: CellBudget, count: number): void {
  budget.used += count;
  if (budget.used > budget.max) throw tooLarge({ limit: 'cells', max: budget.max }, `The workbook holds more than ${budget.max} cells`);
}

function checkColumn(column: number, bounds: SheetBounds): void {
  if (column > bounds.columns) {
    throw tooLarge({ limit: 'columns', max: bounds.columns }, `A cell sits in column ${columnLetter(column - 1)}, beyond column ${columnLetter(bounds.columns - 1)}`);
  }
}

/** Every cell of `A1:C3 E5` style ranges counts against the budget, as ExcelJS would visit each. */
function spendRanges(refs: string, bounds: SheetBounds, budget: CellBudget): void {
  for (const ref of refs.split(/\s+/).filter(Boolean)) {
    const match = RANGE.exec(ref);
    if (!match) continue;
    const left = columnNumber(match[1]!);
    const right = match[3] ? columnNumber(match[3]) : left;
    const top = Number(match[2]);
    const bottom = match[4] ? Number(match[4]) : top;
    checkColumn(Math.max(left, right), bounds);
    spend(budget, (Math.abs(right - left) + 1) * (Math.abs(bottom - top) + 1));
  }
}

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

export function scanSheet(xml: string, bounds: SheetBounds, budget: CellBudget): void {
  let rows = 0;
  let column = 0;
  for (const [, tag, attributes = ''] of xml.matchAll(TAG)) {
    if (tag === 'row') {
      rows++;
      column = 0;
      if (rows > bounds.rows) throw tooLarge({ limit: 'rows', max: bounds.rows }, `A sheet has more than ${bounds.rows} rows`);
    } else if (tag === 'c') {
      const letters = REF_ATTRIBUTE.exec(attributes)?.[1];
      column = letters ? columnNumber(letters) : column + 1;
      checkColumn(column, bounds);
      spend(budget, 1);
    } else if (tag === 'mergeCell') {
      spendRanges(attribute(attributes, 'ref') ?? '', bounds, budget);
    } else {
      spendRanges(attribute(attributes, 'sqref') ?? '', bounds, budget);
    }
  }
}
