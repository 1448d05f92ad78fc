/**
 * Lanes and phases edited by people in the browser, on a nuläge made from
 * the LOS template: a lane added, one renamed, one moved up by keyboard,
 * one resized in the panel (refused below what its elements need) and one
 * by dragging its bottom edge (a refused drag puts the band back at once),
 * two phases drawn as columns on the canvas,
 * reordered and widened, and a lane with steps deleted after saying
 * where they go — undone in one step, lane and steps back. axe-core checks
 * the panel and its dialogs; the session fails on any CSP refusal.
 */
import type { Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { scopeOf } from '../../shared/history/schema';
import { absoluteY, laneMinHeight } from '../../shared/processmap/lanes';
import type { MapView, ProcessMapId } from '../../shared/processmap/schema';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';
import { openTemplateMap } from './support/template-map';

const session = useAppSession('samverkstad-map-lanes-');
let page: Page;
let mapId: ProcessMapId;

const PROCESS = 'Utskrivning från medicinkliniken';
const dialog = () => page.getByRole('dialog');
const panel = () => page.getByRole('region', { name: 'Filer och faser' });
const canvas = () => page.getByRole('region', { name: `Processkarta: ${PROCESS}` });
const outline = () => page.getByRole('region', { name: 'Disposition' });
const theMap = () => call(session.server, 'processMap.get', { id: mapId });
const laneNames = async () => [...(await theMap()).lanes].sort((a, b) => a.rank - b.rank).map((lane) => lane.name);
const laneNamed = (view: MapView, name: string) => view.lanes.find((lane) => lane.name === name)!;
const history = () => call(session.server, 'history.state', { scope: scopeOf('map', mapId) });

beforeEach(async () => {
  page = session.page;
  mapId = await openTemplateMap(session, PROCESS);
});

describe('lanes and phases', () => {
  it('adds, renames, reorders by keyboard, resizes within its minimum, adds phases and deletes a lane with steps, undoably', async () => {
    const start = await theMap();
    const hospital = laneNamed(start, 'Sjukhusets slutenvård');
    const social = laneNamed(start, 'Socialtjänsten i kommunen');
    const primary = laneNamed(start, 'Primärvården (vårdcentralen)');
    const hospitalSteps = start.elements.filter((e) => e.laneId === hospital.id);
    expect(hospitalSteps.length).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Filer och faser' }).click();
    await panel().getByRole('list', { name: 'Filer' }).waitFor();
    await expectAccessible(page, 'lanes panel');

    // A new lane goes last, for the family.
    await panel().getByRole('button', { name: 'Lägg till fil' }).click();
    await dialog().getByLabel('Filens namn').fill('Närstående');
    await dialog().getByLabel('Huvudman').selectOption({ label: 'Annan' });
    await expectAccessible(page, 'new lane dialog');
    await dialog().getByRole('button', { name: 'Lägg till filen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(laneNames).toEqual([...start.lanes.map((lane) => lane.name), 'Närstående']);
    expect(laneNamed(await theMap(), 'Närstående').huvudman).toBe('annan');
    await expect.poll(() => canvas().locator('.map-lane__name').last().textContent()).toBe('Närstående');

    // Renamed, on the canvas too.
    await panel().getByRole('button', { name: `Ändra ${primary.name}` }).click();
    await dialog().getByLabel('Filens namn').fill('Vårdcentralen');
    await dialog().getByRole('button', { name: 'Spara filen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await canvas().locator('.map-lane__name', { hasText: 'Vårdcentralen' }).waitFor();

    // Alt+↑ on a row moves its lane up one place, one step each, and focus stays on the row's control.
    await panel().getByRole('button', { name: 'Ändra Närstående' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await laneNames()).slice(-2)).toEqual(['Närstående', 'Vårdcentralen']);
    expect((await history()).undo).toBe('mapLane.reorder');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ändra Närstående');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await laneNames()).slice(-3)).toEqual(['Närstående', 'Kommunens hälso- och sjukvård', 'Vårdcentralen']);
    const stored = await laneNames();
    await expect.poll(() => panel().getByRole('list', { name: 'Filer' }).locator('.ranked-list__name').allTextContents()).toEqual(stored);

    // Resized: below what its elements need is refused with the least height, and nothing changes.
    const minimum = laneMinHeight(hospitalSteps);
    expect(minimum).toBeGreaterThan(61);
    await panel().getByRole('button', { name: `Ändra ${hospital.name}` }).click();
    const height = dialog().getByLabel(`Höjd (minst ${minimum})`);
    await height.fill(String(minimum - 1));
    await dialog().getByRole('button', { name: 'Spara filen' }).click();
    await dialog().getByText(`Filen måste vara minst ${minimum} hög, annars skärs dess element av.`).waitFor();
    await expectAccessible(page, 'lane dialog with a refused height');
    expect(laneNamed(await theMap(), hospital.name).height).toBe(hospital.height);
    await height.fill(String(hospital.height + 60));
    await dialog().getByRole('button', { name: 'Spara filen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => laneNamed(await theMap(), hospital.name).height).toBe(hospital.height + 60);

    // Or by dragging the lane's bottom edge on the canvas: one stored change when the drag ends.
    const edge = (await canvas().locator(`.react-flow__node-lane[data-id="lane:${social.id}"] .map-lane__resize`).boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2 + i * 10);
    await page.mouse.up();
    await expect.poll(async () => laneNamed(await theMap(), social.name).height).toBeGreaterThan(social.height);
    expect((await history()).undo).toBe('mapLane.update');

    // A drag the core refuses leaves the band at its stored height at once. Here the lane got a step near its bottom in
    // another window, which this page has not read yet (its reads are held back), so it offers a height that is too small.
    const band = canvas().locator(`.react-flow__node-lane[data-id="lane:${social.id}"]`);
    const drawnHeight = () => band.evaluate((node) => (node as HTMLElement).style.height);
    const tall = await theMap();
    const storedHeight = laneNamed(tall, social.name).height;
    await expect.poll(drawnHeight).toBe(`${storedHeight}px`);
    const held: Route[] = [];
    let holding = true;
    await page.route('**/api/processMap.get', (route) => (holding ? void held.push(route) : route.continue()));
    const elsewhere = await call(session.server, 'mapElement.create', { mapId, kind: 'step', x: 40, y: absoluteY(tall.lanes, social.id, storedHeight - 90), label: 'Tillagd i ett annat fönster' });
    expect(elsewhere.laneId).toBe(social.id);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await band.locator('.map-lane__resize').scrollIntoViewIfNeeded();
    const grip = (await band.locator('.map-lane__resize').boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - i * 3);
    await page.mouse.up();
    const needed = laneMinHeight((await theMap()).elements.filter((e) => e.laneId === social.id));
    expect(needed).toBeGreaterThan(storedHeight - 90);
    await page.getByRole('region', { name: 'Meddelanden' }).getByText(`Filen måste vara minst ${needed} hög, annars skärs dess element av.`).waitFor();
    await expect.poll(drawnHeight).toBe(`${storedHeight}px`);
    expect(laneNamed(await theMap(), social.name).height).toBe(storedHeight);
    holding = false;
    for (const route of held) await route.continue();
    await page.unroute('**/api/processMap.get');
    await canvas().getByText('Tillagd i ett annat fönster').waitFor();

    // Two phases, drawn as labelled columns from the left.
    for (const name of ['Under vårdtiden', 'Inför utskrivning']) {
      await panel().getByRole('button', { name: 'Lägg till fas' }).click();
      await dialog().getByLabel('Fasens namn').fill(name);
      await dialog().getByRole('button', { name: 'Lägg till fasen' }).click();
      await dialog().waitFor({ state: 'detached' });
    }
    await expect.poll(() => canvas().locator('.map-phase__name').allTextContents()).toEqual(['Under vårdtiden', 'Inför utskrivning']);
    const [first, second] = await canvas().locator('.react-flow__node-phase').all();
    // Nothing on the canvas can pick or move a phase.
    expect((await second!.boundingBox())!.x).toBeGreaterThan((await first!.boundingBox())!.x);
    expect(await canvas().locator('.react-flow__node-phase.selectable, .react-flow__node-phase.draggable').count()).toBe(0);
    await expectAccessible(page, 'lanes panel with phases');
    // Phases move along the flow by keyboard too, and get wider, not narrower than the least width.
    await panel().getByRole('button', { name: 'Ändra Under vårdtiden' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => canvas().locator('.map-phase__name').allTextContents()).toEqual(['Inför utskrivning', 'Under vårdtiden']);
    expect((await history()).undo).toBe('mapPhase.reorder');
    await panel().getByRole('button', { name: 'Ändra Under vårdtiden' }).click();
    const width = dialog().getByLabel('Bredd (minst 60)');
    await width.fill('30');
    await dialog().getByRole('button', { name: 'Spara fasen' }).click();
    await dialog().getByText('Bredden måste vara mellan 60 och 20000.').waitFor();
    await width.fill('900');
    await dialog().getByRole('button', { name: 'Spara fasen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await theMap()).phases.find((phase) => phase.name === 'Under vårdtiden')?.width).toBe(900);

    // A lane with steps is deleted only once the user says where they go; they are then in that lane.
    await panel().getByRole('button', { name: `Ta bort ${hospital.name}` }).click();
    await dialog().getByText(`Filen har ${hospitalSteps.length} element.`, { exact: false }).waitFor();
    await dialog().getByLabel('Flytta elementen till').selectOption({ label: social.name });
    await expectAccessible(page, 'delete lane dialog');
    await dialog().getByRole('button', { name: 'Flytta elementen och ta bort filen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await theMap()).lanes.some((lane) => lane.id === hospital.id)).toBe(false);
    const moved = (await theMap()).elements.filter((e) => hospitalSteps.some((s) => s.id === e.id));
    expect(moved.map((e) => e.laneId)).toEqual(hospitalSteps.map(() => social.id));
    const socialInOutline = outline().getByRole('listitem').filter({ has: page.getByRole('heading', { name: social.name }) });
    for (const step of hospitalSteps) await socialInOutline.locator('.map-outline__element-text', { hasText: step.label }).first().waitFor();
    await expect.poll(() => canvas().locator('.map-lane__name').allTextContents()).not.toContain(hospital.name);

    // One undo brings the lane back with its steps in it.
    expect((await history()).undo).toBe('mapLane.delete');
    await page.locator('body').press('Control+z');
    await expect.poll(async () => (await theMap()).elements.filter((e) => e.laneId === hospital.id).length).toBe(hospitalSteps.length);
    await canvas().locator('.map-lane__name', { hasText: hospital.name }).waitFor();
    await panel().getByRole('button', { name: `Ändra ${hospital.name}` }).waitFor();
  });

  it('words the toast of a deleted lane in the language switched to while it shows', async () => {
    const lane = await call(session.server, 'mapLane.create', { mapId, name: 'Anhöriga', huvudman: null });
    await page.getByRole('button', { name: 'Filer och faser' }).click();
    await panel().getByRole('button', { name: `Ta bort ${lane.name}` }).click();
    await dialog().getByRole('button', { name: 'Ta bort filen' }).click();
    const toasts = page.getByRole('region', { name: /^(Meddelanden|Notifications)$/ });
    const toast = toasts.getByRole('listitem').filter({ hasText: `Filen ${lane.name} togs bort.` });
    await toast.waitFor();
    // Resting on the toast keeps it from timing out; the switch is made by keyboard.
    await toast.hover();
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await toasts.getByRole('listitem').filter({ hasText: `The lane ${lane.name} was deleted.` }).getByRole('button', { name: 'Undo', exact: true }).waitFor();
  });

  it('says why the last lane cannot be deleted', async () => {
    const view = await theMap();
    const [kept, ...rest] = view.lanes;
    for (const lane of rest) await call(session.server, 'mapLane.delete', { id: lane.id, moveTo: kept!.id });
    await page.getByRole('button', { name: 'Filer och faser' }).click();
    const remove = panel().getByRole('button', { name: `Ta bort ${kept!.name}` });
    await expect.poll(() => remove.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => remove.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby')!)?.textContent)).toBe(
      'Den sista filen kan inte tas bort: varje steg på kartan måste ligga i en fil.',
    );
    await remove.focus();
    await page.keyboard.press('Enter');
    expect(await dialog().count()).toBe(0);
    expect((await theMap()).lanes).toHaveLength(1);
    await expectAccessible(page, 'lanes panel with one lane');
  });
});
