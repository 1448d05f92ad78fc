import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { expectAccessible } from './support/browser';
import { openExampleParticipants, participantNames, pastedText, type Row, writeGarbage, writeOversized, writeSparseXlsx, writeXlsx } from './support/participants';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-e2e-');
let page: Page;
let panel: Locator;

beforeEach(async () => {
  page = session.page;
  panel = await openExampleParticipants(page);
});

const dialog = () => page.getByRole('dialog');
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const entry = () => panel.getByRole('form', { name: 'Lägg till deltagare' });
const names = () => participantNames(panel);
const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
const importButton = (name: string | RegExp) => dialog().getByRole('button', { name });

async function openImport(): Promise<void> {
  await panel.getByRole('button', { name: 'Importera deltagare' }).click();
  await dialog().getByRole('heading', { name: 'Importera deltagare' }).waitFor();
}

const pasted: Row[] = [
  ['Cecilia Berg', 'Ronneby kommun', 'kommun', 'Undersköterska'],
  ['David Ek', 'Region Blekinge', 'region', 'Läkare'],
  ['Eva Holm', 'Vårdcentralen Kallinge', 'kommunen X', 'Distriktssköterska'],
  ['Fredrik Lund', 'Omsorg Norr AB', 'privat', 'Enhetschef'],
];

describe('participants of a workshop', () => {
  it('fast entry by keyboard, suggestions, edit, remove with undo, and the same list after a reload', async () => {
    const before = await names();

    // Enter with an empty name: a translated error next to the field, nothing saved.
    await entry().getByLabel('Namn').focus();
    await page.keyboard.press('Enter');
    await entry().getByText('Namn: måste fyllas i').waitFor();
    expect(await entry().getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    expect(await names()).toEqual(before);

    // First person: every field by keyboard, huvudman by type-ahead in the select.
    await page.keyboard.type('Anna Andersson');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ronneby kommun');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kommun');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Biståndshandläggare');
    await page.keyboard.press('Enter');
    await panel.getByRole('rowheader', { name: 'Anna Andersson' }).waitFor();
    expect(await focusedLabel()).toMatch(/^Namn/);
    expect(await entry().getByLabel('Namn').inputValue()).toBe('');
    expect(await entry().getByLabel('Roll/yrke').inputValue()).toBe('');
    expect(await entry().getByLabel('Organisation').inputValue()).toBe('Ronneby kommun');

    // The organisation typed once is now offered as a suggestion.
    const listId = await entry().getByLabel('Organisation').getAttribute('list');
    await expect.poll(() => page.locator(`datalist[id="${listId}"] option[value="Ronneby kommun"]`).count()).toBe(1);

    // Second person from the same organisation: organisation and huvudman stay.
    await page.keyboard.type('Bertil Bengtsson');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sjuksköterska');
    await page.keyboard.press('Enter');
    await panel.getByRole('rowheader', { name: 'Bertil Bengtsson' }).waitFor();

    // Third person from the region; Enter straight from the huvudman select.
    await page.keyboard.type('Cornelia Carlsson');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Region Blekinge');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Region');
    await page.keyboard.press('Enter');
    await panel.getByRole('rowheader', { name: 'Cornelia Carlsson' }).waitFor();
    expect(await focusedLabel()).toMatch(/^Namn/);

    expect(await names()).toEqual([...before, 'Anna Andersson', 'Bertil Bengtsson', 'Cornelia Carlsson']);
    const bertil = panel.getByRole('row', { name: /Bertil Bengtsson/ });
    expect(await bertil.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Ronneby kommun', 'Kommun', 'Sjuksköterska']));
    const cornelia = panel.getByRole('row', { name: /Cornelia Carlsson/ });
    expect(await cornelia.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Region Blekinge', 'Region']));
    await expectAccessible(page, 'participants tab');

    // Edit in a dialog.
    await panel.getByRole('button', { name: 'Redigera Cornelia Carlsson' }).click();
    await dialog().getByLabel('Roll/yrke').fill('Avdelningschef');
    await expectAccessible(page, 'edit participant');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await cornelia.getByRole('cell', { name: 'Avdelningschef' }).waitFor();

    // Remove, told first what it affects (nothing but the name here), then undo from the toast.
    await panel.getByRole('button', { name: 'Ta bort Bertil Bengtsson' }).click();
    await dialog().getByText('Inga lappar eller prickar påverkas.').waitFor();
    await dialog().getByRole('button', { name: 'Ta bort', exact: true }).click();
    await toasts().getByText('Bertil Bengtsson är borttagen').waitFor();
    await expect.poll(names).toEqual([...before, 'Anna Andersson', 'Cornelia Carlsson']);
    await toasts().getByRole('button', { name: 'Ångra', exact: true }).click();
    await panel.getByRole('rowheader', { name: 'Bertil Bengtsson' }).waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Deltagare' }).click();
    await expect.poll(names).toEqual([...before, 'Anna Andersson', 'Bertil Bengtsson', 'Cornelia Carlsson']);
    await panel.getByRole('row', { name: /Cornelia Carlsson/ }).getByRole('cell', { name: 'Avdelningschef' }).waitFor();
  });

  it('pasted text: a row with an unknown huvudman blocks the import until it is fixed; one undo takes the import back', async () => {
    const before = await names();
    await openImport();
    const text = dialog().getByLabel('Klistra in rader');
    await text.fill(pastedText(pasted));
    await dialog().getByRole('button', { name: 'Förhandsgranska texten' }).click();

    await dialog().getByText('Rad 3, kolumn C: okänd huvudman ”kommunen X”').waitFor();
    await dialog().getByText('1 rad behöver rättas.').waitFor();
    const blocked = importButton('Importera');
    expect(await blocked.getAttribute('aria-disabled')).toBe('true');
    await dialog().getByText('Importen går inte att göra förrän alla rader är rättade').waitFor();
    await expectAccessible(page, 'import dialog with problems');
    // Still reachable by keyboard (aria-disabled), but pressing it saves nothing.
    expect(await blocked.isDisabled()).toBe(true);
    await blocked.focus();
    await page.keyboard.press('Enter');
    await dialog().getByText('1 rad behöver rättas.').waitFor();
    expect(await names()).toEqual(before);

    await text.fill(pastedText(pasted.map((row) => (row[2] === 'kommunen X' ? [row[0], row[1], 'region', row[3]] : row))));
    await dialog().getByRole('button', { name: 'Förhandsgranska texten' }).click();
    await dialog().getByText('Alla rader kan importeras.').waitFor();
    await expectAccessible(page, 'import dialog ready');
    await importButton('Importera 4 deltagare').click();

    await toasts().getByText('4 deltagare importerades.').waitFor();
    await expect.poll(names).toEqual([...before, ...pasted.map((row) => row[0])]);
    const eva = panel.getByRole('row', { name: /Eva Holm/ });
    expect(await eva.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Vårdcentralen Kallinge', 'Region', 'Distriktssköterska']));

    // The whole import is one step in the history. The keys act on the step
    // the header names, so wait until it names the import.
    await page.getByRole('button', { name: 'Ångra: Importera deltagare' }).waitFor();
    await page.locator('body').press('Control+z');
    await expect.poll(names).toEqual(before);
    await page.getByRole('button', { name: 'Gör om: Importera deltagare' }).waitFor();
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(names).toEqual([...before, ...pasted.map((row) => row[0])]);
  });

  it('an .xlsx file with a header row is previewed and imported; a broken file saves nothing', async () => {
    const dir = tempDir('samverkstad-xlsx-');
    const before = await names();
    const rows: Row[] = [
      ['Greta Nilsson', 'Ronneby kommun', 'kommun', 'Arbetsterapeut'],
      ['Hassan Ali', 'Region Blekinge', 'Region', 'Kurator'],
      ['Ingrid Persson', 'Vårdcentralen Bräkne-Hoby', 'region', 'Distriktsläkare'],
    ];
    const good = await writeXlsx(dir, 'deltagare.xlsx', ['Namn', 'Organisation', 'Huvudman', 'Roll'], rows);
    const broken = writeGarbage(dir, 'trasig.xlsx');

    await openImport();
    await dialog().getByLabel('Välj Excel-fil (.xlsx)').setInputFiles(broken);
    await dialog().getByRole('alert').getByText('Filen trasig.xlsx kunde inte läsas som en Excel-fil').waitFor();
    expect(await importButton('Importera').getAttribute('aria-disabled')).toBe('true');
    await dialog().getByRole('button', { name: 'Avbryt' }).click();
    expect(await names()).toEqual(before);

    await openImport();
    await dialog().getByLabel('Välj Excel-fil (.xlsx)').setInputFiles(good);
    await dialog().getByText('Från filen deltagare.xlsx.').waitFor();
    await dialog().getByText('Första raden är en rubrikrad och läses inte in.', { exact: false }).waitFor();
    const preview = dialog().getByRole('table', { name: 'Deltagare som kommer att importeras' });
    expect(await preview.getByRole('rowheader').allTextContents()).toEqual(['2', '3', '4']);
    await preview.getByRole('cell', { name: 'Hassan Ali' }).waitFor();
    await importButton('Importera 3 deltagare').click();
    await toasts().getByText('3 deltagare importerades.').waitFor();
    await expect.poll(names).toEqual([...before, ...rows.map((row) => row[0])]);

    await page.reload();
    await page.getByRole('tab', { name: 'Deltagare' }).click();
    await expect.poll(names).toEqual([...before, ...rows.map((row) => row[0])]);
  });

  it('a hostile sparse sheet and a too-large file get clear messages, and the app keeps working', async () => {
    const dir = tempDir('samverkstad-xlsx-');
    const before = await names();
    const hostile = await writeSparseXlsx(dir, 'glest.xlsx');
    const oversized = writeOversized(dir, 'stor.xlsx');

    await openImport();
    await dialog().getByLabel('Välj Excel-fil (.xlsx)').setInputFiles(hostile);
    await dialog().getByRole('alert').getByText('Filen glest.xlsx har innehåll längre till höger än kolumn IV', { exact: false }).waitFor({ timeout: 10_000 });
    expect(await importButton('Importera').getAttribute('aria-disabled')).toBe('true');
    await expectAccessible(page, 'import refused by a limit');

    // Refused in the page before anything is sent.
    await dialog().getByLabel('Välj Excel-fil (.xlsx)').setInputFiles(oversized);
    await dialog().getByRole('alert').getByText('Filen stor.xlsx är större än 8 MB', { exact: false }).waitFor();
    await dialog().getByRole('button', { name: 'Avbryt' }).click();

    // The app still answers: a participant can be added straight away.
    await entry().getByLabel('Namn').fill('Klara Ström');
    await entry().getByLabel('Namn').press('Enter');
    await panel.getByRole('rowheader', { name: 'Klara Ström' }).waitFor();
    expect(await names()).toEqual([...before, 'Klara Ström']);
  });

  it('works in English too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('region', { name: 'Participants' });
    await english.getByRole('form', { name: 'Add participant' }).getByLabel('Name').fill('Jonas Berg');
    await english.getByRole('form', { name: 'Add participant' }).getByLabel('Principal').selectOption('privat');
    await english.getByRole('form', { name: 'Add participant' }).getByLabel('Role/profession').press('Enter');
    await english.getByRole('table', { name: 'Participants in the workshop' }).getByRole('row', { name: /Jonas Berg/ }).getByText('Private').waitFor();
    await english.getByRole('button', { name: 'Import participants' }).click();
    await dialog().getByLabel('Paste rows').fill('Kim Lee\tRegion Blekinge\tlandstinget\tLäkare');
    await dialog().getByRole('button', { name: 'Preview the text' }).click();
    await dialog().getByText('Row 1, column C: unknown principal “landstinget”').waitFor();
    await expectAccessible(page, 'import dialog (en)');
  });
});
