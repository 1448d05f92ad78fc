import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/errors';

/**
 * Reads the first worksheet of an .xlsx file as a table of display strings.
 * Anything ExcelJS cannot open is reported as an unreadable import, never
 * as a crash, so the user gets a clear message and nothing is saved.
 */
export async function readFirstSheet(base64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('import_unreadable', 'The file could not be read as an .xlsx workbook', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('import_unreadable', 'The workbook has no worksheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (cells) => cells ?? []);
}
