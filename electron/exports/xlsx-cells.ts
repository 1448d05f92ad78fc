/**
 * The one way exports write cells, so every workbook opens everywhere and
 * text stays text.
 *
 * - Text is written as a string value, never as a formula.
 * - Text stored before the text rule existed may hold characters XML cannot
 *   carry; they become U+FFFD instead of breaking the file. A literal
 *   `_xHHHH_` is escaped, since Excel (and ExcelJS) would read it as a
 *   character code.
 * - Text starting with = + - @ or TAB (OWASP's list; a CR is already LF
 *   here) gets Excel's quote prefix, so a sheet saved as CSV does not carry a live formula. ExcelJS
 *   cannot write `quotePrefix`, so such cells get the Text number format
 *   (built-in id 49), which it can write, and every cell style with that
 *   format gets `quotePrefix="1"` once the workbook is written.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { replaceForbiddenCharacters } from '../../shared/common/text';

export type ExportValue = string | number | Date;

const TEXT_FORMAT = '@';
const TEXT_FORMAT_ID = '49';
const FORMULA_LIKE = /^[=+\-@\t]/;
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

function exportText(text: string): string {
  return replaceForbiddenCharacters(text).replace(EXCEL_ESCAPE, '_x005F_$1');
}

function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

export function writeRow(sheet: ExcelJS.Worksheet, values: readonly ExportValue[]): ExcelJS.Row {
  const row = sheet.addRow(values.map((value) => (typeof value === 'string' ? exportText(value) : value)));
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && isFormulaLike(cell.value)) cell.numFmt = TEXT_FORMAT;
  });
  return row;
}

function withQuotePrefix(stylesXml: string): string {
  return stylesXml.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (cellXfs) =>
    cellXfs.replace(new RegExp(`<xf (?=[^>]*\\bnumFmtId="${TEXT_FORMAT_ID}")`, 'g'), '<xf quotePrefix="1" '),
  );
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const styles = zip.file('xl/styles.xml');
  if (styles) zip.file('xl/styles.xml', withQuotePrefix(await styles.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
