import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Huvudman } from '../../../shared/participant/schema';
import { openTestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';
import { summaryLabels } from '../../exports/labels';
import { openDatabase } from '../../storage/database';
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

  it("read back the participant sheet of the app's own summary workbook, in either language, and a list copied from its table", async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const people = [
      { name: 'Anna Berg', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Biståndshandläggare' },
      { name: 'Omar Haddad', organisation: 'Blekingesjukhuset', huvudman: 'region', role: 'Sjuksköterska' },
      { name: 'Mats Ågren', organisation: 'Omsorg Plus AB', huvudman: 'privat', role: 'Undersköterska' },
      { name: 'Eva Sund', organisation: 'Anhörigföreningen', huvudman: 'annan', role: 'Anhörigrepresentant' },
    ] as const;
    for (const person of people) await app.call('participant.create', { workshopId: workshop.id, ...person });
    const byName = (list: readonly { readonly name: string }[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

    for (const language of ['sv', 'en'] as const) {
      await app.call('settings.update', { language });
      const file = await app.call('workshop.exportSummary', { workshopId: workshop.id });
      const exported = new ExcelJS.Workbook();
      await exported.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      // The sheet saved on its own, the way it is brought to the next workshop.
      const rows = exported.getWorksheet(summaryLabels(language).participantsSheet)!.getSheetValues().slice(1) as unknown[][];
      const base64 = await xlsxBase64(rows.map((row) => row.slice(1).map((cell) => String(cell ?? ''))));
      const preview = await app.call('participant.previewImport', { source: { format: 'xlsx', base64 } });
      expect(preview.hasHeader).toBe(true);
      expect(preview.ignoredColumns).toEqual([]);
      expect(byName(preview.rows.map((row) => row.fields!))).toEqual(byName(people));
    }

    const copied = ['Namn\tOrganisation\tHuvudman\tRoll/yrke\tTelefon', 'Lena Ek\tVårdcentralen Kallinge\tRegion\tDistriktsläkare\t0457-10 00 00'].join('\n');
    const pasted = await app.call('participant.previewImport', { source: { format: 'text', text: copied } });
    expect(pasted.rows[0]?.fields).toEqual({ name: 'Lena Ek', organisation: 'Vårdcentralen Kallinge', huvudman: 'region', role: 'Distriktsläkare' });
    expect(pasted.ignoredColumns).toEqual([{ column: 'E', header: 'Telefon', reason: 'unknown' }]);
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

describe('removing a participant who has voted', () => {
  // Ten people, three dots each: A 9, B 8, C 7, D 6. Without P0's three dots on A, A and D would tie.
  const PLAN: readonly (readonly [Huvudman, readonly number[]])[] = [
    ['kommun', [0, 0, 0]],
    ['kommun', [1, 1, 2]],
    ['kommun', [1, 1, 2]],
    ['kommun', [1, 1, 2]],
    ['region', [1, 1, 2]],
    ['region', [0, 0, 2]],
    ['region', [0, 0, 2]],
    ['privat', [0, 0, 2]],
    ['privat', [3, 3, 3]],
    ['annan', [3, 3, 3]],
  ];

  async function decidedWorkshop() {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const clusters = [];
    for (const heading of ['A', 'B', 'C', 'D']) {
      const [note] = await addNotes(app, workshop.id, [`${heading}: en utmaning`]);
      clusters.push(await app.call('cluster.create', { workshopId: workshop.id, heading, noteIds: [note!.id] }));
    }
    const people = [];
    for (const [i, [huvudman]] of PLAN.entries()) {
      people.push(await app.call('participant.create', { workshopId: workshop.id, name: `Person ${i}`, organisation: `Org ${i}`, huvudman, role: 'Roll' }));
    }
    const closed = (await app.call('voting.start', { workshopId: workshop.id, settings: {} })).round;
    for (const [i, [, dots]] of PLAN.entries()) {
      for (const item of dots) await app.call('voting.cast', { roundId: closed.id, participantId: people[i]!.id, itemId: clusters[item]!.id });
    }
    await app.call('voting.reveal', { roundId: closed.id, revealed: true });
    await app.call('outcome.prioritiseTop', { roundId: closed.id, top: 3 });
    await app.call('voting.setStatus', { roundId: closed.id, status: 'closed' });
    const open = (await app.call('voting.start', { workshopId: workshop.id, settings: {} })).round;
    await app.call('voting.cast', { roundId: open.id, participantId: people[0]!.id, itemId: clusters[1]!.id });
    await app.call('voting.cast', { roundId: open.id, participantId: people[0]!.id, itemId: clusters[2]!.id });
    await app.call('voting.cast', { roundId: open.id, participantId: people[1]!.id, itemId: clusters[2]!.id });
    for (const text of ['Lapp ett', 'Lapp två']) await app.call('note.create', { workshopId: workshop.id, text, colour: 'pink', authorId: people[0]!.id });
    return { app, workshop, clusters, people, closed, open };
  }

  const rowOf = (file: string, id: string) => {
    const db = openDatabase(file, { readonly: true });
    try {
      return db.prepare('SELECT name, organisation, role, huvudman, removed_at FROM participant WHERE id = ?').get(id);
    } finally {
      db.close();
    }
  };

  it('tell what removal does, keep the closed round exactly as decided, take the open-round dots, and undo it all', async () => {
    const { app, workshop, clusters, people, closed, open } = await decidedWorkshop();
    const anna = people[0]!;
    const rounds = () => app.call('voting.rounds', { workshopId: workshop.id });
    const [decided, running] = await rounds();
    expect(decided!.totalDots).toBe(30);
    expect(decided!.results!.map((r) => [r.itemId, r.votes, r.rank])).toEqual(clusters.map((c, i) => [c.id, 9 - i, i + 1]));
    expect(decided!.results![0]!.byHuvudman).toEqual({ kommun: 3, region: 4, privat: 2 });
    const outcomes = await app.call('outcome.list', { workshopId: workshop.id });
    const board = await app.call('board.get', { workshopId: workshop.id });

    expect(await app.call('participant.removalImpact', { id: anna.id })).toEqual({ notes: 2, openDots: 2, openRounds: [2], keptDots: 3 });
    await app.call('participant.delete', { id: anna.id });

    const [kept, after] = await rounds();
    expect(kept).toEqual({ ...decided, dotsFromRemoved: 3 });
    expect(after!.totalDots).toBe(running!.totalDots - 2);
    expect(after!.placedBy[anna.id]).toBeUndefined();
    expect(await app.call('outcome.list', { workshopId: workshop.id })).toEqual(outcomes);
    expect(await app.call('outcome.prioritiseTop', { roundId: closed.id, top: 3 })).toEqual([]);
    expect((await app.call('participant.list', { workshopId: workshop.id })).map((p) => p.id)).not.toContain(anna.id);
    const notes = (await app.call('board.get', { workshopId: workshop.id })).notes.filter((n) => n.text.startsWith('Lapp '));
    expect(notes.map((n) => n.authorId)).toEqual([null, null]);
    // The row that holds the closed round's dots keeps only the huvudman: never the name.
    expect(rowOf(app.core.databaseFile, anna.id)).toMatchObject({ name: '', organisation: '', role: '', huvudman: 'kommun' });

    for (const [method, input] of [
      ['participant.update', { id: anna.id, name: 'Anna' }],
      ['participant.delete', { id: anna.id }],
      ['participant.removalImpact', { id: anna.id }],
      ['voting.cast', { roundId: open.id, participantId: anna.id, itemId: clusters[0]!.id }],
      ['note.create', { workshopId: workshop.id, text: 'Ny', colour: 'pink', authorId: anna.id }],
    ] as const) {
      expect((await app.fail(method, input)).code, method).toBe('not_found');
    }
    const summary = await app.call('workshop.exportSummary', { workshopId: workshop.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(summary.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Deltagare')!.rowCount).toBe(1 + 9);
    expect(workbook.getWorksheet('Röstning')!.getColumn(1).values).toContain('Prickar från borttagna deltagare: 3');

    await app.call('history.undo', {});
    expect(await rounds()).toEqual([decided, running]);
    expect(await app.call('board.get', { workshopId: workshop.id })).toEqual(board);
    expect(rowOf(app.core.databaseFile, anna.id)).toMatchObject({ name: 'Person 0', removed_at: null });
  });

  it('remove someone whose dots are only in open rounds completely, dots and all', async () => {
    const { app, workshop, people, open } = await decidedWorkshop();
    const voter = people[1]!;
    await app.call('voting.setStatus', { roundId: (await app.call('voting.rounds', { workshopId: workshop.id }))[0]!.round.id, status: 'open' });
    expect(await app.call('participant.removalImpact', { id: voter.id })).toEqual({ notes: 0, openDots: 4, openRounds: [1, 2], keptDots: 0 });
    await app.call('participant.delete', { id: voter.id });
    const [first, second] = await app.call('voting.rounds', { workshopId: workshop.id });
    expect([first!.totalDots, second!.totalDots, first!.dotsFromRemoved]).toEqual([27, 2, 0]);
    expect(second!.round.id).toBe(open.id);
    expect(rowOf(app.core.databaseFile, voter.id)).toBeUndefined();
    await app.call('history.undo', {});
    expect((await app.call('voting.rounds', { workshopId: workshop.id })).map((r) => r.totalDots)).toEqual([30, 3]);
  });
});
