/**
 * Nuläge against önskat läge in the browser: a LOS nuläge and its önskat
 * läge, where one step moved to the municipality, one is new and one is
 * gone. The comparison marks exactly those on two read-only canvases that
 * pan and zoom together, lists them in the change table, makes a
 * handlingsplan activity from a row and finds it in the plan, takes a match
 * set by hand and gives it back with Ctrl+Z. Under the strict CSP (the
 * session fails on anything it refuses) and axe-core clean.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { absoluteY } from '../../shared/processmap/lanes';
import type { MapView, ProcessMap } from '../../shared/processmap/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { expectAccessible } from './support/browser';
import { call } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-map-compare-');
let page: Page;
let current: MapView;
let desired: MapView;

const PROCESS = 'Utskrivning från medicinkliniken';
const SIP = 'Kallelse till SIP senast tre dagar efter underrättelsen';
const OWN_PLANNING = 'Varje part planerar sina insatser';
const FOLLOW_UP = 'Uppföljning efter hemgång';
const MUNICIPAL = 'Kommunens hälso- och sjukvård';
const byLabel = (view: MapView, label: string) => view.elements.find((e) => e.label === label)!;
const side = (state: string) => page.getByRole('region', { name: `${state}, skrivskyddad` });
const marked = (state: string, status: string) => side(state).locator(`.react-flow__node.map-compare--${status}`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
const changeTable = () => page.getByRole('region', { name: 'Vad förändras och vem ansvarar' }).getByRole('table');
const changeRows = () => changeTable().locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 5).map((cell) => cell.textContent)));
const transform = (state: string) => side(state).locator('.react-flow__viewport').evaluate((node) => (node as HTMLElement).style.transform);

beforeEach(async () => {
  page = session.page;
  const programme = await call(session.server, 'programme.create', { name: 'LOS Kalmar', area: 'Kalmar', level: 'lokal', description: 'Trygg hemgång' });
  const map: ProcessMap = await call(session.server, 'processMap.create', { programmeId: programme.id as ProgrammeId, name: PROCESS, state: 'nulage', template: 'los_discharge' });
  const counterpart = await call(session.server, 'processMap.createCounterpart', { counterpartOf: map.id });
  const copy = await call(session.server, 'processMap.get', { id: counterpart.id });
  const municipal = copy.lanes.find((lane) => lane.name === MUNICIPAL)!;
  await call(session.server, 'mapElement.update', { id: byLabel(copy, SIP).id, laneId: municipal.id, responsible: 'Sjuksköterska i kommunen' });
  await call(session.server, 'mapElement.create', { mapId: copy.map.id, kind: 'step', x: 2600, y: absoluteY(copy.lanes, municipal.id, 20), label: FOLLOW_UP, responsible: 'Hemsjukvården' });
  await call(session.server, 'mapElement.delete', { ids: [byLabel(copy, OWN_PLANNING).id] });
  const plan = await call(session.server, 'plan.create', { programmeId: programme.id as ProgrammeId, title: 'Handlingsplan LOS', periodStart: null, periodEnd: null });
  await call(session.server, 'planArea.create', { planId: plan.id, title: 'Trygg hemgång' });
  current = await call(session.server, 'processMap.get', { id: map.id });
  desired = await call(session.server, 'processMap.get', { id: counterpart.id });
  await page.evaluate((hash) => (window.location.hash = hash), `#/map/${counterpart.id}`);
  await page.getByRole('heading', { level: 1, name: `${PROCESS} – Önskat läge` }).waitFor();
  await page.getByRole('link', { name: 'Jämför med nuläge' }).click();
  await page.getByRole('heading', { level: 1, name: `Jämförelse: ${PROCESS}` }).waitFor();
  await side('Önskat läge').locator('.react-flow__node.map-compare--new').waitFor();
});

describe('comparing nuläge and önskat läge', () => {
  it('marks the moved, new and removed steps on both canvases and lists them in the change table', async () => {
    expect(page.url()).toContain(`#/map/${current.map.id}/compare`);
    // The breadcrumbs lead back through the programme and the nuläge.
    const crumbs = page.getByRole('navigation', { name: 'Du är här' });
    await crumbs.getByRole('link', { name: 'LOS Kalmar' }).waitFor();
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['Program', 'LOS Kalmar', `${PROCESS} – Nuläge`, `Jämförelse: ${PROCESS}`]);
    expect(await crumbs.getByRole('link', { name: 'LOS Kalmar' }).getAttribute('href')).toBe(`#/programme/${current.map.programmeId}`);
    const followUp = byLabel(desired, FOLLOW_UP);
    expect(await marked('Önskat läge', 'new')).toEqual([followUp.id]);
    expect(await marked('Önskat läge', 'moved')).toEqual([byLabel(desired, SIP).id]);
    expect(await marked('Önskat läge', 'removed')).toEqual([]);
    expect(await marked('Nuläge', 'removed')).toEqual([byLabel(current, OWN_PLANNING).id]);
    expect(await marked('Nuläge', 'moved')).toEqual([byLabel(current, SIP).id]);
    expect(await marked('Nuläge', 'new')).toEqual([]);
    await side('Önskat läge').getByText(`Flyttat från Primärvården (vårdcentralen) till ${MUNICIPAL}`).waitFor();
    await side('Nuläge').getByText(`Flyttas till ${MUNICIPAL}`).waitFor();
    await page.getByRole('region', { name: 'Teckenförklaring' }).getByText('Nytt steg, bara i önskat läge').waitFor();

    expect(await changeRows()).toEqual([
      ['Flyttas till en annan aktör', SIP, 'Primärvården (vårdcentralen)', MUNICIPAL, 'Sjuksköterska i kommunen'],
      ['Nytt steg', FOLLOW_UP, '', MUNICIPAL, 'Hemsjukvården'],
      ['Steget tas bort', OWN_PLANNING, 'Socialtjänsten i kommunen', '', 'Biståndshandläggare'],
    ]);
    await expectAccessible(page, 'map comparison');

    // Named by its önskat läge, the comparison moves to its nuläge's address, whose history it records in.
    await page.evaluate((hash) => (window.location.hash = hash), `#/map/${desired.map.id}/compare`);
    await expect.poll(() => page.url()).toContain(`#/map/${current.map.id}/compare`);
  });

  it('pans and zooms both canvases together', async () => {
    const before = await transform('Önskat läge');
    expect(await transform('Nuläge')).toBe(before);
    const box = (await side('Nuläge').locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => transform('Nuläge')).not.toBe(before);
    await expect.poll(() => transform('Önskat läge')).toBe(await transform('Nuläge'));
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    const panned = await transform('Nuläge');
    await expect.poll(() => transform('Önskat läge')).toBe(panned);
    // The other way round too.
    await side('Önskat läge').getByRole('button', { name: /zooma ut/i }).click();
    await expect.poll(() => transform('Nuläge')).toBe(await transform('Önskat läge'));
    expect(await transform('Nuläge')).not.toBe(panned);
  });

  it('makes an activity from a row once, shows it on the second press, and finds it in the plan', async () => {
    await changeTable().getByRole('button', { name: `Skapa aktivitet för ${SIP}` }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Område').inputValue()).not.toBe('');
    await expectAccessible(page, 'activity dialog');
    await dialog.getByRole('button', { name: 'Skapa aktivitet' }).click();
    const what = `Flytta ”${SIP}” från Primärvården (vårdcentralen) till ${MUNICIPAL}`;
    await dialog.getByText(`Aktiviteten finns: ${what}`).waitFor();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await changeTable().getByRole('button', { name: `Visa aktivitet för ${SIP}` }).click();
    await dialog.getByText(`Aktiviteten finns: ${what}`).waitFor();
    await dialog.getByRole('link', { name: 'Öppna aktiviteten i handlingsplanen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan LOS' }).waitFor();
    expect(page.url()).toMatch(/#\/plan\/[0-9a-f-]+\?activity=[0-9a-f-]+$/);
    await page.getByText(what).first().waitFor();
    const [plan] = await call(session.server, 'plan.list', { programmeId: current.map.programmeId });
    const areas = (await call(session.server, 'plan.get', { id: plan!.id })).areas;
    expect(areas.flatMap((area) => area.activities.map((a) => [a.what, a.responsibleName, a.responsibleHuvudman]))).toEqual([[what, 'Sjuksköterska i kommunen', 'kommun']]);
  });

  it('takes a match set by hand, shows it on the canvases and in the table, and gives it back with Ctrl+Z', async () => {
    const match = page.getByRole('region', { name: 'Vilket steg är vilket' });
    const select = match.getByLabel(`Motsvarighet i nuläget för ${FOLLOW_UP}`);
    expect(await select.inputValue()).toBe('');
    await select.selectOption({ label: OWN_PLANNING });
    await expect.poll(() => marked('Önskat läge', 'new')).toEqual([]);
    expect(await marked('Nuläge', 'removed')).toEqual([]);
    expect((await marked('Önskat läge', 'moved')).sort()).toEqual([byLabel(desired, SIP).id, byLabel(desired, FOLLOW_UP).id].sort());
    await expect.poll(() => changeRows()).toEqual([
      ['Flyttas till en annan aktör', SIP, 'Primärvården (vårdcentralen)', MUNICIPAL, 'Sjuksköterska i kommunen'],
      ['Flyttas till en annan aktör', FOLLOW_UP, 'Socialtjänsten i kommunen', MUNICIPAL, 'Hemsjukvården'],
    ]);
    const row = match.getByRole('row', { name: new RegExp(FOLLOW_UP) });
    await row.getByRole('cell', { name: 'länk' }).waitFor();
    expect(await select.inputValue()).toBe(byLabel(current, OWN_PLANNING).id);
    await expectAccessible(page, 'map comparison with a hand-set match');

    await page.locator('body').press('Control+z');
    await expect.poll(() => marked('Önskat läge', 'new')).toEqual([byLabel(desired, FOLLOW_UP).id]);
    expect(await marked('Nuläge', 'removed')).toEqual([byLabel(current, OWN_PLANNING).id]);
    expect(await select.inputValue()).toBe('');
    expect((await changeRows()).map((r) => r[0])).toEqual(['Flyttas till en annan aktör', 'Nytt steg', 'Steget tas bort']);
  });
});
