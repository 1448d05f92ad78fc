import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-e2e-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const dialog = () => page.getByRole('dialog');
const nav = (name: string) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });

async function createProgramme(name: string) {
  await page.getByRole('button', { name: 'Nytt program', exact: true }).click();
  await dialog().getByLabel('Namn').fill(name);
  await dialog().getByLabel('Kommun/område').fill('Ronneby');
  await dialog().getByLabel('Nivå').selectOption('lokal');
  await dialog().getByLabel('Beskrivning').fill('Trygg hemgång');
  await dialog().getByRole('button', { name: 'Skapa program' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function createWorkshop(title: string) {
  await page.getByRole('button', { name: 'Ny workshop', exact: true }).click();
  await dialog().getByLabel('Titel').fill(title);
  await dialog().getByLabel('Datum').fill('2027-02-10');
  await dialog().getByLabel('Typ').selectOption('ledning');
  await dialog().getByLabel('Mål').fill('En gemensam bild av nuläget');
  await dialog().getByRole('button', { name: 'Skapa workshop' }).click();
  // The new workshop opens, its heading focused so a screen reader says where the user is.
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('tab', { name: 'Tavla', selected: true }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(title);
  expect(new URL(page.url()).hash).toMatch(/^#\/workshop\//);
}

describe('programmes and workshops in the browser', () => {
  it('starts with the example programme, marked as an example', async () => {
    const list = page.getByRole('list', { name: 'Alla program' });
    await expect.poll(() => list.getByRole('link', { name: 'Exempel: LOS Ronneby' }).count()).toBe(1);
    await expect.poll(() => list.getByText('Exempel', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'start');
  });

  it('create → workshop → edit → delete → undo → reload shows the same', async () => {
    await createProgramme('LOS Karlshamn');
    await createWorkshop('Workshop med ledningen');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'LOS Karlshamn' }).waitFor();
    await page.getByRole('link', { name: 'Workshop med ledningen' }).waitFor();
    await expectAccessible(page, 'programme');

    await page.getByRole('button', { name: 'Redigera Workshop med ledningen' }).click();
    await dialog().getByLabel('Titel').fill('Workshop med ledningen, del 1');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('link', { name: 'Workshop med ledningen, del 1' }).waitFor();

    await page.getByRole('button', { name: 'Ta bort Workshop med ledningen, del 1' }).click();
    await dialog().getByRole('button', { name: 'Ta bort', exact: true }).click();
    await toasts().getByText('Workshoppen togs bort').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Workshop med ledningen, del 1' }).count()).toBe(0);

    await toasts().getByRole('button', { name: 'Ångra', exact: true }).click();
    await page.getByRole('link', { name: 'Workshop med ledningen, del 1' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'LOS Karlshamn' }).waitFor();
    await page.getByRole('link', { name: 'Workshop med ledningen, del 1' }).waitFor();

    await page.getByRole('link', { name: 'Workshop med ledningen, del 1' }).click();
    await page.getByRole('region', { name: 'Tavla' }).waitFor();
    await expectAccessible(page, 'board');
  });

  it('undo and redo with the keyboard and header buttons, also after a reload', async () => {
    await createProgramme('LOS Olofström');
    await nav('Program');
    await page.getByRole('link', { name: 'LOS Olofström' }).waitFor();

    await page.getByRole('button', { name: 'Ta bort LOS Olofström' }).click();
    await dialog().getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'LOS Olofström' }).count()).toBe(0);

    await page.reload();
    await page.getByRole('button', { name: 'Ångra: Ta bort program' }).waitFor();
    await page.locator('body').press('Control+z');
    await page.getByRole('link', { name: 'LOS Olofström' }).waitFor();

    await page.getByRole('button', { name: 'Gör om: Ta bort program' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'LOS Olofström' }).count()).toBe(0);
    await page.locator('body').press('Control+Shift+z');
    await page.locator('body').press('Control+z');
    await page.getByRole('link', { name: 'LOS Olofström' }).waitFor();
  });

  it('shows a translated error for bad input and saves nothing', async () => {
    await page.getByRole('button', { name: 'Nytt program', exact: true }).click();
    await dialog().getByLabel('Namn').fill('   ');
    await dialog().getByRole('button', { name: 'Skapa program' }).click();
    await dialog().getByText('måste fyllas i').first().waitFor();
    await expect.poll(() => dialog().getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'programme form with error');
    await dialog().getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Alla program' }).getByRole('listitem').count()).toBe(1);
  });

  it('switches language and remembers it across a reload', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Improvement programmes' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'start (en)');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Improvement programmes' }).waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
  });

  it('a second tab sees a change made in the first without reloading', async () => {
    const second = await session.context.newPage();
    await second.goto(session.server.url);
    await second.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
    await createProgramme('LOS Sölvesborg');
    await second.getByRole('link', { name: 'LOS Sölvesborg' }).waitFor({ timeout: 10_000 });
  });

  it('the data page shows the database, makes a backup and restores one', async () => {
    await nav('Data');
    await page.getByRole('heading', { level: 1, name: 'Data och säkerhetskopior' }).waitFor();
    await page.getByText('samverkstad.db').first().waitFor();
    await page.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
    await page.getByRole('cell', { name: 'Manuell' }).waitFor();
    await expectAccessible(page, 'data');

    await nav('Program');
    await createProgramme('Efter kopian');
    await nav('Data');
    await page.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).first().click();
    await expectAccessible(page, 'restore dialog');
    await dialog().getByRole('button', { name: 'Återställ', exact: true }).click();
    await page.getByRole('cell', { name: 'Före återställning' }).waitFor();

    await nav('Program');
    await page.getByRole('link', { name: 'Exempel: LOS Ronneby' }).waitFor();
    expect(await page.getByRole('link', { name: 'Efter kopian' }).count()).toBe(0);
  });
});
