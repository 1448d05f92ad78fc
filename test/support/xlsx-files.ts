/**
 * Spreadsheets for reader tests and benchmarks: real ones written by
 * ExcelJS, and hand-made ones (XML written here, zipped with jszip, which
 * ExcelJS depends on) that no spreadsheet program would save but anyone
 * could send. Only node_modules imports, so plain Node can load this file.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook around the given <sheetData> (and anything after it), deflated. */
export async function handMadeXlsx(sheetBody: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', `${XML}<worksheet xmlns="${MAIN}">${sheetBody}</worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Rows that each hold one text cell, far to the right: the file that once took the app down. */
export function sparseXlsx(rows: number, column: string): Promise<Buffer> {
  let data = '';
  for (let r = 1; r <= rows; r++) data += `<row r="${r}"><c r="${column}${r}" t="inlineStr"><is><t>x</t></is></c></row>`;
  return handMadeXlsx(`<sheetData>${data}</sheetData>`);
}

/** A participant list as a spreadsheet program saves it: a header row, then `rows` people. */
export async function participantListXlsx(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltagare');
  sheet.addRow(['Namn', 'Organisation', 'Huvudman', 'Roll']);
  const huvudman = ['kommun', 'region', 'privat', 'annan'];
  for (let i = 1; i <= rows; i++) sheet.addRow([`Deltagare ${i}`, `Enhet ${i % 97}`, huvudman[i % 4], `Roll ${i % 13}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
