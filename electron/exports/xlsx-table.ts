/**
 * A sheet laid out as one table people filter and print: a bold, frozen
 * header row, an autofilter over the data, wrapped text where columns
 * hold sentences, and A4 landscape printing scaled to the page width with
 * the header row on every page. Colour is never the only signal: a filled
 * cell always holds its value as text too.
 */
import type ExcelJS from 'exceljs';

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly wrap?: boolean;
  /** An Excel number format, e.g. for dates. */
  readonly numFmt?: string;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const HEADER_FILL = 'FFD9E2F3';
/** A4 in the OOXML paper size list. */
const PAPER_A4 = 9;

export function tableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly TableColumn[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&P / &N' },
  });
  sheet.columns = columns.map(({ header, width, wrap, numFmt }) => ({
    header,
    width,
    style: { alignment: { vertical: 'top', wrapText: wrap ?? false }, ...(numFmt ? { numFmt } : {}) },
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'top', wrapText: true };
  head.eachCell((cell) => {
    cell.fill = solidFill(HEADER_FILL);
  });
  return sheet;
}

/** Call once the rows are written: the filter spans the header and every data row. */
export function finishTable(sheet: ExcelJS.Worksheet): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(sheet.rowCount, 1), column: sheet.columnCount } };
}

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** A calendar date (YYYY-MM-DD) as a date cell, so Excel sorts and filters it as one. */
export function dateCell(date: string | null): Date | string {
  return date === null ? '' : new Date(`${date}T00:00:00Z`);
}

/**
 * An instant as the wall-clock time where the export is made: Excel has no
 * time zones and shows a date cell's UTC fields as they are.
 */
export function localTimeCell(iso: string): Date {
  const at = new Date(iso);
  return new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds()));
}
