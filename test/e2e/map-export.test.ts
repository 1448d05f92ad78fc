/**
 * A process map out of the app: the printable page shows the drawing the
 * SVG export makes from the model, every step and arrow of a LOS map with a
 * loop in it and a step's problem in words; "Spara som SVG" and "Spara som PNG" download that drawing as
 * a file and as a picture; the print view drops the app around it and puts
 * the page on A4 or A3 landscape. All under the strict CSP (the session
 * fails on anything it refuses) and axe-core clean.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapView } from '../../shared/processmap/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { descendants, parseXml, textOf } from '../support/xml-tree';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-map-export-');
let page: Page;
let view: MapView;

const PROCESS = 'Utskrivning från medicinkliniken';
const PROBLEM = 'Läkaren hinner inte bedöma före helgen, så patienten blir kvar över söndagen';
const drawing = () => page.locator('.map-print__drawing svg');
const sorted = (ids: readonly string[]) => [...ids].sort();

beforeEach(async () => {
  page = session.page;
  const programme = await call(session.server, 'programme.create', { name: 'LOS Kalmar', area: 'Kalmar', level: 'lokal', description: 'Trygg hemgång' });
  const map = await call(session.server, 'processMap.create', { programmeId: programme.id as ProgrammeId, name: PROCESS, state: 'nulage', template: 'los_discharge' });
  const loose = await call(session.server, 'processMap.get', { id: map.id });
  const ready = loose.elements.find((e) => e.label.startsWith('Bedöms utskrivningsklar'))!;
  await call(session.server, 'mapArrow.create', { mapId: map.id, from: ready.id, to: ready.id, label: 'väntar på besked' });
  await call(session.server, 'mapElement.update', { id: ready.id, problem: true, description: PROBLEM });
  view = await call(session.server, 'processMap.get', { id: map.id });
  await page.evaluate((hash) => (window.location.hash = hash), `#/map/${map.id}/print`);
  await page.getByRole('heading', { level: 1, name: `Utskrift av ${PROCESS} – Nuläge` }).waitFor();
  await drawing().waitFor();
});

async function download(name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  await page.getByRole('region', { name: 'Meddelanden' }).getByText(`Sparad som ${file.suggestedFilename()}`).waitFor();
  return { name: file.suggestedFilename(), buffer: fs.readFileSync((await file.path())!) };
}

const idsIn = (attribute: string) => drawing().locator(`[${attribute}]`).evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name)!), attribute);

describe('process map export', () => {
  it('shows the whole map on the printable page: every step and arrow, the loop included, lane names, title and legend', async () => {
    expect(sorted(await idsIn('data-element-id'))).toEqual(sorted(view.elements.map((e) => e.id)));
    expect(sorted(await idsIn('data-arrow-id'))).toEqual(sorted(view.arrows.map((a) => a.id)));
    expect(await idsIn('data-lane-id')).toEqual(view.lanes.map((lane) => lane.id));
    const box = await drawing().boundingBox();
    expect(box!.width).toBeGreaterThan(800);
    // The drawing names itself for a screen reader; its texts are those of the map.
    expect(await page.getByRole('img', { name: `${PROCESS} – Nuläge (LOS Kalmar)` }).count()).toBe(1);
    const texts = await drawing().locator('text').allTextContents();
    expect(texts).toEqual(expect.arrayContaining([`${PROCESS} – Nuläge`, 'Teckenförklaring', 'Utmaningskort', 'väntar på besked', 'Sjukhusets slutenvård']));
    await expectAccessible(page, 'map print page');
  });

  it('downloads the SVG with every step and arrow, and a PNG of it at twice its size', async () => {
    const svgFile = await download('Spara som SVG');
    expect(svgFile.name).toBe(`${PROCESS} – Nuläge.svg`);
    const svg = parseXml(svgFile.buffer.toString('utf8'));
    const ids = (attribute: string) => descendants(svg).flatMap((node) => (attribute in node.attributes ? [node.attributes[attribute]!] : []));
    expect(sorted(ids('data-element-id'))).toEqual(sorted(view.elements.map((e) => e.id)));
    expect(sorted(ids('data-arrow-id'))).toEqual(sorted(view.arrows.map((a) => a.id)));
    // The step's problem is there in words, numbered as beside its marker.
    const ready = view.elements.find((e) => e.problem)!;
    const note = descendants(svg).find((node) => node.attributes['data-problem-of'] === ready.id)!;
    expect(note.attributes['data-problem-note']).toBe('1');
    const [number, text] = note.children;
    expect([textOf(number!), text!.children.map(textOf).join(' ')]).toEqual(['1.', `${ready.label}: ${PROBLEM}`]);
    expect(textOf(descendants(svg).find((node) => node.attributes['data-problem-number'])!)).toBe('1');

    const png = await download('Spara som PNG');
    expect(png.name).toBe(`${PROCESS} – Nuläge.png`);
    expect([...png.buffer.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR holds the size: twice the drawing's, a real picture and not an empty canvas.
    const [width, height] = [png.buffer.readUInt32BE(16), png.buffer.readUInt32BE(20)];
    expect([width, height]).toEqual([Number(svg.attributes.width) * 2, Number(svg.attributes.height) * 2]);
    expect(png.buffer.length).toBeGreaterThan(50_000);
  });

  it('prints the drawing alone on the chosen landscape sheet, the app around it hidden', async () => {
    // As the browser parsed the constructed sheet, which writes page sizes in lower case.
    const pageRules = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
    expect(await pageRules()).toContain('size: a4 landscape');
    expect(await pageRules()).toContain(`@top-left { content: "LOS Kalmar – ${PROCESS} – Nuläge"`);
    await page.getByLabel('Pappersformat').selectOption({ label: 'A3 liggande' });
    await expect.poll(pageRules).toContain('size: a3 landscape');

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '.breadcrumbs', '.map-print__toolbar', '.map-print__head']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await drawing().isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // One sheet: the drawing is scaled to fit it.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
  });
});
