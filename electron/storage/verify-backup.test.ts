import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { badBackups, goodBackup } from '../../test/support/bad-backups';
import { openTestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { migrations } from './migrations';
import { inspectDatabaseFile } from './verify-backup';

const latestVersion = migrations.length;

describe('backup verification', () => {
  it.each(badBackups.map((bad) => [bad.kind, bad] as const))('judges a file (%s) without touching it', async (_kind, bad) => {
    const dataDir = tempDir();
    const good = await goodBackup(await openTestApp({ dataDir }), dataDir);
    const file = path.join(tempDir(), 'candidate.db');
    bad.make(good, file);
    const before = fs.readFileSync(file);
    for (const thorough of [false, true]) expect(inspectDatabaseFile(file, { latestVersion, thorough })).toBe(bad.status);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['candidate.db']);
  });

  it('passes a sound backup, and a copy whose header still says WAL without leaving side files', async () => {
    const dataDir = tempDir();
    const good = await goodBackup(await openTestApp({ dataDir }), dataDir);
    expect(inspectDatabaseFile(good, { latestVersion, thorough: true })).toBe('ok');
    const walCopy = path.join(tempDir(), 'wal.db');
    fs.copyFileSync(good, walCopy);
    const db = new Database(walCopy);
    db.pragma('journal_mode = WAL');
    db.close();
    expect(fs.readFileSync(walCopy)[18]).toBe(2);
    expect(inspectDatabaseFile(walCopy, { latestVersion })).toBe('ok');
    expect(fs.readdirSync(path.dirname(walCopy))).toEqual(['wal.db']);
  });
});
