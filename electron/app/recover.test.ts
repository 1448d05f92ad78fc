import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corruptMiddlePage, fillWithProgrammes } from '../../test/support/bad-backups';
import { openTestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { openApp } from './open-app';
import { restoreNewestBackup } from './recover';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A closed data folder with one sound start backup and a live file grown to many pages. */
async function folderWithBackup(): Promise<{ dataDir: string; file: string; backup: string }> {
  const dataDir = tempDir();
  const first = await openTestApp({ dataDir });
  await first.call('programme.create', { name: 'Före skadan', area: '', level: 'lokal', description: '' });
  first.core.close();
  const second = await openTestApp({ dataDir });
  const [backup] = (await second.call('data.info', {})).backups;
  second.core.close();
  fillWithProgrammes(second.core.databaseFile);
  return { dataDir, file: second.core.databaseFile, backup: backup!.name };
}

const damages = {
  truncated: (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 4096 / 2) * 4096),
  'a page overwritten with garbage': corruptMiddlePage,
  'text instead of SQLite': (file: string) => fs.writeFileSync(file, 'inte en databas\n'.repeat(100)),
};

describe('start with a damaged database', () => {
  it.each(Object.entries(damages))('%s: refused as db_damaged naming the newest sound backup, then recovered from it', async (_kind, damage) => {
    const { dataDir, file, backup } = await folderWithBackup();
    damage(file);
    const damagedHash = sha(file);

    await expect(openApp({ dataDir })).rejects.toMatchObject({ code: 'db_damaged', details: { newestGoodBackup: backup } });
    expect(sha(file)).toBe(damagedHash);

    const recovery = restoreNewestBackup(dataDir, { clock: () => new Date('2026-03-01T10:00:00Z') });
    expect(recovery.backup).toBe(backup);
    expect(path.basename(recovery.aside)).toBe('samverkstad.db.damaged-2026-03-01T10-00-00-000Z');
    expect(sha(recovery.aside)).toBe(damagedHash);

    const app = await openTestApp({ dataDir });
    expect((await app.call('programme.list', {})).map((p) => p.name)).toContain('Före skadan');
  });

  it('skips a newest backup that fails the full check and takes the one before', async () => {
    const { dataDir, file, backup } = await folderWithBackup();
    const newer = backup.replace(/^samverkstad-\d{4}/, 'samverkstad-2099');
    fs.copyFileSync(path.join(dataDir, 'backups', backup), path.join(dataDir, 'backups', newer));
    corruptMiddlePage(path.join(dataDir, 'backups', newer));
    fs.writeFileSync(file, 'x'.repeat(4096));
    expect(restoreNewestBackup(dataDir).backup).toBe(backup);
  });

  it('without a sound backup, says so and leaves the damaged file in place', async () => {
    const { dataDir, file } = await folderWithBackup();
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true });
    corruptMiddlePage(file);
    const damagedHash = sha(file);
    await expect(openApp({ dataDir })).rejects.toMatchObject({ code: 'db_damaged', details: { newestGoodBackup: null } });
    expect(() => restoreNewestBackup(dataDir)).toThrow(expect.objectContaining({ code: 'db_damaged' }));
    expect(sha(file)).toBe(damagedHash);
  });

  it('does not recover while another process holds the folder', async () => {
    const { dataDir } = await folderWithBackup();
    await openTestApp({ dataDir });
    expect(() => restoreNewestBackup(dataDir)).toThrow(expect.objectContaining({ code: 'data_in_use' }));
  });
});
