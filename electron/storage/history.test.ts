import { describe, expect, it } from 'vitest';
import { addNotes, exampleWorkshop } from '../../test/support/board';
import { openTestApp, type TestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { openDatabase } from './database';
import { HISTORY_LIMIT } from './history';

async function twoWorkshops(app: TestApp) {
  const first = await exampleWorkshop(app);
  const programme = `programme:${first.programmeId}`;
  const second = await app.in(programme).call('workshop.create', { programmeId: first.programmeId, title: 'Uppföljning', date: null, type: 'uppfoljning', goals: '' });
  return { programme, a: first, b: second, inA: app.in(`workshop:${first.id}`), inB: app.in(`workshop:${second.id}`) };
}

const noteTexts = async (app: TestApp, workshopId: string) => (await app.call('board.get', { workshopId: workshopId as never })).notes.map((n) => n.text).sort();

describe('history scoped to the document the user works in', () => {
  it('undo in one workshop never reaches another workshop or the programme', async () => {
    const app = await openTestApp();
    const { programme, a, b, inA, inB } = await twoWorkshops(app);
    await addNotes(inA, a.id, ['A1', 'A2']);
    await addNotes(inB, b.id, ['B1']);
    await app.in(programme).call('programme.update', { id: a.programmeId, name: 'Nytt namn' });

    expect(await inB.call('history.state', {})).toMatchObject({ undo: 'note.create', redo: null });
    expect((await inB.call('history.undo', {})).method).toBe('note.create');
    expect(await noteTexts(app, b.id)).toEqual([]);
    expect(await noteTexts(app, a.id)).toEqual(['A1', 'A2']);
    expect((await app.call('programme.get', { id: a.programmeId })).name).toBe('Nytt namn');
    // Creating workshop B happened on the programme page, so it is not B's to undo.
    expect((await inB.fail('history.undo', {})).code).toBe('nothing_to_undo');

    // A new change in A keeps B's redo; B's redo brings back B's note only.
    await addNotes(inA, a.id, ['A3']);
    expect((await inB.call('history.redo', {})).method).toBe('note.create');
    expect(await noteTexts(app, b.id)).toEqual(['B1']);
    expect(await noteTexts(app, a.id)).toEqual(['A1', 'A2', 'A3']);
    expect(await app.in(programme).call('history.state', {})).toMatchObject({ undo: 'programme.update' });
  });

  it('the scope names a history explicitly too, and a new change drops only its own scope’s redo', async () => {
    const app = await openTestApp();
    const { a, b, inA, inB } = await twoWorkshops(app);
    await addNotes(inA, a.id, ['A1']);
    await addNotes(inB, b.id, ['B1']);
    await app.call('history.undo', { scope: `workshop:${a.id}` as never });
    await app.call('history.undo', { scope: `workshop:${b.id}` as never });
    await addNotes(inB, b.id, ['B2']);
    expect(await inA.call('history.state', {})).toMatchObject({ undo: null, redo: 'note.create' });
    expect(await inB.call('history.state', {})).toMatchObject({ undo: 'note.create', redo: null });
  });

  it('a closed voting round is not reopened by undo in another workshop', async () => {
    const app = await openTestApp();
    const { a, b, inA, inB } = await twoWorkshops(app);
    const [note] = await addNotes(inA, a.id, ['Läkemedel']);
    await inA.call('matrix.place', { workshopId: a.id, placements: [{ itemId: note!.id, kind: 'note', x: 0.5, y: 0.5 }] });
    const round = (await inA.call('voting.start', { workshopId: a.id, settings: { scope: { kind: 'selection', itemIds: [note!.id] } } })).round;
    await inA.call('voting.setStatus', { roundId: round.id, status: 'closed' });
    await addNotes(inB, b.id, ['B1']);
    await inB.call('history.undo', {});
    expect((await inB.fail('history.undo', {})).code).toBe('nothing_to_undo');
    expect((await app.call('voting.rounds', { workshopId: a.id }))[0]!.round.status).toBe('closed');
  });

  it('refuses a step whose rows were changed elsewhere, changes nothing, and drops that step', async () => {
    const app = await openTestApp();
    const { programme, a, inA } = await twoWorkshops(app);
    const [first, second] = await addNotes(inA, a.id, ['Ett', 'Två']);
    await inA.call('note.restyle', { ids: [first!.id, second!.id], colour: 'pink' });
    // The same note changed from another page: the restyle can no longer be undone as it was.
    await app.in(programme).call('note.update', { id: second!.id, text: 'Två, ändrad' });

    const refused = await inA.fail('history.undo', {});
    expect(refused.code).toBe('undo_conflict');
    expect(refused.details).toEqual({ method: 'note.restyle', direction: 'undo', rows: [{ entity: 'note', id: second!.id }] });
    const board = await app.call('board.get', { workshopId: a.id });
    expect(board.notes.map((n) => [n.text, n.colour]).sort()).toEqual([
      ['Ett', 'pink'],
      ['Två, ändrad', 'pink'],
    ]);
    // The refused step is gone, so the next undo reaches further back; the
    // other page's step is still its to undo.
    expect(await inA.call('history.state', {})).toMatchObject({ undo: 'note.create', redo: null });
    expect((await app.in(programme).call('history.undo', {})).method).toBe('note.update');
    expect(await noteTexts(app, a.id)).toEqual(['Ett', 'Två']);
    // Older steps meet the same check: the note is pink now, not as it was created.
    expect((await inA.fail('history.undo', {})).code).toBe('undo_conflict');
    expect(await noteTexts(app, a.id)).toEqual(['Ett', 'Två']);
  });

  it('refuses an undo that would leave a reference dangling, changing nothing', async () => {
    const app = await openTestApp();
    const { programme, a, inA } = await twoWorkshops(app);
    const [note] = await addNotes(inA, a.id, ['Fri lapp']);
    const cluster = await inA.call('cluster.create', { workshopId: a.id, heading: 'Hemgång', noteIds: [] });
    await app.in(programme).call('note.setCluster', { ids: [note!.id], clusterId: cluster.id });

    // The cluster row itself is as created; only the note pointing at it would break.
    expect(await inA.fail('history.undo', {})).toMatchObject({ code: 'undo_conflict', details: { method: 'cluster.create', rows: [] } });
    const board = await app.call('board.get', { workshopId: a.id });
    expect(board.clusters.map((c) => c.heading)).toEqual(['Hemgång']);
    expect(board.notes[0]!.clusterId).toBe(cluster.id);
  });

  it('refuses a redo over rows changed since, and clears that scope’s redo branch', async () => {
    const app = await openTestApp();
    const { programme, a, inA } = await twoWorkshops(app);
    const [note] = await addNotes(inA, a.id, ['Original']);
    await inA.call('note.update', { id: note!.id, text: 'Steg 1' });
    await inA.call('note.update', { id: note!.id, text: 'Steg 2' });
    await inA.call('history.undo', {});
    await inA.call('history.undo', {});
    await app.in(programme).call('note.update', { id: note!.id, text: 'Annan sida' });

    const refused = await inA.fail('history.redo', {});
    expect(refused).toMatchObject({ code: 'undo_conflict', details: { method: 'note.update', direction: 'redo' } });
    expect(await noteTexts(app, a.id)).toEqual(['Annan sida']);
    expect(await inA.call('history.state', {})).toMatchObject({ undo: 'note.create', redo: null });
  });

  it('keeps each scope’s history when the file is reopened', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    const { a, b, inA, inB } = await twoWorkshops(app);
    await addNotes(inA, a.id, ['A1', 'A2']);
    await addNotes(inB, b.id, ['B1']);
    app.core.close();

    const again = await openTestApp({ dataDir });
    await again.in(`workshop:${a.id}`).call('history.undo', {});
    expect(await noteTexts(again, a.id)).toEqual(['A1']);
    expect(await noteTexts(again, b.id)).toEqual(['B1']);
    expect(await again.in(`workshop:${b.id}`).call('history.state', {})).toMatchObject({ undo: 'note.create', redo: null });
  });

  it('keeps the newest steps per scope, so a busy workshop does not push out another’s history', async () => {
    const app = await openTestApp();
    const { a, b, inA, inB } = await twoWorkshops(app);
    await addNotes(inB, b.id, ['B1']);
    const [note] = await addNotes(inA, a.id, ['A']);
    for (let i = 0; i < HISTORY_LIMIT; i++) await inA.call('note.update', { id: note!.id, text: `A ${i}` });
    const db = openDatabase(app.core.databaseFile);
    const counts = db.prepare('SELECT scope, count(*) AS n FROM change_batch GROUP BY scope').all();
    db.close();
    expect(counts).toContainEqual({ scope: `workshop:${a.id}`, n: HISTORY_LIMIT });
    expect(counts).toContainEqual({ scope: `workshop:${b.id}`, n: 1 });
  });

  it('refuses a malformed scope before anything changes', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    for (const scope of ['workshop:1', 'everything', 'workshop:' + workshop.id + ' ']) {
      expect((await app.in(scope).fail('note.create', { workshopId: workshop.id, text: 'x', colour: 'yellow', authorId: null })).code).toBe('bad_request');
    }
    expect((await app.core.dispatch('history.state', {}, { scope: 'home', extra: 1 }))).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await noteTexts(app, workshop.id)).toEqual([]);
  });

  it('without a scope, a change belongs to the document its rows are in', async () => {
    const app = await openTestApp();
    const { programme, a, b } = await twoWorkshops(app);
    await addNotes(app, a.id, ['A1']);
    expect(await app.in(`workshop:${a.id}`).call('history.state', {})).toMatchObject({ undo: 'note.create' });
    await app.call('workshop.delete', { id: b.id });
    expect(await app.in(programme).call('history.state', {})).toMatchObject({ undo: 'workshop.delete' });
    await app.call('programme.update', { id: a.programmeId, description: 'Ny' });
    expect(await app.in('home').call('history.state', {})).toMatchObject({ undo: 'programme.update' });
  });
});
