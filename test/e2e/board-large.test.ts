/**
 * A county-wide board in the browser: 2,100 notes, of which only those near
 * the view are drawn. Tab still reaches every note in reading order, a note
 * moved by keyboard stays drawn and focused however far the view is from it,
 * and a selection box selects from the model, drawn or not.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/board/schema';
import { apiCall, board, openBoard, seedExampleWorkshop } from './support/board';
import type { WebServer } from './support/web-server';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-board-large-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const COLUMNS = 40;
/** The grid starts this far right, so the board's top left corner is empty and a selection box can start there. */
const LEFT = 600;
const place = (i: number) => ({ x: LEFT + (i % COLUMNS) * 180, y: 40 + Math.floor(i / COLUMNS) * 124 });

/** 2,100 free notes in a grid 40 wide: 50 typed, the rest duplicated from them, then all laid out in one move per 2,000. */
async function seedLargeBoard(server: WebServer): Promise<{ title: string; programme: string; notes: Note[] }> {
  const { programme, workshop } = await seedExampleWorkshop(server);
  let notes: Note[] = [];
  for (let i = 0; i < 50; i++) {
    notes.push(await apiCall(server, 'note.create', { workshopId: workshop.id, text: `Lapp ${i + 1}`, colour: 'yellow', authorId: null, position: place(i) }));
  }
  while (notes.length < 2100) {
    const copies = await apiCall(server, 'note.duplicate', { ids: notes.slice(0, Math.min(500, 2100 - notes.length)).map((note) => note.id) });
    notes = [...notes, ...copies];
  }
  const { notes: all } = await apiCall(server, 'board.get', { workshopId: workshop.id });
  const ours = all.filter((note) => notes.some((n) => n.id === note.id));
  for (let from = 0; from < ours.length; from += 2000) {
    await apiCall(server, 'board.move', { notes: ours.slice(from, from + 2000).map((note, i) => ({ id: note.id, ...place(from + i) })), clusters: [] });
  }
  return { title: workshop.title, programme: programme.name, notes: ours.map((note, i) => ({ ...note, ...place(i) })) };
}

const drawnNotes = () => board(page).locator('[data-note-id]');
const focusedNoteId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.noteId ?? null);

describe('a board of 2,100 notes', () => {
  it('draws what is near the view, Tabs to any note, keeps a moved note focused and selects with a box', async () => {
    const seeded = await seedLargeBoard(session.server);
    const { notes: onServer } = await apiCall(session.server, 'board.get', { workshopId: seeded.notes[0]!.workshopId });
    // Every note of the example workshop, in reading order: the order Tab goes.
    const reading = [...onServer].sort((a, b) => a.y - b.y || a.x - b.x);
    await openBoard(page, seeded.programme, seeded.title);
    const drawn = await drawnNotes().count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(500);

    // A selection box over the empty corner and three columns of three rows: nine notes, found from the model.
    const canvas = (await board(page).boundingBox())!;
    await page.mouse.move(canvas.x + 20, canvas.y + 20);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 700, canvas.y + 200, { steps: 5 });
    await page.mouse.move(canvas.x + 1100, canvas.y + 320, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => board(page).locator('[data-note-id][aria-pressed="true"]').count()).toBe(9);
    await page.keyboard.press('Escape');
    await expect.poll(() => board(page).locator('[data-note-id][aria-pressed="true"]').count()).toBe(0);

    // Tab from the board itself: the first note in reading order, then on through notes not drawn at first.
    const far = reading[35]!;
    expect(await page.locator(`[data-note-id="${far.id}"]`).count()).toBe(0);
    await board(page).focus();
    for (let i = 0; i <= 35; i++) {
      await page.keyboard.press('Tab');
      await expect.poll(focusedNoteId).toBe(reading[i]!.id);
    }

    // Moved down by keyboard (it follows focus into the selection), saved, and still the focused element.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
    await expect
      .poll(async () => (await apiCall(session.server, 'board.get', { workshopId: far.workshopId })).notes.find((n) => n.id === far.id)?.y)
      .toBeGreaterThan(far.y);
    expect(await focusedNoteId()).toBe(far.id);

    // The view goes far up the board (dragged with the middle button); the note stays drawn and focused, while the notes drawn around it are gone.
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 10);
      await page.mouse.down({ button: 'middle' });
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height - 10, { steps: 4 });
      await page.mouse.up({ button: 'middle' });
    }
    await expect.poll(() => page.locator(`[data-note-id="${reading[34]!.id}"]`).count()).toBe(0);
    expect(await focusedNoteId()).toBe(far.id);
    const box = (await page.locator(`[data-note-id="${far.id}"]`).boundingBox())!;
    expect(box.y).toBeGreaterThan(canvas.y + canvas.height);
  });
});
