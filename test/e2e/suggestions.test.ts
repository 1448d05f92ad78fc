/**
 * Suggested clusters in the browser: the heading reads as one of the notes'
 * own phrases, a note that does not belong is taken out of the proposal by
 * keyboard before it is accepted, and accepting is one undoable step.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiCall, clusterFrame, openBoard, seedExampleWorkshop } from './support/board';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-suggest-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const IT_SUPPORT = [
  'Otydlig dokumentation i IT-stödet när patienten skrivs ut',
  'Dokumentationen i IT-stödet är otydlig och svår att hitta',
  'Vet inte var i IT-stödet vi ska dokumentera funktionsnivån',
  'Otydligt vad som ska dokumenteras i IT-stödet och när',
  'Sjuksköterskan hittar inte dokumentationen i IT-stödet',
];
const OTHER = ['Kallelse till SIP kommer för sent', 'Oklart vem som kallar till SIP-mötet', 'Parkeringen vid sjukhuset räcker inte'];

const dialog = () => page.getByRole('dialog');
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('suggested clusters', () => {
  it('takes a note out of a proposal by keyboard, then accepts it as one undoable step', async () => {
    const { programme, workshop } = await seedExampleWorkshop(session.server);
    for (const text of [...IT_SUPPORT, ...OTHER]) await apiCall(session.server, 'note.create', { workshopId: workshop.id, text, colour: 'yellow', authorId: null });
    await openBoard(page, programme.name, workshop.title);

    await page.getByRole('button', { name: 'Föreslå kluster' }).click();
    const proposal = dialog().getByRole('region').filter({ has: page.getByRole('textbox', { name: 'Rubrik' }) }).filter({ hasText: IT_SUPPORT[0]! });
    await proposal.waitFor();
    // Which phrase wins depends on the whole board (shared/board/suggest.test.ts pins them); here: whole words, "IT-" kept.
    const heading = await proposal.getByRole('textbox', { name: 'Rubrik' }).inputValue();
    expect(heading).toMatch(/(^| )IT-stödet( |$)/);
    expect(IT_SUPPORT.some((text) => text.toLowerCase().includes(heading.toLowerCase()))).toBe(true);
    await proposal.getByRole('heading', { name: /– 5 lappar$/ }).waitFor();
    await expectAccessible(page, 'suggestions with remove buttons');

    // Keyboard only: focus the third note's button, Enter; focus moves on to the next note.
    await proposal.getByRole('button', { name: `Ta bort ”${IT_SUPPORT[2]}” ur förslaget` }).focus();
    await page.keyboard.press('Enter');
    await proposal.getByRole('heading', { name: /– 4 lappar$/ }).waitFor();
    expect(await proposal.getByText(IT_SUPPORT[2]!, { exact: true }).count()).toBe(0);
    expect(await focusedName()).toBe(`Ta bort ”${IT_SUPPORT[3]}” ur förslaget`);
    await dialog().getByRole('status').getByText(`”${IT_SUPPORT[2]}” togs bort ur förslaget.`, { exact: false }).waitFor();

    await proposal.getByRole('button', { name: 'Godta' }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByText('1 förslag godtaget.').waitFor();
    await dialog().getByRole('button', { name: 'Stäng' }).click();

    await expect.poll(() => clusterFrame(page, heading).locator('[data-note-id]').count()).toBe(4);
    const clustered = async () => {
      const saved = await apiCall(session.server, 'board.get', { workshopId: workshop.id });
      return saved.notes.filter((note) => note.clusterId !== null).map((note) => note.text).sort();
    };
    const expected = IT_SUPPORT.filter((_, i) => i !== 2).sort();
    expect(await clustered()).toEqual(expected);

    // One step back removes the whole cluster, one forward brings it back.
    await page.getByRole('button', { name: 'Ångra: Gruppera' }).waitFor();
    await page.locator('body').press('Control+z');
    await expect.poll(clustered).toEqual([]);
    await page.getByRole('button', { name: 'Gör om: Gruppera' }).waitFor();
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(clustered).toEqual(expected);
  });
});
