import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../shared/summary/model';
import type { WorkshopId } from '../../../shared/workshop/schema';
import { openTestApp, type TestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';

const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

async function exportedSummary(app: TestApp, workshopId: WorkshopId, names?: boolean): Promise<ExcelJS.Workbook> {
  const file = await app.call('workshop.exportSummary', { workshopId, ...(names === undefined ? {} : { names }) });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('outcomes, improvement areas and the workshop summary', () => {
  it('prioritise the top three of a revealed round into improvement areas, hand one over, export the summary', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const headings = ['Läkemedelslistan', 'SIP i tid', 'Dokumentation', 'Hemgång', 'Läkarbemanning'];
    const clusters = [];
    for (const heading of headings) {
      const [note] = await addNotes(app, workshop.id, [`${heading} – lapp`]);
      clusters.push(await app.call('cluster.create', { workshopId: workshop.id, heading, noteIds: [note!.id] }));
    }
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: 'Vårdcentralen', huvudman: 'region', role: 'Läkare' });
    await app.call('matrix.place', { workshopId: workshop.id, placements: [{ itemId: clusters[0]!.id, kind: 'cluster', x: 0.2, y: 0.8 }] });
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: 6 } })).round;
    for (const [i, n] of [3, 2, 1].entries()) {
      for (let k = 0; k < n; k++) await app.call('voting.cast', { roundId: round.id, participantId: eva.id, itemId: clusters[i]!.id });
    }
    expect((await app.fail('outcome.prioritiseTop', { roundId: round.id })).code).toBe('votes_hidden');
    await app.call('voting.reveal', { roundId: round.id, revealed: true });
    const prioritised = await app.call('outcome.prioritiseTop', { roundId: round.id });
    expect(prioritised.map((o) => o.itemId)).toEqual(clusters.slice(0, 3).map((c) => c.id));

    await app.call('outcome.set', { workshopId: workshop.id, itemId: clusters[4]!.id, kind: 'cluster', status: 'outside_mandate', handedTo: 'Regionens bemanningsenhet', comment: 'Utanför vårt mandat' });
    const areas = await app.call('improvementArea.list', { programmeId: workshop.programmeId });
    expect(areas.map((a) => [a.title, a.level, a.workshopTitle])).toEqual(headings.slice(0, 3).map((h) => [h, 'lokal', workshop.title]));
    await app.call('improvementArea.update', { id: areas[0]!.id, level: 'lansgemensam' });

    await app.call('outcome.set', { workshopId: workshop.id, itemId: clusters[2]!.id, kind: 'cluster', status: null });
    expect(await app.call('improvementArea.list', { programmeId: workshop.programmeId })).toHaveLength(2);
    await app.call('history.undo', {});
    expect(await app.call('improvementArea.list', { programmeId: workshop.programmeId })).toHaveLength(3);

    // Detail the summary must carry: a description, strengths and a note that joined no cluster.
    await app.call('cluster.update', { id: clusters[0]!.id, description: 'Två listor i två journaler', strengths: ['Läkemedelsgenomgång', 'Apotekare på avdelningen'] });
    await addNotes(app, workshop.id, ['Tolk bokas inte']);

    const workbook = await exportedSummary(app, workshop.id);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Workshop', 'Prioriterat', 'Handlingsplan', 'Överlämnat', 'Röstning', 'Kluster', 'Lappar', 'Deltagare']);
    const sheet = (name: string) => rowsOf(workbook.getWorksheet(name)!);
    expect(sheet('Workshop')[0]).toEqual(['Titel', workshop.title]);
    expect(sheet('Prioriterat').slice(1)).toEqual([
      ['Läkemedelslistan', '', 'Länsgemensam', 3],
      ['SIP i tid', '', 'Lokal', 2],
      ['Dokumentation', '', 'Lokal', 1],
    ]);
    expect(sheet('Överlämnat')[1]).toEqual(['Läkarbemanning', 'Regionens bemanningsenhet', 'Utanför vårt mandat', 0]);
    expect(sheet('Röstning')[0]).toEqual(['Plats', 'Rubrik', 'Röster', 'Kommun', 'Region', 'Privat', 'Annan', 'Fyrfält', 'Beslut']);
    expect(sheet('Röstning').slice(1, 4)).toEqual([
      ['Omgång 1'],
      [1, 'Läkemedelslistan', 3, 0, 3, 0, 0, 'Komplext, kort sikt', 'Prioriterad'],
      [2, 'SIP i tid', 2, 0, 2, 0, 0, 'Inte placerad', 'Prioriterad'],
    ]);
    expect(sheet('Röstning').at(-1)).toEqual(['Totalt', '', 6, 0, 6, 0, 0]);
    expect(sheet('Kluster')[1]).toEqual(['Läkemedelslistan', 1, 'Två listor i två journaler', 'Läkemedelsgenomgång\nApotekare på avdelningen', 'Komplext, kort sikt', 3]);
    expect(sheet('Deltagare').slice(1)).toEqual([['Vårdcentralen', 'Eva', 'Region', 'Läkare']]);

    // Every note, the free one too, exactly as the summary on screen lists them.
    const board = await app.call('board.get', { workshopId: workshop.id });
    const screen = buildSummary(await app.call('workshop.summary', { workshopId: workshop.id }), { names: true, language: 'sv' });
    const listed = sheet('Lappar').slice(1);
    expect(listed).toHaveLength(board.notes.length);
    expect(listed).toEqual([
      ...screen.detail.clusters.flatMap((c) => c.notes.map((n) => [c.heading, n.text])),
      ...screen.detail.freeNotes.map((n) => ['(inget kluster)', n.text]),
    ]);
    expect(listed.at(-1)).toEqual(['(inget kluster)', 'Tolk bokas inte']);
    // …and as the board export does: the same notes in the same order, the same descriptions and strengths.
    const boardFile = await app.call('board.exportXlsx', { workshopId: workshop.id });
    const boardBook = new ExcelJS.Workbook();
    await boardBook.xlsx.load(Buffer.from(boardFile.base64, 'base64') as unknown as ArrayBuffer);
    expect(listed).toEqual(rowsOf(boardBook.getWorksheet('Lappar')!).slice(1).map((row) => row.slice(0, 2)));
    expect(sheet('Kluster').slice(1).map((row) => row.slice(0, 4))).toEqual(rowsOf(boardBook.getWorksheet('Kluster')!).slice(1));

    // For sharing: organisations only, and no name anywhere in the file.
    const shared = await exportedSummary(app, workshop.id, false);
    expect(rowsOf(shared.getWorksheet('Deltagare')!)).toEqual([
      ['Organisation', 'Huvudman', 'Antal deltagare'],
      ['Vårdcentralen', 'Region', 1],
    ]);
    expect(rowsOf(shared.getWorksheet('Workshop')!).at(-1)).toEqual(['Deltagarnas namn', 'Utelämnade, bara organisationer']);
    const cells = shared.worksheets.flatMap((ws) => rowsOf(ws).flat()).map(String);
    expect(cells.some((cell) => cell.includes('Eva') || cell.includes('Läkare'))).toBe(false);
  });

  it('refuse an outcome for an item of another workshop', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan', date: null, type: 'ledning', goals: '' });
    const cluster = await app.call('cluster.create', { workshopId: other.id, heading: 'X', noteIds: [] });
    const error = await app.fail('outcome.set', { workshopId: workshop.id, itemId: cluster.id, kind: 'cluster', status: 'prioritised' });
    expect(error.code).toBe('validation_failed');
    expect(await app.call('improvementArea.list', { programmeId: workshop.programmeId })).toEqual([]);
  });

  it('keep a handover when the item is later prioritised, and skip it in "top three"', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: 'Läkarbemanning', noteIds: [] });
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    await app.call('outcome.set', { workshopId: workshop.id, itemId: cluster.id, kind: 'cluster', status: 'outside_mandate', handedTo: 'Regionen', comment: 'Bemanning' });
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: {} })).round;
    await app.call('voting.cast', { roundId: round.id, participantId: eva.id, itemId: cluster.id });
    await app.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(await app.call('outcome.prioritiseTop', { roundId: round.id })).toEqual([]);
    const outcome = await app.call('outcome.set', { workshopId: workshop.id, itemId: cluster.id, kind: 'cluster', status: 'prioritised' });
    expect(outcome).toMatchObject({ status: 'prioritised', handedTo: 'Regionen', comment: 'Bemanning' });
  });
});

