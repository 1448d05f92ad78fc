/**
 * Editing a nuläge made from the LOS template the way diagram tools do:
 * Tab reaches the elements, two steps chosen with Shift+click, copied and
 * pasted (the copies and the arrow between them, one undo step), aligned
 * (one move), one moved by an arrow key (one move), with undo and redo,
 * all through the same selection tools.
 * axe-core checks the editor with its selection tools; the session fails
 * on any CSP refusal.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { scopeOf } from '../../shared/history/schema';
import { alignMoves } from '../../shared/processmap/align';
import type { ProcessMapId } from '../../shared/processmap/schema';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';
import { openTemplateMap } from './support/template-map';

const session = useAppSession('samverkstad-map-editing-');
let page: Page;
let mapId: ProcessMapId;

const PROCESS = 'Utskrivning från medicinkliniken';
const canvas = () => page.getByRole('region', { name: `Processkarta: ${PROCESS}` });
const tools = () => page.getByRole('toolbar', { name: 'Markering' });
const node = (id: string) => canvas().locator(`.react-flow__node[data-id="${id}"]`);
const theMap = () => call(session.server, 'processMap.get', { id: mapId });
const history = () => call(session.server, 'history.state', { scope: scopeOf('map', mapId) });
const undo = () => page.locator('body').press('Control+z');
const redo = async () => {
  await expect.poll(() => page.getByRole('button', { name: /^Gör om: / }).isEnabled()).toBe(true);
  await page.locator('body').press('Control+Shift+z');
};

beforeEach(async () => {
  page = session.page;
  mapId = await openTemplateMap(session, PROCESS);
});

describe('editing the map', () => {
  it('selects with Shift+click, copies and pastes with the arrow between, aligns and moves by arrow key, each one undo step', async () => {
    const start = await theMap();
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(start.arrows.length);
    const ids = new Set<string>(start.elements.map((e) => e.id));

    // Tab from the selection tools reaches an element of the map.
    await tools().getByRole('button', { name: 'Kopiera' }).waitFor();
    await canvas().locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.getByRole('button', { name: 'Ordna', exact: true }).focus();
    let reached: string | null = null;
    for (let i = 0; i < 60 && reached === null; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null);
      if (focused && ids.has(focused)) reached = focused;
    }
    expect(reached).not.toBeNull();

    // Two steps joined by an arrow, chosen with a click and a Shift+click.
    const step = (id: string) => start.elements.find((e) => e.id === id)!;
    const arrow = start.arrows.find((a) => step(a.from).kind === 'step' && step(a.to).kind === 'step' && a.from !== a.to)!;
    const [first, second] = [step(arrow.from), step(arrow.to)];
    await node(first.id).click();
    await node(second.id).click({ modifiers: ['Shift'] });
    await tools().getByRole('status').filter({ hasText: '2 markerade' }).waitFor();
    await expectAccessible(page, 'editor with two elements selected');

    // Ctrl+C, then Ctrl+V: two copies in the same lanes, to the right, with the arrow between them, as one step.
    await page.keyboard.press('Control+c');
    await page.getByText('2 element kopierade.').waitFor();
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 2);
    const pasted = await theMap();
    expect((await history()).undo).toBe('mapElement.createMany');
    const copies = pasted.elements.filter((e) => !ids.has(e.id));
    expect(copies.map((e) => [e.label, e.laneId])).toEqual([first, second].map((e) => [e.label, e.laneId]));
    expect(copies.every((c, i) => c.x > [first, second][i]!.x)).toBe(true);
    expect(pasted.arrows.filter((a) => copies.some((c) => c.id === a.from) && copies.some((c) => c.id === a.to)).map((a) => a.label)).toEqual([arrow.label]);
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(start.arrows.length + 1);
    await undo();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length);
    expect((await theMap()).arrows).toHaveLength(start.arrows.length);
    await redo();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 2);
    // The toolbar's button pastes the same copies again, clear of the first ones.
    await tools().getByRole('button', { name: 'Klistra in' }).click();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 4);
    await undo();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 2);

    // Aligning the left edges of the two chosen steps is one move; neither leaves its lane.
    const beforeAlign = await theMap();
    const expected = alignMoves('left', beforeAlign.elements, new Set([first.id, second.id]), beforeAlign.lanes);
    expect(expected.length).toBeGreaterThan(0);
    await tools().getByRole('status').filter({ hasText: '2 markerade' }).waitFor();
    await tools().getByRole('button', { name: 'Justera vänsterkant' }).click();
    await expect.poll(async () => (await theMap()).elements.find((e) => e.id === expected[0]!.id)!.x).toBe(expected[0]!.x);
    const aligned = await theMap();
    expect((await history()).undo).toBe('mapElement.move');
    for (const e of aligned.elements) expect(e.laneId).toBe(beforeAlign.elements.find((b) => b.id === e.id)!.laneId);
    await undo();
    await expect.poll(async () => (await theMap()).elements.find((e) => e.id === expected[0]!.id)!.x).toBe(beforeAlign.elements.find((e) => e.id === expected[0]!.id)!.x);

    // Shift+click on a chosen step takes it out of the selection; an arrow key then moves the one left, stored as one move when the key is released.
    await node(second.id).click({ modifiers: ['Shift'] });
    await tools().getByRole('status').filter({ hasText: '1 markerat' }).waitFor();
    const x = (await theMap()).elements.find((e) => e.id === first.id)!.x;
    await node(first.id).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await theMap()).elements.find((e) => e.id === first.id)!.x).toBeGreaterThan(x);
    expect((await history()).undo).toBe('mapElement.move');
    await undo();
    await expect.poll(async () => (await theMap()).elements.find((e) => e.id === first.id)!.x).toBe(x);
    await redo();
    await expect.poll(async () => (await theMap()).elements.find((e) => e.id === first.id)!.x).toBeGreaterThan(x);

    await expectAccessible(page, 'editor after editing');
  });
});
