import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../app/open-app';
import { openTestApp } from '../../test/support/core';
import { holdInChild, tryInChild } from '../../test/support/lock-holder';
import { tempDir } from '../../test/support/temp-dir';
import { LOCK_FILE_NAME, lockDataDir } from './lock';

describe('data folder lock', () => {
  it('refuse a second lock in the same process until the first is released', () => {
    const dataDir = tempDir();
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(expect.objectContaining({ code: 'data_in_use' }));
    release();
    lockDataDir(dataDir)();
  });

  it('refuse another process while the app holds the folder, and let it in once the app closes', async () => {
    const dataDir = tempDir();
    const app = await openTestApp({ dataDir });
    expect(tryInChild(dataDir)).toMatch(/^SQLITE_BUSY/);
    app.core.close();
    expect(tryInChild(dataDir)).toBe('locked');
  });

  it('refuse the app while another process holds the lock, and free it when that process is killed', async () => {
    const dataDir = tempDir();
    const holder = await holdInChild(dataDir);
    await expect(openApp({ dataDir })).rejects.toMatchObject({ code: 'data_in_use' });
    expect(fs.existsSync(path.join(dataDir, 'samverkstad.db'))).toBe(false);
    await holder.kill();
    (await openTestApp({ dataDir })).core.close();
  });

  it('ignore an old pid lock file, even one naming a live process', async () => {
    const dataDir = tempDir();
    // pid 1 always runs; the old lock trusted it and refused to start.
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), '1');
    const app = await openTestApp({ dataDir });
    expect((await app.call('programme.list', {})).length).toBe(1);
    expect(tryInChild(dataDir)).toMatch(/^SQLITE_BUSY/);
  });
});
