/**
 * Undo in the browser follows the page: each workshop has its own history,
 * so Ctrl+Z in one tab never takes back what another tab did in another
 * workshop, and the header names the step it would undo.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiCall, board, boardNote, seedExampleWorkshop } from './support/board';
import { expectAccessible } from './support/browser';
import { openExampleParticipants, participantNames } from './support/participants';
import { useAppSession } from './support/session';
import type { WebServer } from './support/web-server';

const session = useAppSession('samverkstad-undo-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const capture = (on: Page) => on.getByRole('textbox', { name: 'Ny lapp' });
const undoButton = (on: Page) => on.getByRole('group', { name: 'Ångra och gör om i den här workshoppen' }).getByRole('button', { name: /^Ångra/ });

async function openWorkshop(on: Page, id: string): Promise<void> {
  await on.evaluate((hash) => (window.location.hash = hash), `#/workshop/${id}`);
  await on.waitForFunction(() => document.body.dataset.boardReady === '1');
}

async function twoWorkshops(server: WebServer) {
  const { workshop } = await seedExampleWorkshop(server);
  const other = await apiCall(server, 'workshop.create', { programmeId: workshop.programmeId, title: 'Uppföljning', date: null, type: 'uppfoljning', goals: '' });
  return { a: workshop, b: other };
}

async function addNote(on: Page, text: string): Promise<void> {
  await capture(on).fill(text);
  await capture(on).press('Enter');
  await boardNote(on, text).waitFor();
}

const noteTexts = async (server: WebServer, workshopId: string) =>
  (await apiCall(server, 'board.get', { workshopId })).notes.map((n) => n.text).sort();

describe('undo scoped to the workshop in the browser', () => {
  it('two tabs on two workshops: Ctrl+Z in one never undoes the other’s note', async () => {
    const { a, b } = await twoWorkshops(session.server);
    await openWorkshop(page, a.id);
    const other = await session.context.newPage();
    await other.goto(session.server.url);
    await openWorkshop(other, b.id);

    // A person looks at one tab at a time; Chromium pauses drawing in the others.
    await page.bringToFront();
    await addNote(page, 'Från flik A');
    await other.bringToFront();
    await addNote(other, 'Från flik B');
    await other.getByRole('button', { name: 'Ångra: Ny lapp' }).waitFor();
    await page.bringToFront();
    // The header names the step this page would undo: its own note.
    await undoButton(page).and(page.getByRole('button', { name: 'Ångra: Ny lapp' })).waitFor();
    await expectAccessible(page, 'board with scoped undo');

    await page.locator('body').press('Control+z');
    await boardNote(page, 'Från flik A').waitFor({ state: 'detached' });
    expect(await noteTexts(session.server, b.id)).toEqual(['Från flik B']);
    await boardNote(other, 'Från flik B').waitFor();

    // Next in A's history is A's own earlier step (a participant seeded there), not B's note.
    await page.getByRole('button', { name: 'Ångra: Lägg till deltagare' }).waitFor();
    await other.bringToFront();
    await other.getByRole('button', { name: 'Ångra: Ny lapp' }).waitFor();
    await other.locator('body').press('Control+z');
    await boardNote(other, 'Från flik B').waitFor({ state: 'detached' });
    expect(await noteTexts(session.server, a.id)).toEqual([]);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Gör om: Ny lapp' }).waitFor();
    await boardNote(page, 'Från flik A').waitFor({ state: 'detached' });
    await other.close();
  });

  it('a closed voting round is not reopened by Ctrl+Z on another workshop’s board', async () => {
    const { a, b } = await twoWorkshops(session.server);
    const note = await apiCall(session.server, 'note.create', { workshopId: a.id, text: 'Läkemedel', colour: 'yellow', authorId: null });
    await apiCall(session.server, 'matrix.place', { workshopId: a.id, placements: [{ itemId: note.id, kind: 'note', x: 0.5, y: 0.5 }] });
    const { round } = await apiCall(session.server, 'voting.start', { workshopId: a.id, settings: { scope: { kind: 'selection', itemIds: [note.id] } } });
    await apiCall(session.server, 'voting.setStatus', { roundId: round.id, status: 'closed' });

    await openWorkshop(page, b.id);
    await addNote(page, 'I workshop B');
    await page.getByRole('button', { name: 'Ångra: Ny lapp' }).waitFor();
    await page.locator('body').press('Control+z');
    await boardNote(page, 'I workshop B').waitFor({ state: 'detached' });
    await page.locator('body').press('Control+z');
    await page.locator('body').press('Control+z');

    const [state] = await apiCall(session.server, 'voting.rounds', { workshopId: a.id });
    expect(state!.round.status).toBe('closed');
  });

  it('keys pressed while an undo is still on its way wait their turn: none is lost', async () => {
    const { a } = await twoWorkshops(session.server);
    await openWorkshop(page, a.id);
    await addNote(page, 'Första lappen');
    await addNote(page, 'Andra lappen');
    await page.getByRole('button', { name: 'Ångra: Ny lapp' }).waitFor();
    await board(page).focus();

    // Back to back, without waiting for an answer in between.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => noteTexts(session.server, a.id)).toEqual([]);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => noteTexts(session.server, a.id)).toEqual(['Andra lappen', 'Första lappen']);
    await boardNote(page, 'Andra lappen').waitFor();
  });

  it('Ctrl+Z in the empty note field right after Enter removes that note; with text, it undoes typing only', async () => {
    const { a } = await twoWorkshops(session.server);
    await openWorkshop(page, a.id);
    await addNote(page, 'Första lappen');
    await addNote(page, 'Andra lappen');
    await page.getByRole('button', { name: 'Ångra: Ny lapp' }).waitFor();

    // Focus is still in the emptied field after Enter.
    expect(await capture(page).evaluate((field) => field === document.activeElement && (field as HTMLTextAreaElement).value === '')).toBe(true);
    await capture(page).press('Control+z');
    await boardNote(page, 'Andra lappen').waitFor({ state: 'detached' });
    await boardNote(page, 'Första lappen').waitFor();

    // The step can be redone from the field as well.
    await capture(page).press('Control+Shift+z');
    await boardNote(page, 'Andra lappen').waitFor();

    await capture(page).pressSequentially('halv');
    await capture(page).press('Control+z');
    expect(await board(page).locator('[data-note-id]').count()).toBe(2);
    expect(await noteTexts(session.server, a.id)).toEqual(['Andra lappen', 'Första lappen']);
  });

  it('Ctrl+Z in the emptied participant name field takes the person just added back out', async () => {
    const panel = await openExampleParticipants(page);
    const entry = panel.getByRole('form', { name: 'Lägg till deltagare' });
    const before = await participantNames(panel);
    await entry.getByLabel('Namn').fill('Maja Lind');
    await entry.getByLabel('Roll/yrke').fill('Arbetsterapeut');
    await entry.getByLabel('Roll/yrke').press('Enter');
    await panel.getByRole('rowheader', { name: 'Maja Lind' }).waitFor();
    await page.getByRole('button', { name: 'Ångra: Lägg till deltagare' }).waitFor();

    await entry.getByLabel('Namn').press('Control+z');
    await panel.getByRole('rowheader', { name: 'Maja Lind' }).waitFor({ state: 'detached' });
    expect(await participantNames(panel)).toEqual(before);
  });
});
