import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { exampleWorkshop } from '../../../test/support/board';

async function readWorkbook(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

describe('board handlers', () => {
  it('export an .xlsx with one row per note and a cluster summary, markup kept as text', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: 'Vårdcentralen', huvudman: 'region', role: 'Läkare' });
    const a = await app.call('note.create', { workshopId: workshop.id, text: 'Läkemedelslistan fel', colour: 'yellow', authorId: eva.id });
    await app.call('note.create', { workshopId: workshop.id, text: '<script>alert(1)</script>', colour: 'pink', authorId: null });
    await app.call('note.create', { workshopId: workshop.id, text: '=HYPERLINK("http://x")', colour: 'blue', authorId: null });
    const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: 'Läkemedel', noteIds: [a.id] });
    await app.call('cluster.update', { id: cluster.id, description: 'Listan följer inte med', strengths: ['Läkemedelsgenomgång'] });

    const file = await app.call('board.exportXlsx', { workshopId: workshop.id });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = await readWorkbook(file.base64);
    const [notes, clusters] = workbook.worksheets;
    expect(notes!.name).toBe('Lappar');
    const rows = values(notes!);
    expect(rows[0]).toEqual(['Kluster', 'Text', 'Skriven av', 'Organisation', 'Huvudman', 'Skapad']);
    expect(rows[1]!.slice(0, 5)).toEqual(['Läkemedel', 'Läkemedelslistan fel', 'Eva', 'Vårdcentralen', 'Region']);
    expect(rows[1]![5]).toBeInstanceOf(Date);
    expect(rows.slice(2).map((r) => r[1])).toEqual(['<script>alert(1)</script>', '=HYPERLINK("http://x")']);
    expect(rows[2]![2]).toBe('Anonym');
    expect(values(clusters!)).toEqual([
      ['Rubrik', 'Antal lappar', 'Beskrivning', 'Styrkor och verktyg'],
      ['Läkemedel', 1, 'Listan följer inte med', 'Läkemedelsgenomgång'],
    ]);
  });

  it('export in English when the language is English', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    await app.call('settings.update', { language: 'en' });
    const workbook = await readWorkbook((await app.call('board.exportXlsx', { workshopId: workshop.id })).base64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Notes', 'Clusters']);
  });

  it('switch colour mode as an undoable change', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    await app.call('board.setColourMode', { workshopId: workshop.id, colourMode: 'huvudman' });
    expect((await app.call('board.get', { workshopId: workshop.id })).colourMode).toBe('huvudman');
    await app.call('history.undo', {});
    expect((await app.call('board.get', { workshopId: workshop.id })).colourMode).toBe('note');
  });

  it('delete a workshop with its whole board; undo restores every row', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const p = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    const n = await app.call('note.create', { workshopId: workshop.id, text: 'X', colour: 'yellow', authorId: p.id });
    await app.call('cluster.create', { workshopId: workshop.id, heading: 'H', noteIds: [n.id] });
    const before = await app.call('board.get', { workshopId: workshop.id });
    await app.call('programme.delete', { id: workshop.programmeId });
    await app.call('history.undo', {});
    expect(await app.call('board.get', { workshopId: workshop.id })).toEqual(before);
  });
});
