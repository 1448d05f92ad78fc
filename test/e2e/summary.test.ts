/**
 * The workshop summary as the styrgrupp gets it, in the browser: decisions
 * first (prioritised areas, the hand-over, the vote with its split by
 * huvudman and the bar chart), then every cluster with its description,
 * strengths and notes, the note that joined none, and who took part; the
 * running header in print; the .xlsx read back holding the same; and the
 * sharing copy with no participant's name on the page, on paper or in the
 * file.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { huvudmanValues } from '../../shared/participant/schema';
import { expectAccessible } from './support/browser';
import { call, CLUSTERS, type ClusterKey, openWorkshopTab, PEOPLE, plannedTotals, type Seeded, seedWorkshop, shownResults, voteByPlan } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-summary-');
let page: Page;
let seeded: Seeded;

const FREE_NOTE = 'Tolk bokas inte till planeringsmötet';
const DESCRIPTION = 'Listan i journalen och listan i hemtjänsten visar olika doser efter hemgång.';
const STRENGTHS = ['Läkemedelsgenomgång på avdelningen', 'Apotekare i kommunens hälso- och sjukvård'];
const HANDED_TO = 'Primärvårdsledningen i Region Blekinge';
const keys = Object.keys(CLUSTERS) as ClusterKey[];
const heading = (key: ClusterKey) => CLUSTERS[key].heading;
const names = Object.values(PEOPLE).map((p) => p.name);

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
  const { workshop, clusters } = seeded;
  await call(session.server, 'note.create', { workshopId: workshop.id, text: FREE_NOTE, colour: 'pink', authorId: null });
  await call(session.server, 'cluster.update', { id: clusters.A.id, description: DESCRIPTION, strengths: STRENGTHS });
  await call(session.server, 'matrix.place', {
    workshopId: workshop.id,
    placements: [
      { itemId: clusters.A.id, kind: 'cluster', x: 0.2, y: 0.3 },
      { itemId: clusters.F.id, kind: 'cluster', x: 0.9, y: 0.9 },
    ],
  });
  const roundId = await voteByPlan(session.server, seeded);
  await call(session.server, 'outcome.prioritiseTop', { roundId, top: 3 });
  await call(session.server, 'outcome.set', { workshopId: workshop.id, itemId: clusters.F.id, kind: 'cluster', status: 'outside_mandate', handedTo: HANDED_TO, comment: 'Tas upp i maj' });
});

const summary = () => page.getByRole('region', { name: 'Sammanfattning', exact: true });

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return workbook;
}

async function exportXlsx(): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), summary().getByRole('button', { name: 'Exportera Excel' }).click()]);
  return workbookOf(download);
}

/** A sheet's rows below the header, as plain values. */
function rows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getSheetValues().slice(2).map((row) => (Array.isArray(row) ? row.slice(1) : []));
}

const everyCell = (workbook: ExcelJS.Workbook): string[] => workbook.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])));

/** The header and page numbers are a constructed sheet (the CSP refuses inline <style>): read them as the browser parsed them. */
const pageBoxes = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));

describe('the workshop summary', () => {
  it('puts the decisions first, then every cluster, note and participant; prints with a running header; exports the same to Excel', async () => {
    await openWorkshopTab(page, 'Sammanfattning');
    await summary().getByRole('table', { name: 'Rangordning i omgång 1' }).waitFor();

    // Decisions, then what they rest on.
    expect(await summary().getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Beslut', 'Underlag']);
    expect(await summary().getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Prioriterade förbättringsområden',
      'Blev i handlingsplanen',
      'Lämnas över',
      'Röstning',
      'Kluster och lappar',
      'Fyrfältaren',
      'Deltagare (8)',
    ]);
    const prioritised = summary().getByRole('table', { name: 'Prioriterade förbättringsområden' });
    expect(await prioritised.locator('.area-table__title').allTextContents()).toEqual(['A', 'B', 'C', 'D'].map((k) => heading(k as ClusterKey)));
    await summary().getByRole('table', { name: 'Lämnas över' }).getByRole('rowheader', { name: heading('F') }).waitFor();

    // The vote, split by huvudman, with the bar chart beside the table.
    const planned = plannedTotals();
    const ranking = await shownResults(page, 'Rangordning i omgång 1');
    expect(ranking.map((r) => [r.title, r.votes, r.split])).toEqual(
      [...keys].sort((a, b) => planned.get(b)!.votes - planned.get(a)!.votes || keys.indexOf(a) - keys.indexOf(b)).map((k) => [heading(k), planned.get(k)!.votes, planned.get(k)!.split]),
    );
    const chart = summary().locator('.results-chart');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('.results-chart__title').allTextContents()).toEqual(ranking.map((r) => r.title));
    const byHuvudman = huvudmanValues.map((h) => keys.reduce((sum, k) => sum + planned.get(k)!.split[h], 0));
    const splitRow = summary().getByRole('table', { name: 'Prickar per huvudman i omgång 1' }).getByRole('row').nth(1);
    expect(await splitRow.getByRole('cell').allTextContents()).toEqual([...byHuvudman, 24].map(String));

    // The detail: description, strengths, every note, the free one included.
    const clusterA = summary().locator('.summary-clusters__cluster').filter({ has: page.getByRole('heading', { name: heading('A') }) });
    await clusterA.getByText(DESCRIPTION).waitFor();
    expect(await clusterA.locator('.summary-clusters__strengths li').allTextContents()).toEqual(STRENGTHS);
    const allNotes = [...keys.flatMap((k) => CLUSTERS[k].notes), FREE_NOTE];
    const listed = await summary().locator('.summary-clusters__notes li').allTextContents();
    expect(listed.sort()).toEqual([...allNotes].sort());
    for (const name of names) await summary().getByText(name, { exact: true }).waitFor();
    await expectAccessible(page, 'summary');

    // In print: programme, kommun and date on every page, numbered pages, no app around it.
    const boxes = await pageBoxes();
    expect(boxes).toContain('@top-left { content: "LOS Karlskrona – Karlskrona"');
    expect(boxes).toContain('@top-right { content: "2027-03-04"');
    expect(boxes).toContain('@bottom-right { content: "Sida " counter(page) " av " counter(pages) ""');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '.breadcrumbs', '.workshop-tabs__list', '.summary__toolbar']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await chart.isVisible()).toBe(true);
    expect(await summary().getByRole('heading', { name: 'Underlag' }).isVisible()).toBe(true);
    // The detail starts on a page of its own.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    // The file holds what the screen does.
    const workbook = await exportXlsx();
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Workshop', 'Prioriterat', 'Handlingsplan', 'Överlämnat', 'Röstning', 'Kluster', 'Lappar', 'Deltagare']);
    expect(rows(workbook, 'Prioriterat').map((r) => r[0])).toEqual(['A', 'B', 'C', 'D'].map((k) => heading(k as ClusterKey)));
    expect(rows(workbook, 'Överlämnat')).toEqual([[heading('F'), HANDED_TO, 'Tas upp i maj', 1]]);
    const votes = rows(workbook, 'Röstning');
    expect(votes[0]).toEqual(['Omgång 1']);
    for (const k of keys) {
      const row = votes.find((r) => r[1] === heading(k))!;
      expect(row.slice(2, 7), heading(k)).toEqual([planned.get(k)!.votes, ...huvudmanValues.map((h) => planned.get(k)!.split[h])]);
    }
    expect(votes.at(-1)).toEqual(['Totalt', '', 24, ...byHuvudman]);
    expect(rows(workbook, 'Kluster').find((r) => r[0] === heading('A'))).toEqual([heading('A'), 3, DESCRIPTION, STRENGTHS.join('\n'), 'Enkelt, kort sikt', 7]);
    const notes = rows(workbook, 'Lappar');
    expect(notes).toHaveLength(allNotes.length);
    expect(notes.map((r) => r[1]).sort()).toEqual([...allNotes].sort());
    expect(notes.at(-1)).toEqual(['(inget kluster)', FREE_NOTE]);
    expect(rows(workbook, 'Deltagare').map((r) => r[1]).sort()).toEqual([...names].sort());

    // Another tab prints without the summary's page boxes.
    await page.getByRole('tab', { name: 'Tavla', exact: true }).click();
    await expect.poll(pageBoxes).not.toContain('LOS Karlskrona');
  });

  it('leaves every participant name out of the page, the printout and the file when asked, keeping the organisations', async () => {
    await openWorkshopTab(page, 'Sammanfattning');
    await summary().getByText(PEOPLE.K1.name, { exact: true }).waitFor();
    await summary().getByLabel('Ta med deltagarnas namn').uncheck();
    await summary().getByText('Namnen är utelämnade: bara organisationerna visas.').waitFor();

    const orgs = summary().locator('.summary-orgs__name');
    expect(await orgs.allTextContents()).toEqual(['Anhörigföreningen', 'Blekingesjukhuset', 'Karlskrona kommun', 'Omsorg Plus AB', 'Vårdcentralen Lyckeby']);
    const shownText = () => page.evaluate(() => document.body.innerText);
    for (const name of names) expect(await shownText(), name).not.toContain(name);
    await page.emulateMedia({ media: 'print' });
    for (const name of names) expect(await shownText(), name).not.toContain(name);
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page, 'summary without names');

    const workbook = await exportXlsx();
    const cells = everyCell(workbook);
    for (const person of Object.values(PEOPLE)) {
      expect(cells.filter((cell) => cell.includes(person.name)), person.name).toEqual([]);
      expect(cells.filter((cell) => cell.includes(person.role)), person.role).toEqual([]);
    }
    expect(rows(workbook, 'Deltagare')).toEqual([
      ['Anhörigföreningen', 'Annan', 1],
      ['Blekingesjukhuset', 'Region', 2],
      ['Karlskrona kommun', 'Kommun', 3],
      ['Omsorg Plus AB', 'Privat', 1],
      ['Vårdcentralen Lyckeby', 'Region', 1],
    ]);
    // The notes stay: only names go.
    expect(rows(workbook, 'Lappar')).toHaveLength(keys.reduce((sum, k) => sum + CLUSTERS[k].notes.length, 0) + 1);
  });
});
