/**
 * One process per data folder: the desktop window and `npm run web` must not
 * write the same file from two change journals (each would undo the other's
 * rows blindly).
 *
 * The lock is an OS file lock, not a pid: `samverkstad.lock` is a tiny SQLite
 * file held in exclusive locking mode after one write, so SQLite keeps its
 * fcntl/LockFileEx lock until the connection closes. The OS drops the lock
 * when the process dies however it dies, so a stale lock cannot exist, a
 * reused pid cannot fool it, and two processes racing for it cannot both win
 * (the lock is taken atomically by the kernel). The file itself is never
 * deleted: removing a file another process is about to lock would let a third
 * lock a new file of the same name.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';

export const LOCK_FILE_NAME = 'samverkstad.lock';

/** Earlier versions wrote the owner's pid as text; such a file is no SQLite file and carries no lock. */
function clearPidFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const head = fs.readFileSync(file).subarray(0, 32).toString('latin1');
  if (/^\d*$/.test(head.trim()) && head.length < 32) fs.truncateSync(file, 0);
}

/** Takes the folder's lock or throws `data_in_use`; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  clearPidFile(file);
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER NOT NULL, since TEXT NOT NULL)');
      db.exec('DELETE FROM owner');
      db.prepare('INSERT INTO owner (pid, since) VALUES (?, ?)').run(process.pid, new Date().toISOString());
    }).exclusive();
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY')) {
      throw new AppError('data_in_use', `The data folder ${dataDir} is open in another Samverkstad process`);
    }
    throw error;
  }
  return () => {
    if (db.open) db.close();
  };
}
