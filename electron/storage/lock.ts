/**
 * One process per data folder: the desktop window and `npm run web` must not
 * write the same file from two change journals (each would undo the other's
 * rows blindly). A lock file holds the owner's pid; a lock left by a process
 * that no longer runs (a crash) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

export const LOCK_FILE_NAME = 'samverkstad.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock or throws `data_in_use`; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const mine = String(process.pid);
  try {
    fs.writeFileSync(file, mine, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
      throw new AppError('data_in_use', `The data folder ${dataDir} is open in another Samverkstad process (pid ${owner})`, { pid: owner });
    }
    fs.writeFileSync(file, mine);
  }
  return () => {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === mine) fs.rmSync(file, { force: true });
  };
}
