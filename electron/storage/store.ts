import fs from 'node:fs';
import { AppError } from '../../shared/api/errors';
import type { Backup, BackupKind } from '../../shared/data/schema';
import type { BackupFolder } from './backups';
import { openDatabase, peekSchemaVersion, schemaVersion, type Db } from './database';
import { applyMigrations, planMigrations } from './migrate';
import type { Migration } from './migrations';
import type { HistoryScope } from '../../shared/history/schema';
import { recordBatch, stepHistory, type BatchResult, type ReplayResult } from './history';
import type { Tx } from './transaction';

export interface StoreOptions {
  readonly file: string;
  readonly backups: BackupFolder;
  readonly migrations: readonly Migration[];
  readonly clock: () => Date;
}

/**
 * Opens the file for use: refuses a newer schema before writing anything
 * (the check runs on a read-only connection), backs up an existing file at
 * start and again before migrating it, then migrates.
 */
async function openFile(options: StoreOptions): Promise<{ db: Db; fresh: boolean }> {
  if (fs.existsSync(options.file)) planMigrations(peekSchemaVersion(options.file), options.migrations);
  const db = openDatabase(options.file);
  try {
    const plan = planMigrations(schemaVersion(db), options.migrations);
    if (plan.from > 0) await options.backups.create(db, 'start', options.clock());
    if (plan.from > 0 && plan.pending.length > 0) {
      await options.backups.create(db, 'pre-migration', options.clock(), plan.from);
    }
    applyMigrations(db, plan);
    return { db, fresh: plan.from === 0 };
  } catch (error) {
    db.close();
    throw error;
  }
}

export class Store {
  #db: Db;

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

  backup(kind: BackupKind): Promise<Backup> {
    return this.options.backups.create(this.#db, kind, this.options.clock());
  }

  listBackups(): Backup[] {
    return this.options.backups.list();
  }

  /**
   * Replaces the database with a backup. The current data is saved as a
   * pre-restore backup first, so a restore can itself be reverted. Between
   * closing and reopening nothing awaits, so no request can meet a closed
   * database; a backup from an older version is migrated on the spot (the
   * backup file itself is the copy from before that migration).
   */
  async restore(name: string): Promise<void> {
    const source = this.options.backups.pathOf(name);
    if (!source) throw new AppError('backup_not_found', `No backup named ${name}`, { name });
    const plan = planMigrations(peekSchemaVersion(source), this.options.migrations);
    await this.backup('pre-restore');
    this.#db.close();
    try {
      for (const leftover of [`${this.options.file}-wal`, `${this.options.file}-shm`]) fs.rmSync(leftover, { force: true });
      fs.copyFileSync(source, this.options.file);
    } finally {
      this.#db = openDatabase(this.options.file);
    }
    applyMigrations(this.#db, plan);
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
