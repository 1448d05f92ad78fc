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
  reuseStatements(db);
  return db;
}

/** Enough for every fixed statement the app runs; SQL built with a varying number of placeholders may add more. */
const MAX_CACHED_STATEMENTS = 1000;

/**
 * Services call `db.prepare(sql)` where they run it, which keeps each query
 * beside its code; compiling the same SQL on every call was a tenth of the
 * CPU a room of phones costs. So each connection keeps its statements.
 * `pluck()` is the one mode the code sets on a statement, so a reused one
 * starts without it again. (better-sqlite3 runs statements synchronously, and
 * nothing iterates one, so a statement is never reused while it runs.)
 */
function reuseStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached) return cached.reader ? cached.pluck(false) : cached;
    const statement = compile(sql);
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
    cache.set(sql, statement);
    return statement;
  }) as Db['prepare'];
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
