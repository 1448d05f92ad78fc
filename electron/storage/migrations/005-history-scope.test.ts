import { describe, expect, it } from 'vitest';
import { addNotes, exampleWorkshop } from '../../../test/support/board';
import { openTestApp } from '../../../test/support/core';
import { tempDir } from '../../../test/support/temp-dir';
import { openDatabase } from '../database';
import { migrations } from './index';

const scopes = (file: string) => {
  const db = openDatabase(file);
  const rows = db.prepare('SELECT id, method, scope, actor FROM change_batch ORDER BY id').all();
  db.close();
  return rows;
};

describe('migration 005: history scope', () => {
  it('gives the batches of a v4 file the document their rows belong to, by the same rules as new changes', async () => {
    const dataDir = tempDir();
    // Written by today's app, whose deletes reach tables of later versions too; the file is turned back into version 4's below.
    const app = await openTestApp({ dataDir });
    // Made without a page scope, so the core derives each batch's document
    // the way the migration must derive it for old batches.
    const workshop = await exampleWorkshop(app);
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Andra', date: null, type: 'ledning', goals: '' });
    const [note] = await addNotes(app, workshop.id, ['Läkemedel']);
    const [voted] = await addNotes(app, other.id, ['Annan']);
    await app.call('matrix.place', { workshopId: other.id, placements: [{ itemId: voted!.id, kind: 'note', x: 0.5, y: 0.5 }] });
    const round = (await app.call('voting.start', { workshopId: other.id, settings: { mode: 'paper', scope: { kind: 'selection', itemIds: [voted!.id] } } })).round;
    await app.call('voting.setPaperCount', { roundId: round.id, itemId: voted!.id, count: 3 });
    await app.call('workshop.delete', { id: other.id });
    await app.call('note.update', { id: note!.id, text: 'Läkemedel vid hemgång' });
    await app.call('history.undo', {});
    await app.call('programme.update', { id: workshop.programmeId, name: 'Nytt namn' });
    await app.call('programme.create', { name: 'Andra programmet', area: '', level: 'lokal', description: '' });
    app.core.close();

    const recorded = scopes(app.core.databaseFile);
    expect(recorded.map((b) => (b as { scope: string }).scope)).toEqual([
      `programme:${workshop.programmeId}`,
      `workshop:${workshop.id}`,
      `workshop:${other.id}`,
      `workshop:${other.id}`,
      `workshop:${other.id}`,
      `workshop:${other.id}`,
      `programme:${workshop.programmeId}`,
      `workshop:${workshop.id}`,
      'home',
      'home',
    ]);

    // The same file as version 4 wrote it: no scope or actor on the batches.
    const db = openDatabase(app.core.databaseFile);
    // Tables and columns of later versions are empty here, and version 4 had none of them.
    const later = migrations.slice(5).flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]!));
    db.exec(later.reverse().map((table) => `DROP TABLE ${table};`).join(' '));
    const added = migrations.slice(5).flatMap((m) => [...m.sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g)]);
    db.exec(added.map(([, table, column]) => `ALTER TABLE ${table} DROP COLUMN ${column};`).join(' '));
    db.exec('DROP INDEX change_batch_scope; ALTER TABLE change_batch DROP COLUMN scope; ALTER TABLE change_batch DROP COLUMN actor;');
    db.pragma('user_version = 4');
    db.close();

    const upgraded = await openTestApp({ dataDir });
    expect(scopes(upgraded.core.databaseFile)).toEqual(recorded);
    expect(recorded.every((b) => (b as { actor: string }).actor === 'local')).toBe(true);
    // The workshop's redo survived too.
    expect(await upgraded.in(`workshop:${workshop.id}`).call('history.state', {})).toMatchObject({ undo: 'note.create', redo: 'note.update' });
  });
});
