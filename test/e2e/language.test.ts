/**
 * Switching language while texts are on screen: the board's and the voting
 * round's status lines, a form's error, and a toast shown before the switch
 * all read in the new language, and the document's lang follows, so long
 * compounds hyphenate by the right rules.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiCall, boardNote, openBoard, seedExampleWorkshop } from './support/board';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-language-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const toasts = () => page.getByRole('region', { name: /^(Meddelanden|Notifications)$/ });
const tab = (name: string) => page.getByRole('tablist').first().getByRole('tab', { name });

/** Switches by keyboard, so a pointer resting on a toast keeps it from timing out meanwhile. */
async function switchTo(language: 'English' | 'Svenska'): Promise<void> {
  await page.getByRole('button', { name: language }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language === 'English' ? 'en' : 'sv');
}

describe('a change of language', () => {
  it('reaches status lines, form errors and toasts already on screen', async () => {
    const { programme, workshop, participants } = await seedExampleWorkshop(session.server);
    const notes = [];
    for (const text of ['Läkemedelslistan stämmer inte', 'Fel dos efter utskrivningen']) {
      notes.push(await apiCall(session.server, 'note.create', { workshopId: workshop.id, text, colour: 'yellow', authorId: null }));
    }
    await apiCall(session.server, 'cluster.create', { workshopId: workshop.id, heading: 'Läkemedel', noteIds: notes.map((note) => note.id) });
    await apiCall(session.server, 'voting.start', { workshopId: workshop.id, settings: {} });
    await openBoard(page, programme.name, workshop.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await boardNote(page, 'Läkemedelslistan stämmer inte').locator('.note__text').evaluate((text) => getComputedStyle(text).hyphens)).toBe('auto');

    // The capture bar's status, and a toast with its undo button, both shown in Swedish.
    await page.getByRole('textbox', { name: 'Ny lapp' }).fill('Samverkansöverenskommelsen följs inte');
    await page.keyboard.press('Enter');
    const status = page.locator('.capture__status');
    await expect.poll(() => status.textContent()).toBe('Sparad: ”Samverkansöverenskommelsen följs inte”');
    await boardNote(page, 'Samverkansöverenskommelsen följs inte').click();
    await page.keyboard.press('Delete');
    const toast = toasts().getByRole('listitem').filter({ hasText: 'Lappen togs bort.' });
    await toast.waitFor();
    await toast.hover();

    await switchTo('English');
    await toasts().getByRole('listitem').filter({ hasText: 'The note was deleted.' }).getByRole('button', { name: 'Undo', exact: true }).waitFor();
    await expect.poll(() => status.textContent()).toBe('Saved: “Samverkansöverenskommelsen följs inte”');

    // Voting: the voter's status line and the round's facts.
    await tab('Voting').click();
    await page.getByRole('button', { name: 'Put a dot on Läkemedel' }).click();
    const voter = page.getByRole('status').filter({ hasText: participants[0]!.name });
    await voter.getByText(`${participants[0]!.name} has 2 dots left`).waitFor();
    await page.getByText('Votes hidden', { exact: true }).waitFor();
    await switchTo('Svenska');
    await voter.getByText(`${participants[0]!.name} har 2 prickar kvar`).waitFor();
    await page.getByText('Rösterna är dolda', { exact: true }).waitFor();

    // A form's error and the entry form's status line on the participants tab.
    await tab('Deltagare').click();
    const entry = page.getByRole('form', { name: /^(Lägg till deltagare|Add participant)$/ });
    await entry.getByRole('button', { name: 'Lägg till' }).click();
    await entry.getByText('Namn: måste fyllas i').waitFor();
    await switchTo('English');
    await entry.getByText('Name: must not be empty').waitFor();
    // The same error in another language does not pull focus back to the field.
    expect(await page.getByRole('button', { name: 'English' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await entry.getByRole('textbox', { name: 'Name' }).fill('Karin Holm');
    await entry.getByRole('button', { name: 'Add' }).click();
    await entry.getByText('Karin Holm has been added. Go on with the next participant.').waitFor();
    await switchTo('Svenska');
    await entry.getByText('Karin Holm är tillagd. Fortsätt med nästa deltagare.').waitFor();
  });
});
