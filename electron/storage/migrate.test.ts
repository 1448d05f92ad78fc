import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../app/open-app';
import { openTestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { openDatabase, schemaVersion } from './database';
import { migrations } from './migrations';
import { writeRow } from './rows';

const listDir = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * What every app version so far writes for a new programme: the row and one
 * journaled batch. Written directly, since today's handlers record columns
 * (such as the batch's scope) that older files do not have yet.
 */
function createProgrammeAsOlderApp(file: string, name: string): string {
  const db = openDatabase(file);
  const id = randomUUID();
  const now = new Date().toISOString();
  const row = { id, name, area: '', level: 'lokal', description: '', is_example: 0, created_at: now, updated_at: now };
  db.transaction(() => {
    writeRow(db, 'programme', id, row);
    const batch = db.prepare('INSERT INTO change_batch (method, at) VALUES (?, ?)').run('programme.create', now).lastInsertRowid;
    db.prepare('INSERT INTO change_journal (batch_id, entity, entity_id, before, after, at) VALUES (?, ?, ?, NULL, ?, ?)').run(batch, 'programme', id, JSON.stringify(row), now);
  })();
  db.close();
  return id;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('migrate an empty folder, seed the example once, and reopen without changes', async () => {
    const dataDir = tempDir();
    const first = await openTestApp({ dataDir });
    const programmes = await first.call('programme.list', {});
    expect(programmes).toHaveLength(1);
    expect(programmes[0]).toMatchObject({ name: 'Exempel: LOS Ronneby', isExample: true, workshopCount: 1 });
    first.core.close();

    const again = await openTestApp({ dataDir });
    expect(await again.call('programme.list', {})).toEqual(programmes);
    expect((await again.call('data.info', {})).schemaVersion).toBe(migrations.length);
  });

  it.each(migrations.slice(1).map((m) => [m.version, m.name] as const))('upgrade a file made before migration %i (%s), keeping its data', async (version) => {
    const dataDir = tempDir();
    const older = await openTestApp({ dataDir, migrations: migrations.filter((m) => m.version < version) });
    older.core.close();
    const id = createProgrammeAsOlderApp(older.core.databaseFile, `Före v${version}`);
    const current = await openTestApp({ dataDir });
    expect((await current.call('programme.get', { id })).name).toBe(`Före v${version}`);
    expect((await current.call('data.info', {})).schemaVersion).toBe(migrations.length);
    await current.call('history.undo', {});
    expect((await current.fail('programme.get', { id })).code).toBe('not_found');
  });

  it('upgrade a v3 file with voters: everyone stays listed, and a voter removed after the round closed keeps its dots', async () => {
    const dataDir = tempDir();
    const older = await openTestApp({ dataDir, migrations: migrations.filter((m) => m.version <= 3) });
    const [programme] = await older.call('programme.list', {});
    const [workshop] = await older.call('workshop.list', { programmeId: programme!.id });
    older.core.close();
    // Rows as version 3 of the app wrote them, before participants could be removed softly.
    const ids = { voter: randomUUID(), cluster: randomUUID(), round: randomUUID() };
    const now = '2026-01-01T10:00:00.000Z';
    const v3 = openDatabase(older.core.databaseFile);
    v3.prepare('INSERT INTO participant (id, workshop_id, name, huvudman, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(ids.voter, workshop!.id, 'Anna Berg', 'kommun', now, now);
    v3.prepare('INSERT INTO cluster (id, workshop_id, heading, x, y, created_at, updated_at) VALUES (?, ?, ?, 0, 0, ?, ?)').run(ids.cluster, workshop!.id, 'Läkemedel', now, now);
    v3.prepare(
      `INSERT INTO vote_round (id, workshop_id, number, status, mode, dots_per_participant, votable_item_ids, anonymous, revealed, created_at, updated_at)
       VALUES (?, ?, 1, 'closed', 'participants', 3, ?, 0, 1, ?, ?)`,
    ).run(ids.round, workshop!.id, JSON.stringify([ids.cluster]), now, now);
    v3.prepare('INSERT INTO vote (id, round_id, participant_id, item_id, created_at) VALUES (?, ?, ?, ?, ?)').run(randomUUID(), ids.round, ids.voter, ids.cluster, now);
    v3.close();

    const current = await openTestApp({ dataDir });
    expect((await current.call('participant.list', { workshopId: workshop!.id })).map((p) => p.name)).toContain('Anna Berg');
    await current.call('participant.delete', { id: ids.voter as never });
    const [state] = await current.call('voting.rounds', { workshopId: workshop!.id });
    expect([state!.totalDots, state!.dotsFromRemoved, state!.results![0]!.byHuvudman]).toEqual([1, 1, { kommun: 1 }]);
    expect((await current.call('participant.list', { workshopId: workshop!.id })).map((p) => p.name)).not.toContain('Anna Berg');
  });

  it('sets WAL and foreign keys on the file', async () => {
    const app = await openTestApp();
    app.core.close();
    const db = openDatabase(app.core.databaseFile);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuse a file from a newer app version and leave it untouched', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    app.core.close();
    const db = openDatabase(app.core.databaseFile);
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    const before = sha(app.core.databaseFile);
    const backupsBefore = listDir(path.join(dataDir, 'backups'));

    await expect(openApp({ dataDir })).rejects.toMatchObject({ code: 'db_too_new' });
    expect(sha(app.core.databaseFile)).toBe(before);
    expect(listDir(path.join(dataDir, 'backups'))).toEqual(backupsBefore);
    expect(fs.existsSync(`${app.core.databaseFile}-wal`)).toBe(false);
  });

  it('write a backup of the old file before migrating it', async () => {
    const dataDir = tempDir();
    const old = await openTestApp({ dataDir });
    await old.call('programme.create', { name: 'Före uppgradering', area: '', level: 'lokal', description: '' });
    old.core.close();

    const next = [...migrations, { version: migrations.length + 1, name: 'test-step', sql: 'CREATE TABLE later_feature (id TEXT PRIMARY KEY);' }];
    const upgraded = await openTestApp({ dataDir, migrations: next });
    const info = await upgraded.call('data.info', {});
    expect(info.schemaVersion).toBe(next.length);
    const preMigration = info.backups.filter((b) => b.kind === 'pre-migration');
    expect(preMigration).toHaveLength(1);

    const copy = openDatabase(path.join(dataDir, 'backups', preMigration[0]!.name), { readonly: true });
    expect(schemaVersion(copy)).toBe(migrations.length);
    expect(copy.prepare('SELECT name FROM programme').pluck().all()).toContain('Före uppgradering');
    copy.close();
  });
});
