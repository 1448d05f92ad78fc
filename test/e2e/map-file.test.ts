/**
 * A map as a file in the browser: "Exportera karta (fil)" downloads the
 * map as JSON, "Importera karta…" on the programme page reads it back as a
 * new map that opens with the same steps and arrows; a file with an unknown
 * element type is refused with what is wrong and saves nothing; a stored
 * map holding such an element (as a restored file can) says why it cannot
 * open while the rest of the app works. The session
 * fails on any CSP refusal; axe-core checks the dialog, its error included.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapView, ProcessMapId } from '../../shared/processmap/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';
import { openTemplateMap } from './support/template-map';

const session = useAppSession('samverkstad-map-file-');
let page: Page;
let mapId: ProcessMapId;
let programmeId: ProgrammeId;

const PROCESS = 'Utskrivning från medicinkliniken';
const dialog = () => page.getByRole('dialog', { name: 'Importera processkarta' });
const mapsOfProgramme = () => call(session.server, 'processMap.list', { programmeId });
/** What the user sees of a map's flow: its steps' texts, and its arrows by the texts they join. */
const flowOf = (view: MapView) => {
  const label = (id: string) => view.elements.find((e) => e.id === id)!.label;
  return { elements: view.elements.map((e) => [e.kind, e.label]), arrows: view.arrows.map((a) => [label(a.from), label(a.to), a.label]) };
};

beforeEach(async () => {
  page = session.page;
  mapId = await openTemplateMap(session, PROCESS);
  programmeId = (await call(session.server, 'processMap.get', { id: mapId })).map.programmeId;
});

async function openImport() {
  await page.evaluate((hash) => (window.location.hash = hash), `#/programme/${programmeId}`);
  await page.getByRole('heading', { level: 1, name: 'LOS Kalmar' }).waitFor();
  await page.getByRole('button', { name: 'Importera karta…' }).click();
  await dialog().waitFor();
}

describe('a process map as a file', () => {
  it('exports the map, imports the file into the programme and opens the new map with the same steps', async () => {
    const original = await call(session.server, 'processMap.get', { id: mapId });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera karta (fil)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${PROCESS} – Nuläge.json`);
    await page.getByRole('region', { name: 'Meddelanden' }).getByText(`Sparad som ${PROCESS} – Nuläge.json`).waitFor();
    const file = (await download.path())!;
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'samverkstad-processkarta', version: 1, name: PROCESS });

    await openImport();
    await expectAccessible(page, 'import map dialog');
    await dialog().getByLabel('Kartfil').setInputFiles(file);
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(`#/programme/${programmeId}`);
    const importedId = (await page.evaluate(() => window.location.hash)).replace('#/map/', '') as ProcessMapId;
    expect(importedId).not.toBe(mapId);
    await page.getByRole('heading', { level: 1, name: `${PROCESS} – Nuläge` }).waitFor();
    await page.getByRole('region', { name: 'Meddelanden' }).getByText(`Processkartan ${PROCESS} är inläst.`).waitFor();

    const imported = await call(session.server, 'processMap.get', { id: importedId });
    expect(flowOf(imported)).toEqual(flowOf(original));
    const canvas = page.getByRole('region', { name: `Processkarta: ${PROCESS}` });
    for (const step of imported.elements) await expect(canvas.locator(`.react-flow__node[data-id="${step.id}"]`).textContent()).resolves.toContain(step.label);
    await expect.poll(() => canvas.locator('.react-flow__edge').count()).toBe(original.arrows.length);
    expect(await mapsOfProgramme()).toHaveLength(2);
  });

  it('refuses a file with an unknown element type or one that is not JSON, says what is wrong, and saves nothing', async () => {
    const exported = await call(session.server, 'processMap.exportFile', { id: mapId });
    const json = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8')) as { elements: { kind: string }[] };
    json.elements[2]!.kind = 'swimming_pool';
    await openImport();
    await dialog().getByLabel('Kartfil').setInputFiles({ name: 'karta.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    const alert = dialog().getByRole('alert');
    await alert.getByText('Filen karta.json kan inte läsas in som processkarta. Ingenting har sparats. Det här behöver rättas:').waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['Element nr 3 (id ”e3”): har en okänd typ: ”swimming_pool”']);
    await expectAccessible(page, 'import map dialog with a refused file');

    await dialog().getByLabel('Kartfil').setInputFiles({ name: 'anteckningar.json', mimeType: 'application/json', buffer: Buffer.from('Möte om utskrivning') });
    await alert.getByText('Filen anteckningar.json är inte en JSON-fil och kan inte läsas som en processkarta. Ingenting har sparats.').waitFor();
    expect(await mapsOfProgramme()).toHaveLength(1);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/programme/${programmeId}`);
    await dialog().getByRole('button', { name: 'Avbryt' }).click();
    await dialog().waitFor({ state: 'detached' });
  });

  it('says why a stored map with an unknown element type cannot open, and the programme page still works', async () => {
    const broken = (await call(session.server, 'processMap.get', { id: mapId })).elements[0]!;
    // As a restored file can hold it: SQLite's restore check does not see CHECK constraints on a read-only connection.
    const db = new Database((await call(session.server, 'data.info', {})).databaseFile);
    try {
      db.pragma('ignore_check_constraints = ON');
      db.prepare("UPDATE map_element SET kind = 'swimming_pool' WHERE id = ?").run(broken.id);
    } finally {
      db.close();
    }
    await page.reload();
    await page
      .getByRole('alert')
      .getByText(`Processkartan går inte att öppna: en del av den (id ${broken.id}) är av ett slag som den här versionen av Samverkstad inte känner igen`, { exact: false })
      .waitFor();
    await expectAccessible(page, 'map that cannot be read');
    await page.evaluate((hash) => (window.location.hash = hash), `#/programme/${programmeId}`);
    await page.getByRole('link', { name: `${PROCESS} – Nuläge` }).waitFor();
    await page.getByRole('button', { name: `Ta bort ${PROCESS} (Nuläge)` }).waitFor();
  });
});
