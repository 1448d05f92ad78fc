/**
 * Editing a nuläge made from the LOS template the way diagram tools do:
 * Tab reaches the elements, two steps chosen with Shift+click, copied and
 * pasted (the copies and the arrow between them, one undo step, chosen in
 * their turn), aligned
 * (one move), one moved by an arrow key (one move), with undo and redo,
 * a box drawn with Shift+drag from an empty spot of a lane choosing what
 * is in it, and Ctrl+C / Ctrl+V from the outline.
 * axe-core checks the editor with its selection tools; the session fails
 * on any CSP refusal.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { scopeOf } from '../../shared/history/schema';
import { alignMoves } from '../../shared/processmap/align';
import { elementPosition } from '../../shared/processmap/canvas';
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
const chosenOnCanvas = () => canvas().locator('.react-flow__node.selected').evaluateAll((found) => found.map((n) => n.getAttribute('data-id')).sort());
const outlineRow = (id: string) => page.getByRole('region', { name: 'Disposition' }).locator(`[data-element-id="${id}"]`);
const theMap = () => call(session.server, 'processMap.get', { id: mapId });
const history = () => call(session.server, 'history.state', { scope: scopeOf('map', mapId) });
// Ctrl+Z only once the header has heard of the change just made (which left nothing to redo): a redo still enabled from an
// older undo would pass for this one's, and a Ctrl+Shift+Z pressed while the page is still undoing is not run.
const undo = async () => {
  expect((await history()).redo).toBeNull();
  await expect.poll(() => page.getByRole('button', { name: /^Gör om/ }).isEnabled()).toBe(false);
  await page.locator('body').press('Control+z');
};
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
    const copiedArrows = pasted.arrows.filter((a) => copies.some((c) => c.id === a.from) && copies.some((c) => c.id === a.to));
    expect(copiedArrows.map((a) => a.label)).toEqual([arrow.label]);
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(start.arrows.length + 1);
    // The copies, and the arrow between them, are now the selection.
    await expect.poll(chosenOnCanvas).toEqual(copies.map((c) => c.id).sort());
    await tools().getByRole('status').filter({ hasText: '2 markerade' }).waitFor();
    expect(await canvas().locator('.react-flow__edge.selected').evaluateAll((found) => found.map((e) => e.getAttribute('data-id')))).toEqual(copiedArrows.map((a) => a.id));
    await undo();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length);
    expect((await theMap()).arrows).toHaveLength(start.arrows.length);
    await redo();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 2);
    // The toolbar's button pastes the same copies again, clear of the first ones.
    await tools().getByRole('button', { name: 'Klistra in' }).click();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 4);
    const again = (await theMap()).elements.filter((e) => !pasted.elements.some((p) => p.id === e.id));
    await expect.poll(chosenOnCanvas).toEqual(again.map((e) => e.id).sort());
    await undo();
    await expect.poll(async () => (await theMap()).elements.length).toBe(start.elements.length + 2);
    await tools().getByRole('status').filter({ hasText: 'Inget markerat' }).waitFor();

    // Aligning the left edges of the two chosen steps is one move; neither leaves its lane.
    const beforeAlign = await theMap();
    const expected = alignMoves('left', beforeAlign.elements, new Set([first.id, second.id]), beforeAlign.lanes);
    expect(expected.length).toBeGreaterThan(0);
    await node(first.id).click();
    await node(second.id).click({ modifiers: ['Shift'] });
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

    // Shift+drag from an empty spot of a lane draws a box that chooses what is in it. The box is measured only once the
    // canvas draws the redone map: the stored move is ahead of the page until the page has read it again.
    const stored = await theMap();
    const drawnAt = (id: string) => node(id).evaluate((el) => (el as HTMLElement).style.transform);
    for (const e of [first, second]) {
      const at = elementPosition(stored.lanes, stored.elements.find((s) => s.id === e.id)!);
      await expect.poll(() => drawnAt(e.id)).toBe(`translate(${at.x}px, ${at.y}px)`);
    }
    const boxes = await Promise.all([first, second].map(async (e) => (await node(e.id).boundingBox())!));
    const xs = [Math.min(...boxes.map((b) => b.x)) - 8, Math.max(...boxes.map((b) => b.x + b.width)) + 8];
    const ys = [Math.min(...boxes.map((b) => b.y)) - 8, Math.max(...boxes.map((b) => b.y + b.height)) + 8];
    const corners = xs.flatMap((cx, i) => ys.map((cy, j) => ({ from: { x: cx, y: cy }, to: { x: xs[1 - i]!, y: ys[1 - j]! } })));
    // A corner where nothing but a lane band lies over the pane (no arrow, element, toast or toolbar).
    const onLane = await page.evaluate((points) => points.map(({ x, y }) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit.classList.contains('react-flow__pane') || hit.closest('.react-flow__node-lane') !== null);
    }), corners.map((c) => c.from));
    const corner = corners[onLane.indexOf(true)];
    expect(corner).toBeDefined();
    const { from, to } = corner!;
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 5, from.y + ((to.y - from.y) * i) / 5);
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await tools().getByRole('status').filter({ hasText: '2 markerade' }).waitFor();
    expect(await chosenOnCanvas()).toEqual([first.id, second.id].sort());

    // Ctrl+C and Ctrl+V work from the outline too: they copy what is chosen on the canvas, and the copies are chosen.
    await outlineRow(first.id).getByRole('button', { name: `Byt namn på ${first.label}` }).focus();
    const beforeOutline = await theMap();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await theMap()).elements.length).toBe(beforeOutline.elements.length + 2);
    const fromOutline = (await theMap()).elements.filter((e) => !beforeOutline.elements.some((b) => b.id === e.id));
    expect(fromOutline.map((e) => e.label).sort()).toEqual([first.label, second.label].sort());
    await expect.poll(chosenOnCanvas).toEqual(fromOutline.map((e) => e.id).sort());
    // With nothing chosen, Ctrl+C in the outline copies the element whose row has focus.
    await canvas().locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await tools().getByRole('status').filter({ hasText: 'Inget markerat' }).waitFor();
    await outlineRow(second.id).getByRole('button', { name: `Byt namn på ${second.label}` }).focus();
    await page.keyboard.press('Control+c');
    await page.getByText('1 element kopierat.').waitFor();
    const beforeRow = await theMap();
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await theMap()).elements.length).toBe(beforeRow.elements.length + 1);
    const rowCopy = (await theMap()).elements.find((e) => !beforeRow.elements.some((b) => b.id === e.id))!;
    expect([rowCopy.label, rowCopy.laneId]).toEqual([second.label, second.laneId]);
    await expect.poll(chosenOnCanvas).toEqual([rowCopy.id]);

    await expectAccessible(page, 'editor after editing');
  });
});
