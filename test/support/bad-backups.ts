/**
 * Files that must never be restored, made from a real backup: what a crash,
 * a half-copied USB stick, a wrong pick or a newer app leaves behind.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ErrorCode } from '../../shared/api/errors';
import type { BackupStatus } from '../../shared/data/schema';
import { migrations } from '../../electron/storage/migrations';
import type { TestApp } from './core';

export interface BadBackup {
  readonly kind: string;
  readonly status: Exclude<BackupStatus, 'ok'>;
  readonly code: ErrorCode;
  readonly make: (good: string, target: string) => void;
}

const pageSize = (file: string) => fs.readFileSync(file).readUInt16BE(16);

/** Overwrites one page in the middle (not the header page) with random bytes. */
export function corruptMiddlePage(file: string): void {
  const size = pageSize(file);
  const pages = fs.statSync(file).size / size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, randomBytes(size), 0, size, Math.max(1, Math.floor(pages / 2)) * size);
  } finally {
    fs.closeSync(fd);
  }
}

function withSqlite(target: string, step: (db: Database.Database) => void): void {
  const db = new Database(target);
  try {
    step(db);
  } finally {
    db.close();
  }
}

export const badBackups: readonly BadBackup[] = [
  { kind: 'empty', status: 'damaged', code: 'backup_damaged', make: (_good, target) => fs.writeFileSync(target, '') },
  {
    kind: 'truncated',
    status: 'damaged',
    code: 'backup_damaged',
    make: (good, target) => {
      const bytes = fs.readFileSync(good);
      const size = pageSize(good);
      fs.writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length / size / 2) * size));
    },
  },
  { kind: 'text', status: 'foreign', code: 'backup_foreign', make: (_good, target) => fs.writeFileSync(target, 'Mötesanteckningar\n'.repeat(200)) },
  {
    kind: 'another program',
    status: 'foreign',
    code: 'backup_foreign',
    make: (_good, target) =>
      withSqlite(target, (db) => {
        db.exec("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipe (name) VALUES ('kanelbulle')");
        db.pragma('user_version = 1629512801');
      }),
  },
  {
    kind: 'corrupted page',
    status: 'damaged',
    code: 'backup_damaged',
    make: (good, target) => {
      fs.copyFileSync(good, target);
      corruptMiddlePage(target);
    },
  },
  {
    kind: 'newer schema',
    status: 'too_new',
    code: 'backup_too_new',
    make: (good, target) => {
      fs.copyFileSync(good, target);
      withSqlite(target, (db) => db.pragma(`user_version = ${migrations.length + 1}`));
    },
  },
];

/** Enough rows that the file spans many pages, so a middle page holds data. */
export function fillWithProgrammes(file: string, count = 300): void {
  withSqlite(file, (db) => {
    const insert = db.prepare(
      "INSERT INTO programme (id, name, area, level, description, is_example, created_at, updated_at) VALUES (?, ?, '', 'lokal', ?, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`p-${i}`, `Program ${i}`, 'x'.repeat(400));
    })();
  });
}

/** A valid backup name, older than any the app makes in a test. */
export const backupNameFor = (bad: BadBackup) => `samverkstad-2020-01-0${badBackups.indexOf(bad) + 1}T08-00-00-000Z-manual.db`;

/** A sound backup of a test app's data, grown to many pages. */
export async function goodBackup(app: TestApp, dataDir: string): Promise<string> {
  const { name } = await app.call('data.backup', {});
  const file = path.join(dataDir, 'backups', name);
  fillWithProgrammes(file);
  return file;
}
