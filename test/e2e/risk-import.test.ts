/**
 * The register through Excel in the browser: exported as a real download,
 * edited with ExcelJS (two ratings changed, one risk added), read back in
 * with a preview that shows exactly that, applied as one step the header's
 * undo names and takes back; and a register kept by hand in the seed's
 * layout, whose printed scores that are not the product of their ratings
 * are each flagged with a choice.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileColumns, type FileColumn } from '../../shared/risk/file-columns';
import type { RegisterId } from '../../shared/risk/schema';
import { handKeptRegister } from '../support/risk-files';
import { tempDir } from '../support/temp-dir';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-risk-import-', ['--today', '2027-05-10']);
let page: Page;
let registerId: RegisterId;

const dialog = () => page.getByRole('dialog');
const table = () => page.getByRole('table', { name: 'Riskerna i registret' });
const rowOf = (code: string) => table().getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
const column = (name: FileColumn) => fileColumns.indexOf(name) + 1;

const rated = (likelihood: number, consequence: number) => ({
  likelihood,
  likelihoodMotivation: `Sannolikhet ${likelihood} enligt avvikelserna`,
  consequence,
  consequenceMotivation: `Konsekvens ${consequence} för patienten`,
  by: 'Anna Berg',
});

async function chooseFile(buffer: Buffer, name: string): Promise<void> {
  const file = path.join(tempDir('samverkstad-risk-file-'), name);
  fs.writeFileSync(file, buffer);
  await page.getByRole('button', { name: 'Läs in från Excel…' }).click();
  await dialog().getByLabel('Excel-fil (.xlsx)').setInputFiles(file);
}

beforeEach(async () => {
  page = session.page;
  const programme = await call(session.server, 'programme.create', { name: 'LOS Ronneby', area: 'Ronneby', level: 'lokal', description: '' });
  const register = await call(session.server, 'riskRegister.create', { programmeId: programme.id });
  registerId = register.id;
  const risks = [
    ['Kallelsen till SIP kommer för sent', rated(3, 4)],
    ['Läkemedelslistan är inaktuell', rated(2, 2)],
    ['Hjälpmedel saknas första helgen', rated(1, 2)],
  ] as const;
  for (const [title, assessment] of risks) await call(session.server, 'risk.create', { registerId: register.id, title, assessment });
  await page.evaluate((hash) => (window.location.hash = hash), `#/register/${register.id}`);
  await rowOf('R3').waitFor();
});

describe('riskregister through Excel', () => {
  it('exports, reads back two changed ratings and a new row as exactly that, applies in one step and undoes it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(column('code')).text).toBe('R1');
    sheet.getRow(2).getCell(column('likelihood')).value = 2;
    sheet.getRow(3).getCell(column('consequence')).value = 3;
    const added = sheet.getRow(5);
    added.getCell(column('title')).value = 'Hemtjänsten får inte veta i tid';
    added.getCell(column('likelihood')).value = 3;
    added.getCell(column('likelihoodMotivation')).value = 'Har hänt flera gånger i vår';
    added.getCell(column('consequence')).value = 3;
    added.getCell(column('consequenceMotivation')).value = 'Patienten blir kvar på sjukhuset';
    await chooseFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'riskregister.xlsx');

    const preview = dialog().getByRole('region', { name: 'Förhandsvisning av riskregister.xlsx' });
    await preview.getByRole('heading', { name: '1 ny risk' }).waitFor();
    await preview.getByText('Hemtjänsten får inte veta i tid (9 poäng)').waitFor();
    await preview.getByRole('heading', { name: '2 ändrade risker' }).waitFor();
    await preview.getByText('1 risk är oförändrad.', { exact: false }).waitFor();
    const changes = (name: string) => preview.getByRole('table', { name }).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent)));
    expect(await changes('R1 Kallelsen till SIP kommer för sent')).toEqual([['Sannolikhet', '3', '2']]);
    expect(await changes('R2 Läkemedelslistan är inaktuell')).toEqual([['Konsekvens', '2', '3']]);
    await expectAccessible(page, 'import preview');

    await dialog().getByLabel('Vem gör bedömningarna som filen för med sig').fill('Anna Berg');
    await dialog().getByRole('button', { name: 'Läs in ändringarna' }).click();
    await dialog().getByText('Inläst: 1 nya, 2 ändrade', { exact: false }).waitFor();
    await dialog().getByRole('button', { name: 'Stäng' }).click();
    await rowOf('R1').getByText('2 × 4 = 8').waitFor();
    await rowOf('R2').getByText('2 × 3 = 6').waitFor();
    await rowOf('R4').getByText('3 × 3 = 9').waitFor();

    // One step: Ctrl+Z takes the whole import back, and says what it undid.
    await page.locator('body').press('Control+z');
    await page.getByRole('region', { name: 'Meddelanden' }).getByText('Läs in riskregister från Excel', { exact: false }).waitFor();
    await expect.poll(() => rowOf('R4').count()).toBe(0);
    await rowOf('R1').getByText('3 × 4 = 12').waitFor();
    await rowOf('R2').getByText('2 × 2 = 4').waitFor();
  });

  it('flags each hand-kept row whose printed score is not the product of its ratings, with a choice', async () => {
    const file = await handKeptRegister();
    const expected = await call(session.server, 'riskRegister.previewImport', { registerId, file: { base64: file.toString('base64') } });
    const inconsistent = expected.newRisks.filter((risk) => risk.inconsistent);
    expect(inconsistent.length).toBeGreaterThan(0);
    await chooseFile(file, 'riskanalys.xlsx');
    const preview = dialog().getByRole('region', { name: 'Förhandsvisning av riskanalys.xlsx' });
    await preview.getByText('Filen är ett handskrivet register', { exact: false }).waitFor();
    for (const risk of inconsistent) {
      const choice = preview.getByRole('group', { name: `Rad ${risk.row}: poängen i filen (${risk.printedScore}) är inte sannolikhet × konsekvens (${risk.computedScore}). Välj vad som ska gälla.` });
      await choice.getByRole('radio', { name: `Använd bedömningarna (poäng ${risk.computedScore})` }).waitFor();
      await choice.getByRole('radio', { name: 'Hoppa över raden' }).waitFor();
    }
    expect(await preview.getByRole('group').count()).toBe(inconsistent.length);
    await expectAccessible(page, 'hand-kept import preview');

    // Applying before every inconsistent row is decided is refused and saves nothing.
    await dialog().getByLabel('Vem gör bedömningarna som filen för med sig').fill('Anna Berg');
    await dialog().getByRole('button', { name: 'Läs in ändringarna' }).click();
    await dialog().getByText('Välj vad som ska gälla för rad', { exact: false }).waitFor();
    expect((await call(session.server, 'riskRegister.get', { id: registerId })).risks).toHaveLength(3);
  });
});
