/** Helpers for the board end-to-end test: seeding over the API and finding things on the board. */
import type { Locator, Page } from 'playwright-core';
import { apiCall, type WebServer } from './web-server';

export { apiCall };

/** The example workshop, with three participants added. */
export async function seedExampleWorkshop(server: WebServer) {
  const [programme] = await apiCall(server, 'programme.list', {});
  if (!programme) throw new Error('no example programme');
  const [workshop] = await apiCall(server, 'workshop.list', { programmeId: programme.id });
  if (!workshop) throw new Error('no example workshop');
  const people = [
    { name: 'Anna Berg', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Biståndshandläggare' },
    { name: 'Omar Haddad', organisation: 'Blekingesjukhuset', huvudman: 'region', role: 'Sjuksköterska' },
    { name: 'Lena Ek', organisation: 'Vårdcentralen Kallinge', huvudman: 'region', role: 'Distriktsläkare' },
  ] as const;
  const participants = [];
  for (const person of people) participants.push(await apiCall(server, 'participant.create', { workshopId: workshop.id, ...person }));
  return { programme, workshop, participants };
}

export async function openBoard(page: Page, programmeName: string, workshopTitle: string): Promise<void> {
  await page.getByRole('link', { name: programmeName }).click();
  // The programme page links to a workshop from its improvement areas too; open it from the list.
  await page.getByRole('list', { name: /^(Workshoppar|Workshops)$/ }).getByRole('link', { name: workshopTitle }).click();
  await page.waitForFunction(() => document.body.dataset.boardReady === '1');
}

export const board = (page: Page): Locator => page.getByTestId('board-canvas');

/** A note on the board, found by its exact text. */
export const boardNote = (page: Page, text: string): Locator =>
  board(page).locator('[data-note-id]').filter({ has: page.locator('.note__text', { hasText: new RegExp(`^${escape(text)}$`) }) });

export const clusterFrame = (page: Page, heading: string): Locator =>
  board(page).locator('[data-cluster-id]').filter({ has: page.locator('.cluster__heading', { hasText: new RegExp(`^${escape(heading)}$`) }) });

export const sideList = (page: Page): Locator => page.getByRole('complementary', { name: 'Kluster och lappar' });

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Headings and note counts of all clusters, and all note texts, as the board shows them. */
export async function boardSnapshot(page: Page): Promise<{ clusters: string[]; notes: string[] }> {
  const clusters = await board(page)
    .locator('[data-cluster-id]')
    .evaluateAll((frames) =>
      frames
        .map((frame) => `${frame.querySelector('.cluster__heading')?.textContent} (${frame.querySelectorAll('[data-note-id]').length})`)
        .sort(),
    );
  const notes = await board(page)
    .locator('.note__text')
    .evaluateAll((texts) => texts.map((t) => t.textContent ?? '').sort());
  return { clusters, notes };
}
