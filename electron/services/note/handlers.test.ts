import { describe, expect, it } from 'vitest';
import { intersects, layoutBoard, noteRect, occupiedRects } from '../../../shared/board/layout';
import { openTestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';

describe('note handlers', () => {
  it('capture notes onto free cells, keep text as typed, and restore after undo of a delete', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const notes = await addNotes(app, workshop.id, ['SIP kallas för sent', '<img src=x onerror=alert(1)>', 'Rad ett\nrad två']);
    for (let i = 0; i < notes.length; i++) {
      for (let j = i + 1; j < notes.length; j++) expect(intersects(noteRect(notes[i]!), noteRect(notes[j]!))).toBe(false);
    }
    expect(notes[1]!.text).toBe('<img src=x onerror=alert(1)>');

    await app.call('note.delete', { ids: [notes[0]!.id, notes[2]!.id] });
    expect((await app.call('board.get', { workshopId: workshop.id })).notes).toHaveLength(1);
    await app.call('history.undo', {});
    expect((await app.call('board.get', { workshopId: workshop.id })).notes).toEqual(notes);
  });

  it('refuse an empty note and a note over 500 characters, saving nothing', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    for (const text of ['', '   \n ', 'x'.repeat(501)]) {
      const error = await app.fail('note.create', { workshopId: workshop.id, text, colour: 'yellow', authorId: null });
      expect(error.code).toBe('validation_failed');
    }
    expect((await app.call('board.get', { workshopId: workshop.id })).notes).toEqual([]);
    expect((await app.call('note.create', { workshopId: workshop.id, text: 'y'.repeat(500), colour: 'blue', authorId: null })).text).toHaveLength(500);
  });

  it('make notes anonymous when their author is removed; undo gives the author back', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const author = await app.call('participant.create', { workshopId: workshop.id, name: 'Anna', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Sjuksköterska' });
    const note = await app.call('note.create', { workshopId: workshop.id, text: 'Hemgång', colour: 'green', authorId: author.id });
    await app.call('participant.delete', { id: author.id });
    expect((await app.call('board.get', { workshopId: workshop.id })).notes[0]!.authorId).toBeNull();
    await app.call('history.undo', {});
    expect((await app.call('board.get', { workshopId: workshop.id })).notes[0]).toEqual(note);
  });

  it('refuse an author from another workshop', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan', date: null, type: 'ledning', goals: '' });
    const stranger = await app.call('participant.create', { workshopId: other.id, name: 'Bo', organisation: '', huvudman: 'region', role: '' });
    const error = await app.fail('note.create', { workshopId: workshop.id, text: 'X', colour: 'yellow', authorId: stranger.id });
    expect(error.code).toBe('validation_failed');
  });

  it('move a selection in one undo step and duplicate notes', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const [a, b] = await addNotes(app, workshop.id, ['A', 'B']);
    await app.call('board.move', { notes: [{ id: a!.id, x: 500, y: 600 }, { id: b!.id, x: 700, y: 600 }], clusters: [] });
    const copies = await app.call('note.duplicate', { ids: [a!.id] });
    expect(copies[0]).toMatchObject({ text: 'A', x: 524, y: 624 });
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    const board = await app.call('board.get', { workshopId: workshop.id });
    expect(board.notes.map((n) => [n.x, n.y])).toEqual([[a!.x, a!.y], [b!.x, b!.y]]);
  });

  it('restyle several notes in one undo step', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    const notes = await addNotes(app, workshop.id, ['A', 'B', 'C']);
    const restyled = await app.call('note.restyle', { ids: notes.map((n) => n.id), colour: 'green', authorId: eva.id });
    expect(restyled.map((n) => [n.colour, n.authorId])).toEqual(Array(3).fill(['green', eva.id]));
    expect((await app.call('history.undo', {})).method).toBe('note.restyle');
    expect((await app.call('board.get', { workshopId: workshop.id })).notes).toEqual(notes);
  });

  it('refuse to move notes of two workshops in one request', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan', date: null, type: 'ledning', goals: '' });
    const [mine] = await addNotes(app, workshop.id, ['Min']);
    const [theirs] = await addNotes(app, other.id, ['Deras']);
    const error = await app.fail('board.move', { notes: [{ id: mine!.id, x: 1, y: 1 }, { id: theirs!.id, x: 2, y: 2 }], clusters: [] });
    expect(error.code).toBe('validation_failed');
    expect((await app.call('board.get', { workshopId: other.id })).notes).toEqual([theirs]);
  });

  it('take a note out of its cluster without a drop point onto a free spot, and put it back with undo', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const notes = await addNotes(app, workshop.id, ['Kallelsen kommer sent', 'Ingen vet vem som kallar', 'SIP utan patienten', 'Fel tid på dagen']);
    const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: 'SIP kallas för sent', noteIds: notes.map((n) => n.id) });
    const before = await app.call('board.get', { workshopId: workshop.id });

    await app.call('note.setCluster', { ids: [notes[0]!.id], clusterId: null });
    const board = await app.call('board.get', { workshopId: workshop.id });
    const freed = board.notes.find((n) => n.id === notes[0]!.id)!;
    expect(freed.clusterId).toBeNull();
    const others = layoutBoard(board.notes.filter((n) => n.id !== freed.id), board.clusters);
    expect(occupiedRects(others).some((r) => intersects(r, noteRect(freed)))).toBe(false);
    expect(board.clusters.map((c) => c.id)).toEqual([cluster.id]);

    await app.call('history.undo', {});
    expect(await app.call('board.get', { workshopId: workshop.id })).toEqual(before);
  });
});
