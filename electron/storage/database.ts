import fs from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens the one database file with the settings every connection needs.
 *
 * synchronous = NORMAL: in WAL mode a commit is durable once it reaches the
 * WAL; NORMAL skips the fsync per commit and syncs at checkpoints instead. An
 * app crash loses nothing; only a power cut or OS crash can drop the last
 * few commits, never corrupt the file. FULL would cost an fsync on every
 * keystroke-sized edit (hundreds of post-its typed in a workshop), and the
 * automatic backups cover the rest.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Reads user_version without opening the file through SQLite when no WAL is
 * pending (even a read-only connection leaves -wal/-shm files behind). With a
 * WAL left by a crash, the header may be stale, so SQLite reads it instead.
 */
export function peekSchemaVersion(file: string): number {
  if (fs.existsSync(`${file}-wal`)) {
    const db = openDatabase(file, { readonly: true });
    try {
      return schemaVersion(db);
    } finally {
      db.close();
    }
  }
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, header, 0, 100, 0);
    return read === 100 ? header.readUInt32BE(60) : 0;
  } finally {
    fs.closeSync(fd);
  }
}
