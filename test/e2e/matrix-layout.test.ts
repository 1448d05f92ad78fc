/**
 * The matrix never hides a card. Six clusters sent to their fields with
 * keys 1–4 (four of them to one field), then grown by their vote counts:
 * no two cards overlap, none covers a field's name or leaves its field —
 * on the working matrix, in the summary and in the printout. The boxes are
 * the ones the browser draws (getBoundingClientRect, transforms included).
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { call, type ClusterKey, heading, matrixParts, openWorkshopTab, type Seeded, seedWorkshop, voteByPlan } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-matrix-layout-');
let page: Page;
let seeded: Seeded;

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
});

const matrixPanel = () => matrixParts(page).panel;
const tray = () => matrixParts(page).tray;
const placedList = () => matrixParts(page).placed;
const summary = () => page.getByRole('region', { name: 'Sammanfattning', exact: true });

/**
 * What is wrong with the picture under `frame`: pairs of cards that
 * overlap, cards over a field's name, cards not wholly inside their field,
 * and text (the vote count) cut off at a card's edge. Empty when all is well.
 */
function faults(frame: Locator, cardSelector: string): Promise<string[]> {
  return frame.evaluate((root, selector) => {
    const box = (el: Element) => el.getBoundingClientRect();
    const cut = 0.5;
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - cut && b.left < a.right - cut && a.top < b.bottom - cut && b.top < a.bottom - cut;
    const within = (a: DOMRect, b: DOMRect) => a.left >= b.left - cut && a.top >= b.top - cut && a.right <= b.right + cut && a.bottom <= b.bottom + cut;
    const fields = [...root.querySelectorAll('[data-quadrant]')].map((field) => ({
      quadrant: field.getAttribute('data-quadrant'),
      rect: box(field),
      label: box(field.querySelector('.matrix-box__field-name')!),
    }));
    const cards = [...root.querySelectorAll(selector)].map((card) => ({ name: card.querySelector('.matrix-item__title')?.textContent ?? '?', card, rect: box(card) }));
    const found: string[] = [];
    cards.forEach((a, i) => {
      const centre = { x: (a.rect.left + a.rect.right) / 2, y: (a.rect.top + a.rect.bottom) / 2 };
      const home = fields.find((f) => centre.x >= f.rect.left && centre.x <= f.rect.right && centre.y >= f.rect.top && centre.y <= f.rect.bottom);
      if (!home || !within(a.rect, home.rect)) found.push(`${a.name} leaves its field`);
      for (const field of fields) if (overlap(a.rect, field.label)) found.push(`${a.name} covers the name of ${field.quadrant}`);
      for (const b of cards.slice(i + 1)) if (overlap(a.rect, b.rect)) found.push(`${a.name} overlaps ${b.name}`);
      for (const part of a.card.querySelectorAll('.matrix-item__votes')) if (!within(box(part), a.rect)) found.push(`${a.name}: vote count cut off`);
    });
    return found;
  }, cardSelector);
}

describe('the matrix never hides a card', () => {
  it('keeps six clusters placed by keys 1–4 apart on the matrix, in the summary and in print', async () => {
    await openWorkshopTab(page, 'Fyrfältare');
    await expect.poll(() => tray().getByRole('listitem').count()).toBe(6);
    const frame = matrixPanel().locator('.matrix-frame');

    // Four clusters into "Enkelt, kort sikt", then one each into two other fields.
    const keys: readonly [ClusterKey, string][] = [
      ['A', '1'],
      ['B', '1'],
      ['C', '1'],
      ['D', '1'],
      ['E', '2'],
      ['F', '4'],
    ];
    for (const [key, field] of keys) {
      await tray().getByRole('button', { name: heading(key) }).focus();
      await page.keyboard.press(field);
      await placedList().getByRole('button', { name: heading(key) }).waitFor();
      expect(await faults(frame, '[data-matrix-item]'), `after ${heading(key)}`).toEqual([]);
    }
    const placements = await call(session.server, 'matrix.get', { workshopId: seeded.workshop.id });
    expect(placements.placements).toHaveLength(6);
    // Each card has its own stored point: none was stacked on another's.
    expect(new Set(placements.placements.map((p) => `${p.x}:${p.y}`)).size).toBe(6);
    await expectAccessible(page, 'matrix with six cards');

    // Shift+Up from the last card into the crowded field: it stops at the field's name or another card, never on one.
    await placedList().getByRole('button', { name: heading('D') }).focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+ArrowUp');
      expect(await faults(frame, '[data-matrix-item]'), `Shift+Up ${i + 1}`).toEqual([]);
    }

    // The reveal adds a vote count to every card, so each grows taller.
    await voteByPlan(session.server, seeded);
    await placedList().getByRole('button', { name: heading('A') }).filter({ hasText: '7 röster' }).waitFor();
    expect(await faults(frame, '[data-matrix-item]'), 'with vote counts').toEqual([]);

    await page.getByRole('tab', { name: 'Sammanfattning' }).click();
    const picture = summary().locator('.matrix-static');
    await picture.getByText('7 röster').waitFor();
    expect(await picture.locator('.matrix-item').count()).toBe(6);
    expect(await faults(picture, '.matrix-item')).toEqual([]);
    await expectAccessible(page, 'summary with the matrix');

    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
    expect(await faults(picture, '.matrix-item'), 'printed').toEqual([]);
  });
});
