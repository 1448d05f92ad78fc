import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../electron/storage/verify-backup';
import { migrations } from '../../electron/storage/migrations';
import { tempDir } from '../support/temp-dir';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';
import { apiCall } from './support/web-server';

const session = useAppSession('samverkstad-e2e-data-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const dialog = () => page.getByRole('dialog');
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const openDataPage = async () => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Data och säkerhetskopior' }).waitFor();
};
const programmeNames = async () => (await apiCall(session.server, 'programme.list', {})).map((p) => p.name);

async function pickForRestore(file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Återställ från fil…' }).click();
  await (await chooser).setFiles(file);
  await dialog().getByRole('heading', { name: 'Återställa från filen?' }).waitFor();
}

describe('data page: safe backups and restores', () => {
  it('lists a damaged backup as damaged and refuses a picked file that is no backup, leaving the data as it was', async () => {
    const { dataDir } = await apiCall(session.server, 'data.info', {});
    await apiCall(session.server, 'data.backup', {});
    // What a killed backup used to leave: an empty file under a valid name.
    fs.writeFileSync(path.join(dataDir, 'backups', 'samverkstad-2020-01-01T08-00-00-000Z-manual.db'), '');
    const before = await apiCall(session.server, 'data.info', {});

    await openDataPage();
    const damagedRow = page.getByRole('row').filter({ hasText: 'samverkstad-2020-01-01T08-00-00-000Z-manual.db' });
    await damagedRow.getByText('Skadad – kan inte återställas').waitFor();
    expect(await damagedRow.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).count()).toBe(1);
    await expectAccessible(page, 'data page with a damaged backup');

    const notes = path.join(tempDir(), 'anteckningar.txt');
    fs.writeFileSync(notes, 'Inte en databas, bara anteckningar.\n'.repeat(50));
    await pickForRestore(notes);
    await dialog().getByRole('button', { name: 'Återställ', exact: true }).click();
    await dialog().getByText('Filen är inte en säkerhetskopia från Samverkstad').waitFor();
    await expectAccessible(page, 'refused restore');
    await dialog().getByRole('button', { name: 'Avbryt' }).click();

    expect(await programmeNames()).toEqual(['Exempel: LOS Ronneby']);
    expect((await apiCall(session.server, 'data.info', {})).backups).toEqual(before.backups);
  });

  it('saves a copy that is itself a sound backup, and restores it from the picked file', async () => {
    await openDataPage();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Spara en kopia…' }).click();
    const saved = path.join(tempDir(), 'kopia.db');
    await (await download).saveAs(saved);
    await toasts().getByText(/^Kopian är sparad som samverkstad-/).waitFor();
    expect(inspectDatabaseFile(saved, { latestVersion: migrations.length, thorough: true })).toBe('ok');

    await apiCall(session.server, 'programme.create', { name: 'Efter kopian', area: '', level: 'lokal', description: '' });
    await pickForRestore(saved);
    await dialog().getByRole('button', { name: 'Återställ', exact: true }).click();
    await toasts().getByText('Datan från kopia.db är återställd.').waitFor();
    expect(await programmeNames()).toEqual(['Exempel: LOS Ronneby']);
    await page.getByRole('cell', { name: 'Före återställning' }).waitFor();
  });
});
