import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';

const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

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

    const file = await app.call('workshop.exportSummary', { workshopId: workshop.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Workshop', 'Deltagare', 'Kluster och lappar', 'Röstning', 'Prioriterat', 'Överlämnat']);
    const [facts, people, , votes, areasSheet, handed] = workbook.worksheets;
    expect(rowsOf(facts!)[0]).toEqual(['Titel', workshop.title]);
    expect(rowsOf(people!)[1]).toEqual(['Vårdcentralen', 'Eva', 'Region', 'Läkare']);
    expect(rowsOf(votes!).slice(1, 4)).toEqual([
      ['Omgång 1'],
      [1, 'Läkemedelslistan', 3, 'Komplext, kort sikt'],
      [2, 'SIP i tid', 2, 'Inte placerad'],
    ]);
    expect(rowsOf(areasSheet!)[1]).toEqual(['Läkemedelslistan', 'Länsgemensam', 3]);
    expect(rowsOf(handed!)[1]).toEqual(['Läkarbemanning', 'Regionens bemanningsenhet', 'Utanför vårt mandat']);
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

