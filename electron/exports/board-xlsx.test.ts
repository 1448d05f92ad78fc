import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/support/core';
import { addNotes, exampleWorkshop } from '../../test/support/board';
import { tempDir } from '../../test/support/temp-dir';
import { NO_SOFFICE, parseCsv, SOFFICE, sofficeConvert } from '../../test/support/soffice';
import { quotePrefixedCells } from '../../test/support/xlsx';

async function exportBoard(app: TestApp, workshopId: string) {
  const file = await app.call('board.exportXlsx', { workshopId: workshopId as never });
  const buffer = Buffer.from(file.base64, 'base64');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { buffer, workbook };
}

/** Writes straight into the file, past the API, as versions before the text rule could. */
function storeAsOlderVersionsDid(app: TestApp, ...statements: string[]): void {
  const db = new Database(app.core.databaseFile);
  try {
    for (const statement of statements) db.exec(statement);
  } finally {
    db.close();
  }
}

const column = (sheet: ExcelJS.Worksheet, index: number) => sheet.getColumn(index).values.slice(2);

describe('board export', () => {
  it('write formula-looking text as text with the quote prefix', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const texts = ['=HYPERLINK("http://example.invalid","Klicka")', '+46 70 123', '-1+1', '@SUM(1)', 'Vanlig lapp'];
    const [first] = await addNotes(app, workshop.id, texts);
    const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: '=1+1', noteIds: [first!.id] });
    await app.call('cluster.update', { id: cluster.id, strengths: ['@stöd'] });

    const { buffer, workbook } = await exportBoard(app, workshop.id);
    const [notes, clusters] = workbook.worksheets;
    expect(column(notes!, 2)).toEqual(texts);
    expect(column(clusters!, 1)).toEqual(['=1+1']);
    // A2 is the first note's cluster heading; B2–B5 the four formula-looking notes, B6 the plain one.
    expect(await quotePrefixedCells(buffer, 'xl/worksheets/sheet1.xml')).toEqual(['A2', 'B2', 'B3', 'B4', 'B5']);
    expect(await quotePrefixedCells(buffer, 'xl/worksheets/sheet2.xml')).toEqual(['A2', 'D2']);
  });

  it('refuse a note with a character XML cannot carry, naming field and character, and save nothing', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const before = await app.call('board.get', { workshopId: workshop.id });
    const error = await app.fail('note.create', { workshopId: workshop.id, text: 'Utskrivning\uffff', colour: 'yellow', authorId: null });
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      expect.objectContaining({ path: ['text'], code: 'custom', params: { reason: 'forbidden_character', character: 'U+FFFF', position: 12 } }),
    ]);
    const [note] = await addNotes(app, workshop.id, ['Hemgång']);
    const refused = await app.fail('note.update', { id: note!.id, text: 'Hem\u0001gång' });
    expect(refused.details).toEqual([expect.objectContaining({ path: ['text'], params: expect.objectContaining({ character: 'U+0001', position: 4 }) })]);
    expect((await app.call('board.get', { workshopId: workshop.id })).notes).toEqual([...before.notes, note]);
  });

  it('still open when older data holds characters XML cannot carry', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const [note] = await addNotes(app, workshop.id, ['placeholder']);
    const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: 'placeholder', noteIds: [note!.id] });
    storeAsOlderVersionsDid(
      app,
      `UPDATE note SET text = 'Före\uffffefter\u0002' WHERE id = '${note!.id}'`,
      `UPDATE cluster SET heading = 'Rubrik\ufffe', strengths = '["\u0085stöd"]' WHERE id = '${cluster.id}'`,
    );

    const { workbook } = await exportBoard(app, workshop.id);
    const [notes, clusters] = workbook.worksheets;
    expect(notes!.getRow(2).values).toEqual([undefined, 'Rubrik\ufffd', 'Före\ufffdefter\ufffd', 'Anonym', '', '', expect.any(Date)]);
    expect(clusters!.getRow(2).values).toEqual([undefined, 'Rubrik\ufffd', 1, '', '\ufffdstöd']);

    const summary = await app.call('workshop.exportSummary', { workshopId: workshop.id });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(summary.base64, 'base64') as unknown as ArrayBuffer);
    expect(read.getWorksheet('Lappar')!.getRow(2).values).toEqual([undefined, 'Rubrik\ufffd', 'Före\ufffdefter\ufffd']);
    expect(read.getWorksheet('Kluster')!.getRow(2).getCell(4).value).toBe('\ufffdstöd');
  });

  it('stays text when LibreOffice saves it as CSV: every row present, no formula evaluated', async (ctx) => {
    ctx.skip(!SOFFICE, NO_SOFFICE);
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const texts = ['=HYPERLINK("http://example.invalid","Klicka här")', '+1+1', '-2+3', '@SUM(1;2)', 'Rad ett\nrad två, med "citat"', 'Vårdplanering'];
    const notes = await addNotes(app, workshop.id, [...texts, 'placeholder']);
    storeAsOlderVersionsDid(app, `UPDATE note SET text = 'Sparad förr\uffff' WHERE id = '${notes.at(-1)!.id}'`);
    const { buffer } = await exportBoard(app, workshop.id);

    const dir = tempDir();
    const file = path.join(dir, 'board.xlsx');
    fs.writeFileSync(file, buffer);
    // 44 = comma, 34 = double quote, 76 = UTF-8.
    const took = await sofficeConvert([file], 'csv:Text - txt - csv (StarCalc):44,34,76', dir);
    await ctx.annotate(`soffice xlsx → csv took ${took} ms`);

    const rows = parseCsv(fs.readFileSync(path.join(dir, 'board.csv'), 'utf8'));
    expect(rows.slice(1).map((row) => row[1])).toEqual([...texts, 'Sparad förr\ufffd']);
  }, 120_000);
});
