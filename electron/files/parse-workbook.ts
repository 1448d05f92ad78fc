/**
 * The parse itself, run inside the worker (xlsx-worker.ts): first the zip
 * and every worksheet are checked against the limits without building
 * anything, then ExcelJS parses a workbook known to be within them.
 */
import ExcelJS from 'exceljs';
import type { IMPORT_LIMITS } from '../../shared/files/limits';
import { unreadable } from './read-errors';
import { scanSheet } from './sheet-scan';
import type { Sheet, SheetCell, SheetRow, Workbook } from './workbook';
import { inflateEntry, readZipDirectory } from './zip-directory';

export type ReadLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };

export interface ParseRequest {
  readonly bytes: Uint8Array;
  readonly limits: ReadLimits;
  /** Only the first sheet (participant lists) or all of them (registers with several tabs). */
  readonly sheets: 'first' | 'all';
}

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;

function checkBounds(bytes: Buffer, limits: ReadLimits): void {
  const budget = { max: limits.cells, used: 0 };
  for (const entry of readZipDirectory(bytes, limits)) {
    const content = inflateEntry(bytes, entry);
    if (WORKSHEET.test(entry.name)) scanSheet(content.toString('latin1'), limits, budget);
  }
}

function readSheet(sheet: ExcelJS.Worksheet): Sheet {
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell((cell, column) => {
      const text = cell.text ?? '';
      if (text !== '') cells.push({ column, text });
    });
    if (cells.length > 0) rows.push({ row: rowNumber, cells });
  });
  // The public `sheet.model` would rebuild every row's model just to list the merges.
  const merges = Object.values((sheet as unknown as { _merges: Record<string, { range: string }> })._merges).map((merge) => merge.range);
  return { name: sheet.name, rows, merges };
}

export async function parseWorkbook({ bytes, limits, sheets }: ParseRequest): Promise<Workbook> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkBounds(buffer, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  const chosen = sheets === 'first' ? workbook.worksheets.slice(0, 1) : workbook.worksheets;
  if (chosen.length === 0) throw unreadable('The workbook has no worksheet');
  return { sheets: chosen.map(readSheet) };
}
