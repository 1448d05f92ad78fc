import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { openExampleParticipants, participantNames } from './support/participants';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-e2e-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const dialog = () => page.getByRole('dialog');

describe('text that cannot be saved', () => {
  it('is refused with the field and the character named, in a form, an import preview and note capture; nothing is saved', async () => {
    const panel = await openExampleParticipants(page);
    const before = await participantNames(panel);

    const entry = panel.getByRole('form', { name: 'Lägg till deltagare' });
    await entry.getByLabel('Namn').fill('Anna\uffffBerg');
    await entry.getByLabel('Namn').press('Enter');
    await entry.getByText('Namn: innehåller ett tecken som inte kan sparas (U+FFFF, tecken nummer 5)').waitFor();
    expect(await entry.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'participant form with a refused character');

    await panel.getByRole('button', { name: 'Importera deltagare' }).click();
    await dialog().getByLabel('Klistra in rader').fill('Eva Holm\tVårdcentralen\uFFFE\tregion\tLäkare\nOla Ek\tRonneby kommun\tkommun\t');
    await dialog().getByRole('button', { name: 'Förhandsgranska texten' }).click();
    await dialog().getByText('Rad 1, kolumn B: texten för Organisation innehåller ett tecken som inte kan sparas (U+FFFE).').waitFor();
    await dialog().getByText('1 rad behöver rättas.').waitFor();
    await page.keyboard.press('Escape');
    expect(await participantNames(panel)).toEqual(before);

    await page.getByRole('tab', { name: 'Tavla' }).click();
    await page.waitForFunction(() => document.body.dataset.boardReady === '1');
    const notesBefore = await page.getByTestId('board-canvas').getByRole('button').count();
    const capture = page.getByRole('textbox', { name: 'Ny lapp' });
    await capture.fill('Hemgång \uffff');
    await capture.press('Enter');
    await page
      .getByRole('alert')
      .getByText('Texten i fältet Text innehåller ett tecken som inte kan sparas (U+FFFF, tecken nummer 9). Ta bort tecknet och försök igen. Inget har sparats.')
      .waitFor();
    expect(await capture.inputValue()).toBe('Hemgång \uffff');
    expect(await page.getByTestId('board-canvas').getByRole('button').count()).toBe(notesBefore);
  });
});
