import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { exampleWorkshop } from '../../../test/support/board';
import { participantListXlsx, sparseXlsx } from '../../../test/support/xlsx-files';

async function xlsxBase64(rows: readonly (readonly string[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltagare');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('participant handlers', () => {
  it('add, edit, list and suggest organisations', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const anna = await app.call('participant.create', { workshopId: workshop.id, name: 'Anna', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Undersköterska' });
    await app.call('participant.create', { workshopId: workshop.id, name: 'Ola', organisation: 'Ronneby kommun', huvudman: 'kommun', role: '' });
    await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: 'Vårdcentralen Kallinge', huvudman: 'region', role: 'Läkare' });
    await app.call('participant.update', { id: anna.id, role: 'Sjuksköterska' });
    expect((await app.call('participant.list', { workshopId: workshop.id })).map((p) => [p.name, p.role])).toEqual([
      ['Anna', 'Sjuksköterska'],
      ['Ola', ''],
      ['Eva', 'Läkare'],
    ]);
    expect(await app.call('participant.organisations', {})).toEqual(['Ronneby kommun', 'Vårdcentralen Kallinge']);
  });

  it('preview an .xlsx list with a header and import it as one undo step', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const base64 = await xlsxBase64([
      ['Namn', 'Organisation', 'Huvudman', 'Roll'],
      ['Karin Lund', 'Blekingesjukhuset', 'Region', 'Sjuksköterska'],
      ['Per Holm', 'Ronneby kommun', 'kommun', 'Biståndshandläggare'],
    ]);
    const preview = await app.call('participant.previewImport', { source: { format: 'xlsx', base64 } });
    expect(preview.hasHeader).toBe(true);
    expect(preview.rows.every((r) => r.problems.length === 0)).toBe(true);
    await app.call('participant.import', { workshopId: workshop.id, participants: preview.rows.map((r) => r.fields!) });
    expect((await app.call('participant.list', { workshopId: workshop.id })).map((p) => p.huvudman)).toEqual(['region', 'kommun']);
    await app.call('history.undo', {});
    expect(await app.call('participant.list', { workshopId: workshop.id })).toEqual([]);
  });

  it('name the row and column of a bad cell, and refuse a file that is not a workbook', async () => {
    const app = await openTestApp();
    const preview = await app.call('participant.previewImport', {
      source: { format: 'xlsx', base64: await xlsxBase64([['Anna', 'X', 'kommun'], ['Bo', 'Y', 'kyrkan']]) },
    });
    expect(preview.rows[1]?.problems).toEqual([{ column: 'C', field: 'huvudman', code: 'unknown_huvudman', value: 'kyrkan' }]);
    const broken = await app.fail('participant.previewImport', { source: { format: 'xlsx', base64: Buffer.from('not a zip file').toString('base64') } });
    expect(broken.code).toBe('import_unreadable');
  });

  it('refuse an import with an invalid row as a whole', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const error = await app.fail('participant.import', {
      workshopId: workshop.id,
      participants: [{ name: 'Ok', organisation: '', huvudman: 'kommun', role: '' }, { name: '', organisation: '', huvudman: 'kommun', role: '' }],
    });
    expect(error.code).toBe('validation_failed');
    expect(await app.call('participant.list', { workshopId: workshop.id })).toEqual([]);
  });

  it('keep the spreadsheet row numbers when empty rows are left out', async () => {
    const app = await openTestApp();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Deltagare');
    sheet.getRow(2).values = ['Anna', 'X', 'kommun'];
    sheet.getRow(7).values = ['Bo', 'Y', 'kyrkan'];
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await app.call('participant.previewImport', { source: { format: 'xlsx', base64 } });
    expect(preview.rows.map((r) => r.row)).toEqual([2, 7]);
    expect(preview.rows[1]?.problems[0]).toMatchObject({ column: 'C', code: 'unknown_huvudman' });
  });

  it('refuse a list longer than one import may add, from a file or pasted, naming the cap', async () => {
    const app = await openTestApp();
    const base64 = (await participantListXlsx(501)).toString('base64');
    expect(await app.fail('participant.previewImport', { source: { format: 'xlsx', base64 } })).toMatchObject({
      code: 'import_too_large',
      details: { limit: 'participants', max: 500 },
    });
    const text = Array.from({ length: 501 }, (_, i) => `Person ${i}\tEnhet\tkommun\t`).join('\n');
    expect(await app.fail('participant.previewImport', { source: { format: 'text', text } })).toMatchObject({
      code: 'import_too_large',
      details: { limit: 'participants', max: 500 },
    });
    // Exactly the cap, after a header row, is fine.
    const full = await app.call('participant.previewImport', { source: { format: 'xlsx', base64: (await participantListXlsx(500)).toString('base64') } });
    expect(full.rows).toHaveLength(500);
  }, 30_000);

  it('refuse the sparse far-right sheet quickly, with nothing saved', async () => {
    const app = await openTestApp();
    const base64 = (await sparseXlsx(4000, 'XFD')).toString('base64');
    const error = await app.fail('participant.previewImport', { source: { format: 'xlsx', base64 } });
    expect(error).toMatchObject({ code: 'import_too_large', details: { limit: 'columns', max: 256 } });
    expect(await app.call('history.state', {})).toEqual({ undo: null, redo: null, undoId: null });
  });
});
