/** Another process holding, or trying to take, a data folder's lock, as a second app would. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { LOCK_FILE_NAME } from '../../electron/storage/lock';

/** A second process taking the same lock through the same node and better-sqlite3. */
const holderScript = (dataDir: string) => `
  const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
  const db = new Database(${JSON.stringify(path.join(dataDir, LOCK_FILE_NAME))}, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.transaction(() => { db.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER NOT NULL, since TEXT NOT NULL)'); }).exclusive();
    console.log('locked');
  } catch (error) {
    console.log(error.code);
    process.exit(0);
  }
  setInterval(() => {}, 1000);
`;

export function holdInChild(dataDir: string): Promise<{ kill: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-e', holderScript(dataDir)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => {
      if (chunk.toString().trim() !== 'locked') reject(new Error(`child did not lock: ${chunk.toString()}`));
      resolve({
        kill: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}

export function tryInChild(dataDir: string): string {
  return spawnSync(process.execPath, ['-e', holderScript(dataDir).replace("setInterval(() => {}, 1000);", '')], { encoding: 'utf8' }).stdout.trim();
}

