/**
 * The workshop board in the browser, the way a facilitator uses it: notes
 * typed from the paper wall by keyboard, clustered by suggestion, by
 * selection and from the side list, edited, deleted and restored, and the
 * same board after a reload.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiCall, board, boardNote, boardSnapshot, clusterFrame, openBoard, seedExampleWorkshop, sideList } from './support/board';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-board-');
let page: Page;
let alerts: string[];

beforeEach(() => {
  page = session.page;
  alerts = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
});

afterEach(() => {
  expect(alerts, 'script typed into a note must never run').toEqual([]);
});

const XSS = '<img src=x onerror=alert(1)>';

/** Thirty notes from a paper wall; the medication list theme is meant to be obvious. */
const WALL = {
  medication: [
    'Läkemedelslistan stämmer inte när patienten kommer hem',
    'Ingen uppdaterar läkemedelslistan efter utskrivningen',
    'Hemtjänsten får en gammal läkemedelslista',
    'Läkemedelslistan saknas i informationsöverföringen',
    'Två olika läkemedelslistor i journalsystemen',
    'Oklart vem som ansvarar för läkemedelslistan',
  ],
  sip: ['SIP-mötet bokas för sent', 'Kallelsen till SIP kommer efter hemgången', 'Patienten vet inte vad en SIP är'],
  weekend: ['Utskrivning på fredag eftermiddag', 'Hemtjänsten hinner inte planera inför helgen', 'Hjälpmedel saknas första helgen hemma'],
  records: ['Dokumentationen i Lifecare är svår att hitta', 'Olika rutiner för dokumentation på avdelningarna', 'Meddelanden i Lifecare läses inte i tid'],
  family: ['Anhöriga får inte veta när patienten skrivs ut', 'Närstående vet inte vem de ska ringa', 'Anhöriga saknar skriftlig information'],
  other: [
    XSS,
    'Bra samarbete med distriktssköterskan',
    'Telefontiderna krockar mellan vårdcentral och avdelning',
    'Hyrläkare känner inte till rutinerna',
    'Tolk bokas inte till planeringen',
    'Rehab får besked för sent',
    'Ingen uppföljning efter hemgång',
    'Korttidsplats saknas',
    'Fast vårdkontakt utses inte',
    'Bra att vi ses så här',
    'Kommunens sjuksköterska nås inte på kvällen',
    'Vi behöver en gemensam checklista',
  ],
};
const ALL_NOTES: readonly string[] = [...WALL.medication, ...WALL.sip, ...WALL.weekend, ...WALL.records, ...WALL.family, ...WALL.other];

const dialog = () => page.getByRole('dialog');
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const capture = () => page.getByRole('textbox', { name: 'Ny lapp' });
const isFocused = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => element === document.activeElement);

async function typeNote(text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Selects notes with Tab-like focus and Space only. */
async function selectByKeyboard(texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    await boardNote(page, text).focus();
    await page.keyboard.press('Space');
  }
}

async function groupSelection(heading: string, count: number): Promise<void> {
  await page.keyboard.press('g');
  await dialog().getByRole('heading', { name: `Gruppera ${count} lappar` }).waitFor();
  await dialog().getByRole('textbox', { name: 'Rubrik' }).fill(heading);
  await page.keyboard.press('Enter');
  await clusterFrame(page, heading).waitFor();
}

describe('the workshop board', () => {
  it('captures, clusters, edits and restores a wall of notes by keyboard, and looks the same after a reload', async () => {
    const { programme, workshop, participants } = await seedExampleWorkshop(session.server);
    await openBoard(page, programme.name, workshop.title);
    await page.getByRole('tab', { name: 'Tavla', selected: true }).waitFor();
    await expectAccessible(page, 'empty board');

    // N focuses the capture field; thirty notes follow by keyboard only.
    await page.locator('body').press('n');
    expect(await isFocused(capture())).toBe(true);
    for (const [i, text] of ALL_NOTES.entries()) {
      if (i === 6) {
        // Author: Tab to the select and type the first letters of a name.
        await page.keyboard.press('Tab');
        await page.keyboard.type('Omar');
        await page.keyboard.press('Shift+Tab');
      }
      if (i === 12) {
        // Colour: Tab twice to the radio group, an arrow chooses the next colour.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
      }
      if (text === 'Vi behöver en gemensam checklista') {
        await page.keyboard.type('Vi behöver en gemensam');
        await page.keyboard.press('Shift+Enter');
        await typeNote('checklista');
        continue;
      }
      await typeNote(text);
    }
    await expect.poll(() => board(page).locator('[data-note-id]').count()).toBe(30);
    expect(await isFocused(capture())).toBe(true);

    const saved = await apiCall(session.server, 'board.get', { workshopId: workshop.id });
    const byText = (text: string) => saved.notes.find((note) => note.text === text);
    expect(byText(WALL.medication[0]!)?.authorId).toBeNull();
    expect(byText(WALL.sip[0]!)?.authorId).toBe(participants[1]!.id);
    expect(byText(WALL.sip[0]!)?.colour).toBe('yellow');
    expect(byText(WALL.records[0]!)?.colour).toBe('pink');
    expect(byText('Vi behöver en gemensam\nchecklista')).toBeDefined();

    // Over 500 characters is refused, visibly, and nothing is saved.
    await page.keyboard.type('x'.repeat(501));
    await page.getByText('Lappen har 501 tecken').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    expect(await board(page).locator('[data-note-id]').count()).toBe(30);

    // Typed HTML is shown as text and never becomes markup.
    await boardNote(page, XSS).waitFor();
    expect(await board(page).locator('img, script').count()).toBe(0);

    await expectAccessible(page, 'board with notes');

    // 1. A suggested cluster, accepted with an edited heading.
    await page.getByRole('button', { name: 'Föreslå kluster' }).click();
    await dialog().getByRole('heading', { name: 'Förslag på kluster' }).waitFor();
    const proposal = dialog().getByRole('region').filter({ hasText: WALL.medication[0]! });
    await proposal.waitFor();
    await expectAccessible(page, 'suggestion panel');
    await proposal.getByRole('textbox', { name: 'Rubrik' }).fill('Läkemedelslistan');
    await proposal.getByRole('button', { name: 'Godta' }).click();
    await dialog().getByText('1 förslag godtaget.').waitFor();
    await dialog().getByRole('button', { name: 'Stäng' }).click();
    await clusterFrame(page, 'Läkemedelslistan').waitFor();
    const medicationCount = await clusterFrame(page, 'Läkemedelslistan').locator('[data-note-id]').count();
    expect(medicationCount).toBeGreaterThanOrEqual(3);

    // 2. Select with the mouse (click, Shift+click), then G and a heading; first the whole board into view,
    // in focus mode: fitting stops at a readable size, and thirty notes need the room the side list takes.
    await page.locator('body').press('Shift+F');
    await page.getByRole('button', { name: 'Visa hela tavlan' }).click();
    await boardNote(page, WALL.sip[0]!).click();
    await boardNote(page, WALL.sip[1]!).click({ modifiers: ['Shift'] });
    await boardNote(page, WALL.sip[2]!).click({ modifiers: ['Shift'] });
    await groupSelection('Samordnad individuell plan', 3);
    expect(await clusterFrame(page, 'Samordnad individuell plan').locator('[data-note-id]').count()).toBe(3);
    await page.locator('body').press('Shift+F');
    await sideList(page).waitFor();

    // 3. Select on the board with focus and Space only, then G.
    await selectByKeyboard(WALL.weekend);
    await groupSelection('Hemgång inför helgen', 3);

    // 4. The side list without a mouse: checkboxes, then "Gruppera markerade lappar".
    for (const text of WALL.records) {
      await sideList(page).getByRole('checkbox', { name: text }).focus();
      await page.keyboard.press('Space');
    }
    await sideList(page).getByRole('button', { name: 'Gruppera markerade lappar (3)' }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByRole('textbox', { name: 'Rubrik' }).waitFor();
    await page.keyboard.type('Dokumentation');
    await page.keyboard.press('Enter');
    await clusterFrame(page, 'Dokumentation').waitFor();

    // 5. Two notes grouped, a third moved in with the side list's "Flytta" (keyboard only).
    await selectByKeyboard(WALL.family.slice(0, 2));
    await groupSelection('Anhöriga och närstående', 2);
    await sideList(page).getByRole('button', { name: `Flytta till kluster: ${WALL.family[2]!}` }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByRole('combobox', { name: 'Till kluster' }).selectOption({ label: 'Anhöriga och närstående (2 lappar)' });
    await dialog().getByRole('button', { name: 'Flytta', exact: true }).press('Enter');
    await expect.poll(() => clusterFrame(page, 'Anhöriga och närstående').locator('[data-note-id]').count()).toBe(3);
    await expect.poll(() => sideList(page).getByRole('heading', { name: 'Kluster (5)' }).count()).toBe(1);

    // A note inside a cluster: arrows change its place in the cluster.
    const firstInFamily = () => clusterFrame(page, 'Anhöriga och närstående').locator('.note__text').first().textContent();
    const before = await firstInFamily();
    await clusterFrame(page, 'Anhöriga och närstående').locator('[data-note-id]').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(firstInFamily).not.toBe(before);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.note__text')?.textContent)).toBe(before);

    // A free note moves 16 px to the right with the arrow key (one board.move).
    const free = 'Tolk bokas inte till planeringen';
    const xOf = async () => (await apiCall(session.server, 'board.get', { workshopId: workshop.id })).notes.find((n) => n.text === free)?.x;
    const x0 = await xOf();
    await boardNote(page, free).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(xOf).toBe((x0 ?? 0) + 16);

    // Edit in place: Enter opens the text, Enter saves.
    await boardNote(page, 'Bra samarbete med distriktssköterskan').focus();
    await page.keyboard.press('Enter');
    const editor = board(page).getByRole('textbox', { name: 'Lappens text' });
    await editor.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Bra samarbete med distriktssköterskan i Kallinge');
    await page.keyboard.press('Enter');
    await boardNote(page, 'Bra samarbete med distriktssköterskan i Kallinge').waitFor();
    expect(await editor.count()).toBe(0);

    // The context menu opens from the keyboard and closes with Escape, focus back on the note.
    await boardNote(page, 'Rehab får besked för sent').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Åtgärder för lappen' });
    await menu.getByRole('menuitem', { name: 'Duplicera' }).waitFor();
    await expectAccessible(page, 'note menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await isFocused(boardNote(page, 'Rehab får besked för sent'))).toBe(true);

    // Delete, then undo.
    await boardNote(page, 'Bra att vi ses så här').focus();
    await page.keyboard.press('Delete');
    await toasts().getByText('Lappen togs bort.').waitFor();
    await expect.poll(() => boardNote(page, 'Bra att vi ses så här').count()).toBe(0);
    await page.locator('body').press('Control+z');
    await boardNote(page, 'Bra att vi ses så här').waitFor();

    // The shortcut help is generated from the actions and passes axe.
    await page.locator('body').press('?');
    await dialog().getByRole('heading', { name: 'Kortkommandon' }).waitFor();
    await dialog().getByRole('cell', { name: /^G$/ }).first().waitFor();
    await expectAccessible(page, 'shortcut help');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);

    await expectAccessible(page, 'board with clusters');

    // Reload: the same clusters with the same counts, the same texts.
    const snapshot = await boardSnapshot(page);
    expect(snapshot.clusters).toHaveLength(5);
    expect(snapshot.notes).toHaveLength(30);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.boardReady === '1');
    await expect.poll(() => boardSnapshot(page)).toEqual(snapshot);

    // Filter by text: non-matching notes are dimmed on the board and left out of the side list.
    const matching = WALL.medication.length;
    await sideList(page).getByRole('searchbox', { name: 'Sök i lapparna' }).fill('LÄKEMEDELSLIST');
    await sideList(page).getByText(`Visar ${matching} av 30 lappar`).waitFor();
    await expect.poll(() => board(page).locator('.note.is-dimmed').count()).toBe(30 - matching);
    await expect.poll(() => sideList(page).getByRole('checkbox').count()).toBe(matching);
    await expectAccessible(page, 'filtered board');
    await sideList(page).getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => board(page).locator('.note.is-dimmed').count()).toBe(0);

    // Exports download files.
    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera Excel' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera bild (PNG)' }).click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
  }, 180_000);

  it('names things in English too and keeps the participants one tab away', async () => {
    const { programme, workshop } = await seedExampleWorkshop(session.server);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Improvement programmes' }).waitFor();
    await openBoard(page, programme.name, workshop.title);
    await page.getByRole('textbox', { name: 'New note' }).focus();
    await typeNote('Discharge on Friday afternoon');
    await boardNote(page, 'Discharge on Friday afternoon').waitFor();
    await page.getByRole('button', { name: 'Show the whole board' }).waitFor();
    await expectAccessible(page, 'board (en)');

    const tabs = page.getByRole('tablist', { name: 'Parts of the workshop' });
    await tabs.getByRole('tab', { name: 'Board' }).focus();
    await page.keyboard.press('ArrowRight');
    await tabs.getByRole('tab', { name: 'Participants', selected: true }).waitFor();
    expect(await board(page).isVisible()).toBe(false);
    await page.keyboard.press('ArrowLeft');
    await tabs.getByRole('tab', { name: 'Board', selected: true }).waitFor();
    expect(await board(page).isVisible()).toBe(true);
  });
});
