/**
 * Process maps in the browser: a nuläge made from the LOS template on the
 * programme page, its lanes and steps drawn by React Flow under the strict
 * CSP, then edited on the canvas and in the outline, with undo, redo and a
 * reload; the önskat läge made from it. axe-core checks the editor and the
 * outline.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { scopeOf } from '../../shared/history/schema';
import type { ProcessMapId } from '../../shared/processmap/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-maps-');
let page: Page;
let programmeId: ProgrammeId;
const consoleErrors: string[] = [];

const PROGRAMME = 'LOS Kalmar';
const PROCESS = 'Utskrivning från medicinkliniken';
const dialog = () => page.getByRole('dialog');
const canvas = () => page.getByRole('region', { name: `Processkarta: ${PROCESS}` });
const outline = () => page.getByRole('region', { name: 'Disposition' });
const node = (id: string) => canvas().locator(`.react-flow__node[data-id="${id}"]`);
const NEW_STEP = 'Hemsjukvården ringer upp dagen efter';
const laneOf = async (label: string) => {
  const view = await theMap();
  const element = view.elements.find((e) => e.label === label)!;
  return view.lanes.find((lane) => lane.id === element.laneId)!.name;
};

async function theMap() {
  const [map] = await call(session.server, 'processMap.list', { programmeId: programmeId as ProgrammeId });
  return call(session.server, 'processMap.get', { id: map!.id as ProcessMapId });
}

beforeEach(async () => {
  page = session.page;
  consoleErrors.length = 0;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const programme = await call(session.server, 'programme.create', { name: PROGRAMME, area: 'Kalmar', level: 'lokal', description: 'Trygg hemgång' });
  programmeId = programme.id;
});

describe('process maps', () => {
  it('makes a nuläge from the LOS template, edits it on the canvas and in the outline, undoes, reloads and makes its önskat läge', async () => {
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    await page.getByRole('button', { name: 'Ny processkarta' }).click();
    await dialog().getByLabel('Processens namn').fill(PROCESS);
    await dialog().getByLabel('Läge').selectOption({ label: 'Nuläge' });
    await dialog().getByLabel('Börja från').selectOption({ label: 'Utskrivning enligt LOS' });
    await expectAccessible(page, 'new map dialog');
    await dialog().getByRole('button', { name: 'Skapa karta' }).click();
    await dialog().waitFor({ state: 'detached' });
    const link = page.getByRole('link', { name: `${PROCESS} – Nuläge` });
    await link.waitFor();
    await expectAccessible(page, 'programme page with a map');
    await link.click();
    await page.getByRole('heading', { level: 1, name: `${PROCESS} – Nuläge` }).waitFor();

    const stored = await theMap();
    await canvas().locator('.react-flow__node-lane').first().waitFor();
    expect(await canvas().locator('.map-lane__name').allTextContents()).toEqual([...stored.lanes].sort((a, b) => a.rank - b.rank).map((lane) => lane.name));
    const steps = stored.elements.filter((element) => element.kind === 'step');
    expect(steps.length).toBeGreaterThan(4);
    for (const step of steps) await expect(canvas().locator(`.react-flow__node[data-id="${step.id}"]`).textContent()).resolves.toContain(step.label);
    // React Flow draws edges once it has measured their nodes, a frame or more after the nodes appear.
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(stored.arrows.length);
    await expectAccessible(page, 'map editor');
    await page.getByRole('group', { name: 'Spara kartan som bild' }).getByRole('button', { name: 'Spara som SVG' }).waitFor();
    expect(consoleErrors.filter((text) => /Content.Security.Policy/i.test(text))).toEqual([]);
    const municipal = stored.lanes.find((lane) => lane.name === 'Kommunens hälso- och sjukvård')!;
    const primary = stored.lanes.find((lane) => lane.name === 'Primärvården (vårdcentralen)')!;
    const home = stored.elements.find((e) => e.label.startsWith('Tas emot i hemmet'))!;

    // A step added from the toolbar lands after the lane's last element.
    await page.getByRole('toolbar', { name: 'Lägg till på kartan' }).getByLabel('I filen').selectOption({ label: municipal.name });
    await page.getByRole('button', { name: 'Lägg till steg' }).click();
    await dialog().getByLabel('Text').fill(NEW_STEP);
    await dialog().getByRole('button', { name: 'Lägg till' }).click();
    await dialog().waitFor({ state: 'detached' });
    await canvas().getByText(NEW_STEP).waitFor();
    expect(await laneOf(NEW_STEP)).toBe(municipal.name);

    // Koppla till… in the outline, by keyboard only: the select picks by typing, Enter in the text submits.
    await outline().getByRole('button', { name: `Koppla ${NEW_STEP} till…` }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByLabel('Till').waitFor();
    await expectAccessible(page, 'connect dialog');
    await dialog().getByLabel('Till').focus();
    await page.keyboard.type('Tas emot');
    await page.keyboard.press('Tab');
    await page.keyboard.type('vid behov');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await outline().getByRole('list', { name: `Pilar från ${NEW_STEP}` }).getByText(`Till ${home.label}: vid behov`).waitFor();
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(stored.arrows.length + 1);

    // Flytta till fil… by keyboard: the lane picked by typing, then Tab to the button.
    await outline().getByRole('button', { name: `Flytta ${NEW_STEP} till fil…` }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByLabel('Fil').focus();
    await page.keyboard.type('Primär');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => laneOf(NEW_STEP)).toBe(primary.name);
    await outline().getByRole('listitem').filter({ has: page.getByRole('heading', { name: primary.name }) }).getByText(NEW_STEP).waitFor();
    await expectAccessible(page, 'map editor and outline after edits');

    // A mouse drag of a step down one lane is one move, undone and redone as one step.
    const discharge = stored.elements.find((e) => e.label === 'Skrivs ut')!;
    const box = (await node(discharge.id).boundingBox())!;
    const laneBox = (await canvas().locator('.react-flow__node-lane').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 3, box.y + box.height / 2 + (i * laneBox.height) / 10);
    await expect.poll(() => canvas().locator('.map-lane--target').count()).toBe(1);
    await page.mouse.up();
    const social = 'Socialtjänsten i kommunen';
    await expect.poll(() => laneOf('Skrivs ut')).toBe(social);
    const history = () => call(session.server, 'history.state', { scope: scopeOf('map', stored.map.id) });
    expect((await history()).undo).toBe('mapElement.move');
    await page.locator('body').press('Control+z');
    await expect.poll(() => laneOf('Skrivs ut')).toBe('Sjukhusets slutenvård');
    // The whole drag was one step: the next one back is the keyboard move to another lane.
    expect((await history()).undo).toBe('mapElement.update');
    // The server has undone before the page has its answer; redo is offered once the header says so, as a user sees it.
    await expect.poll(() => page.getByRole('button', { name: /^Gör om: / }).isEnabled()).toBe(true);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => laneOf('Skrivs ut')).toBe(social);

    // A drop above every lane is refused with the reason, and the step goes back; nothing is stored.
    const admitted = stored.elements.find((e) => e.label === 'Läggs in på sjukhus')!;
    const start = (await node(admitted.id).boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2 - i * laneBox.height * 0.2);
    await page.mouse.up();
    await page.getByText('Steget måste ligga i en fil. Det flyttades tillbaka.').waitFor();
    await expect.poll(async () => (await node(admitted.id).boundingBox())?.y).toBeCloseTo(start.y, 0);
    expect((await history()).undo).toBe('mapElement.move');

    // Delete on a selected step removes it with its arrows as one step, and one undo brings it back.
    const count = (await theMap()).elements.length;
    await node(admitted.id).click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await theMap()).elements.length).toBe(count - 1);
    await page.locator('body').press('Control+z');
    await expect.poll(async () => (await theMap()).elements.length).toBe(count);

    // Ordna lays the map out along the flow as one step; every element keeps its lane.
    const lanesBefore = new Map((await theMap()).elements.map((e) => [e.id, e.laneId]));
    await page.getByRole('button', { name: 'Ordna', exact: true }).click();
    await page.getByText('Kartan är ordnad efter flödet.').waitFor();
    expect((await history()).undo).toBe('mapElement.move');
    expect(new Map((await theMap()).elements.map((e) => [e.id, e.laneId]))).toEqual(lanesBefore);

    // Everything is stored: a reload draws the same map.
    const before = await theMap();
    await page.reload();
    await canvas().getByText(NEW_STEP).waitFor();
    await expect.poll(() => canvas().locator('.react-flow__node').count()).toBe(before.lanes.length + before.elements.length);
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(before.arrows.length);
    expect(await laneOf('Skrivs ut')).toBe(social);

    // The önskat läge starts as a copy of it.
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('button', { name: `Gör önskat läge av ${PROCESS}` }).click();
    const desired = page.getByRole('link', { name: `${PROCESS} – Önskat läge` });
    await desired.click();
    await page.getByRole('heading', { level: 1, name: `${PROCESS} – Önskat läge` }).waitFor();
    await canvas().getByText(NEW_STEP).waitFor();
    await expect.poll(() => canvas().locator('.react-flow__node').count()).toBe(before.lanes.length + before.elements.length);
    await expectAccessible(page, 'önskat läge editor');
  });

  it('shows a step’s handles under the pointer, draws an arrow from one to another step, and moves the canvas from the minimap', async () => {
    const map = await call(session.server, 'processMap.create', { programmeId, name: PROCESS, state: 'nulage', template: 'empty' });
    const [from, to] = await call(session.server, 'mapElement.createMany', {
      mapId: map.id,
      elements: [
        // In the third lane, clear of the selection tools over the top of the canvas.
        { kind: 'step' as const, x: 40, y: 360, label: 'Ringer upp' },
        { kind: 'step' as const, x: 600, y: 360, label: 'Kommer hem' },
      ],
    }).then(async () => (await call(session.server, 'processMap.get', { id: map.id })).elements);
    await page.evaluate((hash) => (window.location.hash = hash), `#/map/${map.id}`);
    await node(to!.id).waitFor();

    // A step shows no handles until the pointer is on it; its arrows are drawn all the same.
    expect(await node(from!.id).locator('.react-flow__handle').count()).toBe(0);
    const box = (await node(from!.id).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const handle = node(from!.id).locator('.react-flow__handle.source');
    await handle.waitFor();

    // Dragged from the handle onto the other step's, it is one new arrow.
    const start = (await handle.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    const end = node(to!.id).locator('.react-flow__handle.target');
    await page.mouse.move(start.x + 40, start.y + 10);
    await end.waitFor();
    const target = (await end.boundingBox())!;
    for (let i = 1; i <= 5; i++) await page.mouse.move(start.x + ((target.x - start.x) * i) / 5, target.y + target.height / 2);
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
    await page.mouse.up();
    await expect.poll(async () => (await call(session.server, 'processMap.get', { id: map.id })).arrows.map((a) => [a.from, a.to])).toEqual([[from!.id, to!.id]]);
    await expect.poll(() => canvas().locator('.react-flow__edge').count()).toBe(1);

    // A press in the minimap brings that part of the map to the middle of the canvas.
    const viewport = () => canvas().locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
    const before = await viewport();
    const minimap = canvas().getByRole('img', { name: 'Översikt över kartan' });
    await minimap.scrollIntoViewIfNeeded();
    const overview = (await minimap.boundingBox())!;
    await page.mouse.click(overview.x + overview.width * 0.9, overview.y + overview.height * 0.8);
    await expect.poll(viewport).not.toBe(before);
    await expectAccessible(page, 'map editor with the minimap');
  });

  it('folds a lane of many elements in the outline, and opens and folds it by keyboard', async () => {
    const map = await call(session.server, 'processMap.create', { programmeId, name: PROCESS, state: 'nulage', template: 'empty' });
    const [first, second] = [...(await call(session.server, 'processMap.get', { id: map.id })).lanes].sort((a, b) => a.rank - b.rank);
    const labels = Array.from({ length: 31 }, (_, i) => `Steg ${i + 1}`);
    await call(session.server, 'mapElement.createMany', { mapId: map.id, elements: labels.map((label, i) => ({ kind: 'step' as const, x: 240 + i * 200, y: 20, label })) });
    await page.evaluate((hash) => (window.location.hash = hash), `#/map/${map.id}`);
    await canvas().locator('.react-flow__node', { hasText: 'Steg 31' }).waitFor();

    // A lane of more than 30 elements starts folded, its count in its name; a small one (here empty) is open.
    const big = outline().getByRole('button', { name: `${first!.name} 31 element` });
    await expect.poll(() => big.getAttribute('aria-expanded')).toBe('false');
    expect(await outline().getByRole('button', { name: 'Byt namn på Steg 1' }).count()).toBe(0);
    expect(await outline().getByRole('button', { name: `${second!.name} 0 element` }).getAttribute('aria-expanded')).toBe('true');
    await outline().getByText('Inget i filen ännu.').first().waitFor();

    await big.focus();
    await page.keyboard.press('Enter');
    await outline().getByRole('button', { name: 'Byt namn på Steg 31' }).waitFor();
    expect(await big.getAttribute('aria-expanded')).toBe('true');
    expect(await outline().locator(`[id="${await big.getAttribute('aria-controls')}"] > li`).count()).toBe(31);
    await expectAccessible(page, 'outline with a big lane opened');

    // Its buttons work from there, and Space folds it again.
    await outline().getByRole('button', { name: 'Flytta Steg 31 till fil…' }).waitFor();
    await big.press(' ');
    await expect.poll(() => outline().getByRole('button', { name: 'Byt namn på Steg 31' }).count()).toBe(0);
    expect(await big.getAttribute('aria-expanded')).toBe('false');
  });
});
