import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../test/support/core';
import { tempDir } from '../../test/support/temp-dir';
import { START_BACKUPS_KEPT } from './backups';

describe('backups', () => {
  it('keep the newest start backups and every manual one', async () => {
    const dataDir = tempDir();
    let clock = Date.parse('2026-01-01T08:00:00Z');
    const tick = () => new Date((clock += 60_000));
    for (let i = 0; i < START_BACKUPS_KEPT + 3; i++) (await openTestApp({ dataDir, clock: tick })).core.close();
    const app = await openTestApp({ dataDir, clock: tick });
    await app.call('data.backup', {});
    const { backups } = await app.call('data.info', {});
    expect(backups.filter((b) => b.kind === 'start')).toHaveLength(START_BACKUPS_KEPT);
    expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(backups[0]?.kind).toBe('manual');
  });

  it('restore a backup after saving the current data, and can be reverted', async () => {
    const app = await openTestApp();
    const manual = await app.call('data.backup', {});
    await app.call('programme.create', { name: 'Efter kopian', area: '', level: 'intern', description: '' });

    const info = await app.call('data.restore', { name: manual.name });
    expect((await app.call('programme.list', {})).map((p) => p.name)).not.toContain('Efter kopian');
    const safety = info.backups.find((b) => b.kind === 'pre-restore');
    expect(safety).toBeDefined();

    await app.call('data.restore', { name: safety!.name });
    expect((await app.call('programme.list', {})).map((p) => p.name)).toContain('Efter kopian');
  });

  it('refuse names that are not backups in the folder', async () => {
    const app = await openTestApp();
    expect((await app.fail('data.restore', { name: '../samverkstad.db' })).code).toBe('validation_failed');
    expect((await app.fail('data.restore', { name: 'samverkstad-2020-01-01T00-00-00-000Z-manual.db' })).code).toBe('backup_not_found');
  });
});
