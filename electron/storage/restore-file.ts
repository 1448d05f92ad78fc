/**
 * Installing a file as the live database, in two halves: `stageRestore`
 * copies the source next to the database and verifies that copy (so the
 * bytes checked are the bytes installed, and a bad file is refused while the
 * live data is still open and untouched); `swapIn` then replaces the closed
 * database by a rename within the folder.
 */
import fs from 'node:fs';
import { assertRestorable } from './verify-backup';

export const STAGED_SUFFIX = '.restoring';

/** Returns the verified copy's path; throws the refusal (and leaves nothing behind) otherwise. */
export function stageRestore(source: string, databaseFile: string, latestVersion: number, details?: Record<string, unknown>): string {
  const staged = `${databaseFile}${STAGED_SUFFIX}`;
  try {
    fs.copyFileSync(source, staged);
    assertRestorable(staged, { latestVersion, disposable: true }, details);
    return staged;
  } catch (error) {
    discardStaged(databaseFile);
    throw error;
  }
}

export function discardStaged(databaseFile: string): void {
  fs.rmSync(`${databaseFile}${STAGED_SUFFIX}`, { force: true });
}

/** The database (and its WAL) must be closed; the staged copy becomes the database. */
export function swapIn(staged: string, databaseFile: string): void {
  for (const leftover of [`${databaseFile}-wal`, `${databaseFile}-shm`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(staged, databaseFile);
}
