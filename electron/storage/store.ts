import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { Backup, BackupKind } from '../../shared/data/schema';
import type { BackupFolder } from './backups';
import { openDatabase, peekSchemaVersion, schemaVersion, type Db } from './database';
import { applyMigrations, planMigrations } from './migrate';
import type { Migration } from './migrations';
import type { HistoryScope } from '../../shared/history/schema';
import { recordBatch, stepHistory, type BatchResult, type ReplayResult } from './history';
import { discardStaged, stageRestore, swapIn } from './restore-file';
import type { Tx } from './transaction';
import { checkHeader } from './verify-backup';

export interface StoreOptions {
  readonly file: string;
  readonly backups: BackupFolder;
  readonly migrations: readonly Migration[];
  readonly clock: () => Date;
}

function newestGoodBackup(backups: BackupFolder): string | null {
  return backups.list().find((backup) => backup.status === 'ok')?.name ?? null;
}

/**
 * A file SQLite cannot read, or whose start backup fails its check (the copy
 * carries every page of the original), is damaged: say so with the newest
 * good backup, so the entry point can offer to restore it.
 */
function damaged(options: StoreOptions, cause: unknown): AppError {
  return new AppError('db_damaged', `The database ${options.file} is damaged (${cause instanceof Error ? cause.message : String(cause)})`, {
    newestGoodBackup: newestGoodBackup(options.backups),
  });
}

function isDamage(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'backup_damaged';
  return error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
}

/** A non-empty file without a sound SQLite header would otherwise be read as a random schema version. */
function assertSqliteHeader(options: StoreOptions): void {
  if (!fs.existsSync(options.file) || fs.statSync(options.file).size === 0) return;
  const { status } = checkHeader(options.file);
  if (status) throw damaged(options, new Error(`header check: ${status}`));
}

/**
 * Opens the file for use: refuses a damaged file or a newer schema before
 * writing anything (the version check runs on a read-only connection), backs
 * up an existing file at start and again before migrating it, then migrates.
 */
async function openFile(options: StoreOptions): Promise<{ db: Db; fresh: boolean }> {
  options.backups.sweepPartials();
  discardStaged(options.file);
  assertSqliteHeader(options);
  let db: Db | undefined;
  try {
    if (fs.existsSync(options.file)) planMigrations(peekSchemaVersion(options.file), options.migrations);
    db = openDatabase(options.file);
    const plan = planMigrations(schemaVersion(db), options.migrations);
    if (plan.from > 0) await options.backups.create(db, 'start', options.clock());
    if (plan.from > 0 && plan.pending.length > 0) {
      await options.backups.create(db, 'pre-migration', options.clock(), plan.from);
    }
    applyMigrations(db, plan);
    return { db, fresh: plan.from === 0 };
  } catch (error) {
    db?.close();
    throw isDamage(error) ? damaged(options, error) : error;
  }
}

export class Store {
  #db: Db;
  /** Backups and restores run one at a time; a restore also turns every other request away. */
  #maintenance: 'backup' | 'restore' | null = null;

  private constructor(
    db: Db,
    readonly fresh: boolean,
    private readonly options: StoreOptions,
  ) {
    this.#db = db;
  }

  static async open(options: StoreOptions): Promise<Store> {
    const { db, fresh } = await openFile(options);
    return new Store(db, fresh, options);
  }

  get file(): string {
    return this.options.file;
  }

  get schemaVersion(): number {
    return schemaVersion(this.#db);
  }

  now(): string {
    return this.options.clock().toISOString();
  }

  read<T>(query: (db: Db) => T): T {
    return query(this.#db);
  }

  /** `scope`: where the user acted; without it, the document the written rows belong to. */
  mutate<T>(method: string, step: (tx: Tx) => T, scope?: HistoryScope): BatchResult<T> {
    const now = this.now();
    return this.#db.transaction(() => recordBatch(this.#db, method, scope, now, step))();
  }

  /** Writes that are preferences or seed data, not user changes to undo. */
  writeUnjournaled(step: (db: Db) => void): void {
    this.#db.transaction(() => step(this.#db))();
  }

  undo(scope: HistoryScope, expect?: number): ReplayResult {
    return stepHistory(this.#db, 'undo', scope, expect);
  }

  redo(scope: HistoryScope): ReplayResult {
    return stepHistory(this.#db, 'redo', scope);
  }

  /** Set while a restore replaces the file; the dispatcher answers `busy` meanwhile. */
  get restoring(): boolean {
    return this.#maintenance === 'restore';
  }

  async #exclusive<T>(what: 'backup' | 'restore', work: () => Promise<T>): Promise<T> {
    if (this.#maintenance) throw new AppError('busy', `A ${this.#maintenance} is already running`, { running: this.#maintenance });
    this.#maintenance = what;
    try {
      return await work();
    } finally {
      this.#maintenance = null;
    }
  }

  backup(kind: BackupKind): Promise<Backup> {
    return this.#exclusive('backup', () => this.options.backups.create(this.#db, kind, this.options.clock()));
  }

  listBackups(): Backup[] {
    return this.options.backups.list();
  }

  backupPath(name: string): string | undefined {
    return this.options.backups.pathOf(name);
  }

  /** Restores a backup from the folder by name. */
  restore(name: string): Promise<void> {
    const source = this.options.backups.pathOf(name);
    if (!source) return Promise.reject(new AppError('backup_not_found', `No backup named ${name}`, { name }));
    return this.restoreFrom(source, { name });
  }

  /**
   * Replaces the database with a file. A verified copy is staged first, so a
   * refused file leaves the live data exactly as it was; then the current
   * data is saved as a pre-restore backup, so a restore can itself be
   * reverted. Between closing and reopening nothing awaits, so no request can
   * meet a closed database; a backup from an older version is migrated on the
   * spot (the backup file itself is the copy from before that migration).
   */
  restoreFrom(source: string, details?: Record<string, unknown>): Promise<void> {
    return this.#exclusive('restore', async () => {
      const latest = this.options.migrations.at(-1)?.version ?? 0;
      const staged = stageRestore(source, this.options.file, latest, details);
      try {
        const plan = planMigrations(peekSchemaVersion(staged), this.options.migrations);
        await this.options.backups.create(this.#db, 'pre-restore', this.options.clock());
        this.#db.close();
        try {
          swapIn(staged, this.options.file);
        } finally {
          this.#db = openDatabase(this.options.file);
        }
        applyMigrations(this.#db, plan);
      } finally {
        discardStaged(this.options.file);
      }
    });
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
