import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';
import { corruptMiddlePage, fillWithProgrammes } from '../support/bad-backups';
import { tempDir } from '../support/temp-dir';
import { apiCall, startWebServer, WEB_ENTRY } from './support/web-server';

/** Web mode over a folder whose database was damaged after its last start backup. */
async function damagedFolder(): Promise<string> {
  const dataDir = tempDir('samverkstad-e2e-recovery-');
  for (let start = 0; start < 2; start++) {
    const server = await startWebServer(dataDir);
    if (start === 0) await apiCall(server, 'programme.create', { name: 'Före skadan', area: '', level: 'lokal', description: '' });
    await server.stop();
  }
  const file = path.join(dataDir, 'samverkstad.db');
  fillWithProgrammes(file);
  corruptMiddlePage(file);
  return dataDir;
}

describe('web mode with a damaged database', () => {
  it('explains it in both languages and names the flag, then recovers with --restore-newest-backup', async () => {
    const dataDir = await damagedFolder();
    const refused = spawnSync(process.execPath, [WEB_ENTRY, '--port', '0', '--data-dir', dataDir], { encoding: 'utf8', timeout: 20_000 });
    expect(refused.status).toBe(1);
    for (const text of [sv.errors.db_damaged, en.errors.db_damaged, sv.startup.restoreFlag, en.startup.restoreFlag]) expect(refused.stderr).toContain(text);
    expect(refused.stdout).toBe('');

    const server = await startWebServer(dataDir, ['--restore-newest-backup']);
    try {
      expect((await apiCall(server, 'programme.list', {})).map((p) => p.name)).toContain('Före skadan');
    } finally {
      await server.stop();
    }
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('samverkstad.db.damaged-'))).toHaveLength(1);
  });
});
