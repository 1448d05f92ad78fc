import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../app/open-app';
import { openTestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { LOCK_FILE_NAME } from './lock';

describe('data folder lock', () => {
  it('refuse a second process on the same folder until the first closes', async () => {
    const dataDir = tempDir();
    const first = await openTestApp({ dataDir });
    // Another process owns the lock: pid 1 always runs.
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), '1');
    await expect(openApp({ dataDir })).rejects.toMatchObject({ code: 'data_in_use' });
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), String(process.pid));
    first.core.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    (await openTestApp({ dataDir })).core.close();
  });

  it('take over a lock left by a process that no longer runs', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), '999999999');
    const app = await openTestApp({ dataDir });
    expect(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8')).toBe(String(process.pid));
    app.core.close();
  });
});
