/**
 * A backup is restored as a whole SQLite file, so a map's rows are whatever
 * that file holds. The restore check runs integrity_check on a read-only
 * connection, where SQLite does not verify CHECK constraints: an element of
 * a kind migration 008 never allowed gets through. Its map must then refuse
 * to open by name, and the rest of the app, the map list and deleting the
 * map must keep working.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';
import { tempDir } from '../../../test/support/temp-dir';

/** Writes into the app's latest backup with raw SQL, as another program could, and returns its name. */
async function editedBackup(app: TestApp, dataDir: string, edit: (db: Database.Database) => void): Promise<string> {
  const { name } = await app.call('data.backup', {});
  const db = new Database(path.join(dataDir, 'backups', name));
  try {
    edit(db);
  } finally {
    db.close();
  }
  return name;
}

const copyOfElement = (db: Database.Database, fromId: string, fields: Record<string, string>) => {
  const id = randomUUID();
  const sets = Object.keys(fields).map((column) => `${column} = @${column}`);
  db.prepare('CREATE TEMP TABLE copied AS SELECT * FROM map_element WHERE id = ?').run(fromId);
  db.prepare(`UPDATE temp.copied SET id = @id${sets.length > 0 ? ', ' : ''}${sets.join(', ')}`).run({ id, ...fields });
  db.exec('INSERT INTO main.map_element SELECT * FROM temp.copied; DROP TABLE temp.copied');
  return id;
};

async function twoMaps() {
  const dataDir = tempDir();
  const app = await openTestApp({ dataDir });
  const broken = await newMap(app);
  const sound = await newMap(app, 'home_care', 'onskat');
  return { dataDir, app, broken, sound };
}

describe('a restored map with parts this app cannot read', () => {
  it('refuses an element of an unknown kind by name on that map alone; the rest of the app and deleting the map work', async () => {
    const { dataDir, app, broken, sound } = await twoMaps();
    let strange = '';
    const name = await editedBackup(app, dataDir, (db) => {
      db.pragma('ignore_check_constraints = ON');
      strange = copyOfElement(db, broken.view.elements[0]!.id, { kind: 'swimming_pool' });
    });
    await app.call('data.restore', { name });

    const refusal = { code: 'map_unreadable', details: { table: 'map_element', id: strange, field: 'kind' } };
    expect(await app.fail('processMap.get', { id: broken.map.id })).toMatchObject(refusal);
    expect(await app.fail('processMap.exportSvg', { id: broken.map.id })).toMatchObject(refusal);
    expect(await app.fail('processMap.exportFile', { id: broken.map.id })).toMatchObject(refusal);
    expect(await app.fail('processMap.createCounterpart', { counterpartOf: broken.map.id, copy: true })).toMatchObject(refusal);
    expect(await app.call('processMap.list', { programmeId: broken.map.programmeId })).toHaveLength(2);
    expect((await app.call('processMap.get', { id: sound.map.id })).elements).toHaveLength(sound.view.elements.length);
    expect((await app.call('programme.get', { id: broken.map.programmeId })).id).toBe(broken.map.programmeId);

    // Deleting the map is how the user gets rid of it. Undo would write back a row the live schema refuses,
    // so that step is dropped like any other that can no longer apply, and nothing is written.
    await app.call('processMap.delete', { id: broken.map.id });
    expect(await app.call('processMap.list', { programmeId: broken.map.programmeId })).toHaveLength(1);
    expect(await app.fail('history.undo', {})).toMatchObject({ code: 'undo_conflict', details: { method: 'processMap.delete' } });
    expect(await app.call('processMap.list', { programmeId: broken.map.programmeId })).toHaveLength(1);
    expect((await app.call('processMap.get', { id: sound.map.id })).map.id).toBe(sound.map.id);
  });

  it('refuses an arrow to an element that is not there, naming the arrow', async () => {
    const { dataDir, app, broken } = await twoMaps();
    const arrow = broken.view.arrows[0]!;
    const name = await editedBackup(app, dataDir, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('UPDATE map_arrow SET to_id = ? WHERE id = ?').run(randomUUID(), arrow.id);
    });
    await app.call('data.restore', { name });
    expect(await app.fail('processMap.get', { id: broken.map.id })).toMatchObject({ code: 'map_unreadable', details: { table: 'map_arrow', id: arrow.id, field: 'to' } });
  });
});
