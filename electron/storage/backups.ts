/**
 * Backup copies live in <data dir>/backups and are made with SQLite's online
 * backup API, so they are consistent even while the app is writing. Start
 * backups rotate (the newest START_BACKUPS_KEPT stay); manual, pre-migration
 * and pre-restore copies are kept until the user removes them by hand.
 *
 * A copy is written under a `.partial` name (which the listing ignores),
 * switched to a rollback journal so it can later be checked read-only without
 * side files, verified, flushed to disk and only then renamed: a crash or
 * kill mid-backup leaves a `.partial` that is swept at the next start, never
 * a file that looks restorable.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { Backup, BackupName, type BackupKind, type BackupStatus } from '../../shared/data/schema';
import type { Db } from './database';
import { inspectDatabaseFile } from './verify-backup';

export const START_BACKUPS_KEPT = 10;
const NAME_PATTERN = /^samverkstad-([0-9TZ-]+)-(start|manual|pre-migration|pre-restore)(?:-v\d+)?\.db$/;
const PARTIAL_SUFFIX = '.partial';

function stampToIso(stamp: string): string {
  const [date, time = ''] = stamp.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

function fsync(file: string, flags: 'r' | 'r+'): void {
  const fd = fs.openSync(file, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable where the OS allows it; Windows cannot open a folder for fsync. */
function fsyncFolder(dir: string): void {
  try {
    fsync(dir, 'r');
  } catch (error) {
    if (!['EPERM', 'EISDIR', 'EINVAL', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** A fresh copy in rollback-journal mode, so a read-only open of it creates no -wal/-shm. */
function useRollbackJournal(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export class BackupFolder {
  /** Verdicts by name, size and mtime: a listing re-checks only files that changed. */
  readonly #verdicts = new Map<string, BackupStatus>();

  constructor(
    readonly dir: string,
    readonly latestVersion: number,
  ) {}

  /** Removes copies a crash left half-written. */
  sweepPartials(): void {
    if (!fs.existsSync(this.dir)) return;
    for (const name of fs.readdirSync(this.dir)) {
      if (name.endsWith(PARTIAL_SUFFIX)) fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }

  async create(db: Db, kind: BackupKind, now: Date, schemaVersion?: number): Promise<Backup> {
    fs.mkdirSync(this.dir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const suffix = schemaVersion === undefined ? '' : `-v${schemaVersion}`;
    let name = `samverkstad-${stamp}-${kind}${suffix}.db`;
    for (let bump = 1; fs.existsSync(path.join(this.dir, name)); bump++) {
      const later = new Date(now.getTime() + bump).toISOString().replace(/[:.]/g, '-');
      name = `samverkstad-${later}-${kind}${suffix}.db`;
    }
    const file = path.join(this.dir, name);
    const partial = `${file}${PARTIAL_SUFFIX}`;
    try {
      await db.backup(partial);
      useRollbackJournal(partial);
      const status = inspectDatabaseFile(partial, { latestVersion: this.latestVersion });
      if (status !== 'ok') throw new AppError('backup_damaged', `The copy of the database failed its check (${status})`, { status });
      fsync(partial, 'r+');
      fs.renameSync(partial, file);
      fsyncFolder(this.dir);
    } finally {
      fs.rmSync(partial, { force: true });
    }
    if (kind === 'start') this.prune();
    return this.describe(name) as Backup;
  }

  list(): Backup[] {
    if (!fs.existsSync(this.dir)) return [];
    const seen = new Set<string>();
    const backups = fs
      .readdirSync(this.dir)
      .map((name) => this.describe(name, seen))
      .filter((b): b is Backup => b !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const key of this.#verdicts.keys()) if (!seen.has(key)) this.#verdicts.delete(key);
    return backups;
  }

  /** Resolves a client-supplied name to a file inside the folder, or undefined. */
  pathOf(name: string): string | undefined {
    if (!BackupName.safeParse(name).success) return undefined;
    const file = path.join(this.dir, name);
    return path.dirname(file) === this.dir && fs.existsSync(file) ? file : undefined;
  }

  private describe(name: string, seen?: Set<string>): Backup | undefined {
    const match = NAME_PATTERN.exec(name);
    if (!match) return undefined;
    const file = path.join(this.dir, name);
    const stat = fs.statSync(file);
    const key = `${name}|${stat.size}|${stat.mtimeMs}`;
    seen?.add(key);
    let status = this.#verdicts.get(key);
    if (status === undefined) {
      status = inspectDatabaseFile(file, { latestVersion: this.latestVersion });
      this.#verdicts.set(key, status);
    }
    return Backup.parse({
      name,
      kind: match[2],
      createdAt: stampToIso(match[1] as string),
      sizeBytes: stat.size,
      status,
    });
  }

  private prune(): void {
    const starts = this.list().filter((b) => b.kind === 'start');
    for (const old of starts.slice(START_BACKUPS_KEPT)) fs.rmSync(path.join(this.dir, old.name), { force: true });
  }
}
