/**
 * Start-up recovery from a damaged database: the damaged file (with its WAL)
 * is moved aside, never deleted, and the newest backup that passes the full
 * check is installed in its place. Runs under the folder's lock, before the
 * app opens the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { migrations as allMigrations, type Migration } from '../storage/migrations';
import { lockDataDir } from '../storage/lock';
import { discardStaged, stageRestore, swapIn } from '../storage/restore-file';
import { backupFolder, DATABASE_FILE_NAME } from './open-app';

export interface Recovery {
  /** The backup that now is the database. */
  readonly backup: string;
  /** Where the damaged file was moved. */
  readonly aside: string;
}

export interface RecoverOptions {
  readonly migrations?: readonly Migration[];
  readonly clock?: () => Date;
}

function moveAside(databaseFile: string, now: Date): string {
  const aside = `${databaseFile}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  // The WAL keeps its pairing with the main file, so the aside copy stays openable for a rescue attempt.
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, aside + suffix);
  }
  return aside;
}

/** Installs the newest sound backup; throws `db_damaged` when the folder has none. */
export function restoreNewestBackup(dataDir: string, options: RecoverOptions = {}): Recovery {
  const folder = path.resolve(dataDir);
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.at(-1)?.version ?? 0;
  const databaseFile = path.join(folder, DATABASE_FILE_NAME);
  const backups = backupFolder(folder, migrations);
  const unlock = lockDataDir(folder);
  try {
    for (const candidate of backups.list().filter((backup) => backup.status === 'ok')) {
      let staged: string;
      try {
        staged = stageRestore(path.join(backups.dir, candidate.name), databaseFile, latest);
      } catch (error) {
        if (error instanceof AppError) continue;
        throw error;
      }
      try {
        const aside = moveAside(databaseFile, (options.clock ?? (() => new Date()))());
        swapIn(staged, databaseFile);
        return { backup: candidate.name, aside };
      } finally {
        discardStaged(databaseFile);
      }
    }
    throw new AppError('db_damaged', `No sound backup in ${backups.dir} to restore`, { newestGoodBackup: null });
  } finally {
    unlock();
  }
}
