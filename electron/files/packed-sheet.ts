/**
 * How a sheet crosses from the worker to the app's thread. Cloning tens of
 * thousands of row objects blocks the receiving thread for a noticeable
 * while (~0.4 s for 30,000 rows on a busy machine); one string and a few
 * transferred number arrays cost next to nothing, and the objects are then
 * rebuilt in a tight loop.
 */
import type { Sheet, SheetCell, SheetRow } from './workbook';

export interface PackedSheet {
  readonly name: string;
  readonly merges: readonly string[];
  readonly rowNumbers: Uint32Array;
  /** Per row, the index after its last cell. */
  readonly rowEnds: Uint32Array;
  readonly columns: Uint32Array;
  /** Per cell, the offset in `text` after its text. */
  readonly textEnds: Uint32Array;
  readonly text: string;
}

export function packSheet(sheet: Sheet): PackedSheet {
  const cellCount = sheet.rows.reduce((sum, row) => sum + row.cells.length, 0);
  const rowNumbers = new Uint32Array(sheet.rows.length);
  const rowEnds = new Uint32Array(sheet.rows.length);
  const columns = new Uint32Array(cellCount);
  const textEnds = new Uint32Array(cellCount);
  const texts: string[] = [];
  let cell = 0;
  let offset = 0;
  sheet.rows.forEach((row, index) => {
    rowNumbers[index] = row.row;
    for (const { column, text } of row.cells) {
      columns[cell] = column;
      offset += text.length;
      textEnds[cell++] = offset;
      texts.push(text);
    }
    rowEnds[index] = cell;
  });
  return { name: sheet.name, merges: sheet.merges, rowNumbers, rowEnds, columns, textEnds, text: texts.join('') };
}

/** The buffers to move rather than copy to the other thread. */
export const transferables = (packed: PackedSheet): ArrayBuffer[] =>
  [packed.rowNumbers, packed.rowEnds, packed.columns, packed.textEnds].map((array) => array.buffer as ArrayBuffer);

export function unpackSheet(packed: PackedSheet): Sheet {
  const rows: SheetRow[] = [];
  let cell = 0;
  let offset = 0;
  packed.rowNumbers.forEach((row, index) => {
    const cells: SheetCell[] = [];
    for (const end = packed.rowEnds[index]!; cell < end; cell++) {
      const textEnd = packed.textEnds[cell]!;
      cells.push({ column: packed.columns[cell]!, text: packed.text.slice(offset, textEnd) });
      offset = textEnd;
    }
    rows.push({ row, cells });
  });
  return { name: packed.name, merges: packed.merges, rows };
}
