import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, TRANSFER_CHUNK_BYTES, type BackupChunk } from '../../shared/data/schema';
import { backupNameFor, badBackups, goodBackup } from '../../test/support/bad-backups';
import { openTestApp, type TestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { START_BACKUPS_KEPT } from './backups';

describe('backups', () => {
  it('keep the newest start backups and every manual one', async () => {
    const dataDir = tempDir();
    let clock = Date.parse('2026-01-01T08:00:00Z');
    const tick = () => new Date((clock += 60_000));
    for (let i = 0; i < START_BACKUPS_KEPT + 3; i++) (await openTestApp({ dataDir, clock: tick })).core.close();
    const app = await openTestApp({ dataDir, clock: tick });
    await app.call('data.backup', {});
    const { backups } = await app.call('data.info', {});
    expect(backups.filter((b) => b.kind === 'start')).toHaveLength(START_BACKUPS_KEPT);
    expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(backups[0]?.kind).toBe('manual');
  });

  it('restore a backup after saving the current data, and can be reverted', async () => {
    const app = await openTestApp();
    const manual = await app.call('data.backup', {});
    await app.call('programme.create', { name: 'Efter kopian', area: '', level: 'intern', description: '' });

    const info = await app.call('data.restore', { name: manual.name });
    expect((await app.call('programme.list', {})).map((p) => p.name)).not.toContain('Efter kopian');
    const safety = info.backups.find((b) => b.kind === 'pre-restore');
    expect(safety).toBeDefined();

    await app.call('data.restore', { name: safety!.name });
    expect((await app.call('programme.list', {})).map((p) => p.name)).toContain('Efter kopian');
  });

  it('refuse names that are not backups in the folder', async () => {
    const app = await openTestApp();
    expect((await app.fail('data.restore', { name: '../samverkstad.db' })).code).toBe('validation_failed');
    expect((await app.fail('data.restore', { name: 'samverkstad-2020-01-01T00-00-00-000Z-manual.db' })).code).toBe('backup_not_found');
  });
});

const sha = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent');
const liveState = (app: TestApp) => [sha(app.core.databaseFile), sha(`${app.core.databaseFile}-wal`)];

async function upload(app: TestApp, file: string, chunkBytes = TRANSFER_CHUNK_BYTES): Promise<string> {
  const bytes = fs.readFileSync(file);
  const { uploadId } = await app.call('data.uploadStart', { sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    await app.call('data.uploadChunk', { uploadId, offset, base64: bytes.subarray(offset, offset + chunkBytes).toString('base64') });
  }
  return uploadId;
}

describe('bad backups', () => {
  it.each(badBackups.map((bad) => [bad.kind, bad] as const))('bad backup (%s): listed as such and refused from the folder and from an upload, live data untouched', async (_kind, bad) => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    const good = await goodBackup(app, dataDir);
    const name = backupNameFor(bad);
    const file = path.join(dataDir, 'backups', name);
    bad.make(good, file);
    const candidate = path.join(tempDir(), 'picked.db');
    fs.copyFileSync(file, candidate);
    const before = liveState(app);
    const backupsBefore = fs.readdirSync(path.join(dataDir, 'backups')).sort();

    expect((await app.call('data.info', {})).backups.find((b) => b.name === name)?.status).toBe(bad.status);
    const refused = await app.fail('data.restore', { name });
    expect(refused).toMatchObject({ code: bad.code, details: { name, status: bad.status } });
    if (fs.statSync(candidate).size > 0) {
      const uploadId = await upload(app, candidate);
      expect((await app.fail('data.restoreUpload', { uploadId })).code).toBe(bad.code);
    }

    expect(liveState(app)).toEqual(before);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).sort()).toEqual(backupsBefore);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('samverkstad.db.'))).toEqual([]);
    expect((await app.call('programme.list', {})).map((p) => p.name)).toEqual(['Exempel: LOS Ronneby']);
  });

  it('a copy left half-written by a killed backup is never listed and is swept at the next start', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    const { name } = await app.call('data.backup', {});
    const partial = path.join(dataDir, 'backups', `samverkstad-2026-02-01T08-00-00-000Z-manual.db.partial`);
    fs.writeFileSync(partial, fs.readFileSync(path.join(dataDir, 'backups', name)).subarray(0, 4096));
    expect((await app.call('data.info', {})).backups.map((b) => b.name)).not.toContain(path.basename(partial));
    app.core.close();
    await openTestApp({ dataDir });
    expect(fs.existsSync(partial)).toBe(false);
  });

  it('a 0-byte file under a backup name is listed as damaged, not restorable', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    const name = 'samverkstad-2026-02-01T08-00-00-000Z-manual.db';
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'backups', name), '');
    expect((await app.call('data.info', {})).backups.find((b) => b.name === name)?.status).toBe('damaged');
  });
});

describe('save a copy and restore from a file', () => {
  it('a saved copy read back in chunks is the backup byte for byte, and restoring it as an upload brings its data back', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    await app.call('programme.create', { name: 'I kopian', area: '', level: 'lokal', description: '' });
    const copy = await app.call('data.backup', {});
    const parts: Buffer[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const chunk: BackupChunk = await app.call('data.readBackup', { name: copy.name, offset });
      parts.push(Buffer.from(chunk.base64, 'base64'));
      offset = chunk.nextOffset;
    }
    const saved = path.join(tempDir(), 'kopia.db');
    fs.writeFileSync(saved, Buffer.concat(parts));
    expect(sha(saved)).toBe(sha(path.join(dataDir, 'backups', copy.name)));

    await app.call('programme.delete', { id: (await app.call('programme.list', {})).find((p) => p.name === 'I kopian')!.id });
    const uploadId = await upload(app, saved, 1000);
    const info = await app.call('data.restoreUpload', { uploadId });
    expect(info.backups.some((b) => b.kind === 'pre-restore')).toBe(true);
    expect((await app.call('programme.list', {})).map((p) => p.name)).toContain('I kopian');
    expect(fs.existsSync(path.join(dataDir, 'incoming'))).toBe(false);
  });

  it('chunks out of order, past the announced size, or a restore before all arrived are refused (and the attempt drops the upload)', async () => {
    const app = await openTestApp();
    const { uploadId } = await app.call('data.uploadStart', { sizeBytes: 6 });
    expect((await app.fail('data.uploadChunk', { uploadId, offset: 3, base64: 'YWJj' })).code).toBe('bad_request');
    await app.call('data.uploadChunk', { uploadId, offset: 0, base64: 'YWJj' });
    expect((await app.fail('data.uploadChunk', { uploadId, offset: 3, base64: 'YWJjZGVm' })).code).toBe('bad_request');
    expect((await app.fail('data.restoreUpload', { uploadId })).code).toBe('bad_request');
    expect((await app.fail('data.restoreUpload', { uploadId: 'f'.repeat(32) })).code).toBe('not_found');
    expect((await app.fail('data.uploadStart', { sizeBytes: MAX_UPLOAD_BYTES + 1 })).code).toBe('validation_failed');
  });
});

describe('one maintenance step at a time', () => {
  it('requests during a restore and a second backup during a backup get busy, then everything answers again', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    const { name } = await app.call('data.backup', {});
    const restoring = app.core.dispatch('data.restore', { name });
    const during = await Promise.all([app.fail('programme.list', {}), app.fail('data.backup', {}), app.fail('data.restore', { name })]);
    expect(during.map((e) => e.code)).toEqual(['busy', 'busy', 'busy']);
    expect((await restoring).ok).toBe(true);

    const backingUp = app.core.dispatch('data.backup', {});
    expect((await app.fail('data.backup', {})).code).toBe('busy');
    expect((await app.call('programme.list', {})).length).toBe(1);
    expect((await backingUp).ok).toBe(true);
  });
});
