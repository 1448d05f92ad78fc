/**
 * The one check a file must pass before Samverkstad lists it as restorable,
 * keeps it as a backup, or installs it as the live database. The cheap tests
 * (size, the SQLite header) run before SQLite ever opens the file, so a text
 * file is "not ours" rather than a schema version read from random bytes.
 *
 * SQLite opens the file read-only, but a file whose header says WAL would
 * still get -wal/-shm files beside it; such a file is checked through a
 * throwaway copy so the original is never touched. `thorough` runs
 * integrity_check (index contents too); otherwise quick_check (structure
 * only, about six times faster), which is what listings use.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { BackupStatus } from '../../shared/data/schema';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const MIN_SIZE = 512;
/** Tables every Samverkstad file has had since the first schema version. */
const OWN_TABLES = ['programme', 'workshop', 'setting', 'change_batch', 'change_journal'];

export interface VerifyOptions {
  /** The newest schema version this app knows. */
  readonly latestVersion: number;
  readonly thorough?: boolean;
  /** The file is already a private copy, so SQLite may leave side files beside it. */
  readonly disposable?: boolean;
}

function readHead(file: string, size: number): Buffer {
  const head = Buffer.alloc(Math.min(100, size));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head;
}

/** What the header alone says; no status means SQLite has to look. */
export function checkHeader(file: string): { status?: BackupStatus; wal: boolean } {
  const { size } = fs.statSync(file);
  const head = readHead(file, size);
  const magic = head.subarray(0, MAGIC.length);
  if (!MAGIC.subarray(0, magic.length).equals(magic)) return { status: 'foreign', wal: false };
  if (size < MIN_SIZE) return { status: 'damaged', wal: false };
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || size % pageSize !== 0) return { status: 'damaged', wal: false };
  return { wal: head[18] === 2 || head[19] === 2 };
}

function sqliteVerdict(file: string, options: VerifyOptions): BackupStatus {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma(options.thorough ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') return 'damaged';
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    if (version === 0 || OWN_TABLES.some((name) => !tables.has(name))) return 'foreign';
    return version > options.latestVersion ? 'too_new' : 'ok';
  } catch (error) {
    // SQLite's own refusals (not a database, corrupt, I/O on a short file)
    // are what a damaged file looks like; anything else is a bug.
    if (error instanceof Database.SqliteError) return 'damaged';
    throw error;
  } finally {
    db?.close();
  }
}

function removeSideFiles(file: string): void {
  for (const side of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(side, { force: true });
}

export function inspectDatabaseFile(file: string, options: VerifyOptions): BackupStatus {
  const header = checkHeader(file);
  if (header.status) return header.status;
  if (!header.wal || options.disposable) {
    try {
      return sqliteVerdict(file, options);
    } finally {
      if (header.wal) removeSideFiles(file);
    }
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-verify-'));
  try {
    const copy = path.join(scratch, 'copy.db');
    fs.copyFileSync(file, copy);
    return sqliteVerdict(copy, options);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const refusals = {
  damaged: ['backup_damaged', 'The file is damaged'],
  foreign: ['backup_foreign', 'The file is not a Samverkstad backup'],
  too_new: ['backup_too_new', 'The file comes from a newer version of Samverkstad'],
} as const;

/** Throws the refusal for anything but a sound, openable Samverkstad file. */
export function assertRestorable(file: string, options: VerifyOptions, details?: Record<string, unknown>): void {
  const status = inspectDatabaseFile(file, { ...options, thorough: options.thorough ?? true });
  if (status === 'ok') return;
  const [code, message] = refusals[status];
  throw new AppError(code, message, { ...details, status });
}
