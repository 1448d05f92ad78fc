/**
 * Process maps in the styrgrupp status report: none by default; a map
 * ticked on the report page is drawn from the model with every step and
 * arrow, remembered for the plan after a reload, and printed on a
 * landscape A4 page of its own while the rest of the report stays portrait.
 * The session fails on any CSP refusal; axe-core checks the page.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { MapView } from '../../shared/processmap/schema';
import { followedUpPlan } from '../support/plan-fixture';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';
import { apiCall } from './support/web-server';

const session = useAppSession('samverkstad-report-maps-');
let page: Page;
let planId: string;
let view: MapView;

const PROCESS = 'Utskrivning från sjukhuset';
const picker = () => page.getByRole('group', { name: 'Processkartor i rapporten' });
const mapPage = () => page.getByRole('region', { name: `Processkarta: ${PROCESS} – Nuläge` });
const sorted = (ids: readonly string[]) => [...ids].sort();
const idsIn = (attribute: string) => mapPage().locator(`svg [${attribute}]`).evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name)!), attribute);

/** The PDF's pages as width × height in points, from their media boxes. */
async function pdfPages(): Promise<{ width: number; height: number }[]> {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  return [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((box) => ({ width: Number(box[1]), height: Number(box[2]) }));
}

beforeEach(async () => {
  page = session.page;
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) => apiCall(session.server, method, input);
  const seeded = await followedUpPlan({ call });
  planId = seeded.plan.id;
  const map = await call('processMap.create', { programmeId: seeded.plan.programmeId, name: PROCESS, state: 'nulage', template: 'los_discharge' });
  const step = (await call('processMap.get', { id: map.id })).elements.find((e) => e.kind === 'step')!;
  await call('mapArrow.create', { mapId: map.id, from: step.id, to: step.id, label: 'väntar' });
  await call('processMap.create', { programmeId: seeded.plan.programmeId, name: 'Hemsjukvård', state: 'onskat', template: 'home_care' });
  view = await call('processMap.get', { id: map.id });
  await page.evaluate((hash) => (window.location.hash = hash), `#/plan/${planId}/report`);
  await page.getByRole('heading', { level: 1, name: 'Statusrapport till styrgruppen' }).waitFor();
  await picker().waitFor();
});

describe('process maps in the status report', () => {
  it('includes none until one is ticked, then draws it with every step and arrow and remembers it for the plan', async () => {
    const box = picker().getByRole('checkbox', { name: `${PROCESS} – Nuläge` });
    expect(await picker().getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([false, false]);
    expect(await page.locator('.plan-report__map').count()).toBe(0);
    const portrait = await pdfPages();

    await box.check();
    await mapPage().locator('svg').waitFor();
    expect(sorted(await idsIn('data-element-id'))).toEqual(sorted(view.elements.map((e) => e.id)));
    expect(sorted(await idsIn('data-arrow-id'))).toEqual(sorted(view.arrows.map((a) => a.id)));
    expect(await page.locator('.plan-report__map').count()).toBe(1);
    await expectAccessible(page, 'status report with a map');

    await page.reload();
    await mapPage().locator('svg').waitFor();
    expect(await picker().getByRole('checkbox', { name: `${PROCESS} – Nuläge` }).isChecked()).toBe(true);
    expect(await picker().getByRole('checkbox', { name: 'Hemsjukvård – Önskat läge' }).isChecked()).toBe(false);

    // On paper: the picker is gone, and the map is one landscape page more; the report's own pages stay portrait.
    await page.emulateMedia({ media: 'print' });
    expect(await picker().isVisible()).toBe(false);
    expect(await mapPage().locator('svg').isVisible()).toBe(true);
    const printed = await pdfPages();
    expect(printed).toHaveLength(portrait.length + 1);
    expect(printed.filter((p) => p.width > p.height)).toHaveLength(1);
    expect(printed.at(-1)!.width).toBeGreaterThan(printed.at(-1)!.height);
    expect(printed.slice(0, -1)).toEqual(portrait);
    await page.emulateMedia({ media: 'screen' });

    await picker().getByRole('checkbox', { name: `${PROCESS} – Nuläge` }).uncheck();
    await mapPage().waitFor({ state: 'detached' });
  });
});
