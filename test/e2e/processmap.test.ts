/**
 * Process maps in the browser: a nuläge made from the LOS template on the
 * programme page, its lanes and steps drawn by React Flow under the strict
 * CSP, then edited on the canvas and in the outline, with undo, redo and a
 * reload; the önskat läge made from it. axe-core checks the editor and the
 * outline.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProcessMapId } from '../../shared/processmap/schema';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-maps-');
let page: Page;
let programmeId: string;
const consoleErrors: string[] = [];

const PROGRAMME = 'LOS Kalmar';
const PROCESS = 'Utskrivning från medicinkliniken';
const dialog = () => page.getByRole('dialog');
const canvas = () => page.getByRole('region', { name: `Processkarta: ${PROCESS}` });

async function theMap() {
  const [map] = await call(session.server, 'processMap.list', { programmeId: programmeId as never });
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
  it('makes a nuläge from the LOS template and draws its lanes and steps', async () => {
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
    expect(await canvas().locator('.react-flow__edge').count()).toBe(stored.arrows.length);
    await expectAccessible(page, 'map editor');
    expect(consoleErrors.filter((text) => /Content.Security.Policy/i.test(text))).toEqual([]);
  });
});
