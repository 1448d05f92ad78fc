/**
 * The styrgrupp status report in the browser: a plan followed up at two
 * meetings, the report's summary before its detail, the decisions since
 * the last report and a picked start date, the print view without the app
 * around it, and the .xlsx, the .docx and a protokoll downloaded and read
 * back. Web mode runs on the real clock; the fixture's one late activity
 * is due in the past and nothing else can become late.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import { readDocx } from '../support/docx';
import { followedUpPlan } from '../support/plan-fixture';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';
import { apiCall } from './support/web-server';

const session = useAppSession('samverkstad-report-');
let page: Page;
let seeded: Awaited<ReturnType<typeof followedUpPlan>>;

beforeEach(async () => {
  page = session.page;
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) => apiCall(session.server, method, input);
  seeded = await followedUpPlan({ call });
  // One activity turns röd after the last meeting, so the summary has a red item with its reason.
  await call('planActivity.setProgress', { id: seeded.activities.later.id, health: 'rod', healthReason: 'Ingen budget beslutad', by: 'Anna Berg' });
  await page.evaluate((hash) => (window.location.hash = hash), `#/plan/${seeded.plan.id}/report`);
  await page.getByRole('heading', { level: 1, name: 'Statusrapport till styrgruppen' }).waitFor();
});

const region = (name: string) => page.getByRole('region', { name, exact: true });
const rowTexts = (locator: ReturnType<Page['locator']>) => locator.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));

async function download(name: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: typeof name === 'string' }).click()]);
  return { name: file.suggestedFilename(), buffer: fs.readFileSync((await file.path())!) };
}

describe('styrgrupp status report', () => {
  it('puts the summary first: progress per område with counts, the overdue and red activities, the decisions since the last report', async () => {
    expect(await page.locator('.plan-report').locator('h2, h3').allTextContents()).toEqual([
      'Sammanfattning',
      'Framsteg per område',
      'Försenade aktiviteter (1)',
      'Röda aktiviteter (1)',
      'Beslut sedan förra rapporten',
      'Handlingsplanen i detalj',
      'SIP i tid',
      'Gemensam kommunikation',
    ]);
    expect(await rowTexts(region('Framsteg per område').getByRole('table'))).toEqual([
      ['SIP i tid', '1 av 4', '25 %', '0', '0', '1', '1'],
      ['Gemensam kommunikation', '0 av 1', '0 %', '1', '1', '0', '0'],
      ['Hela planen', '1 av 5', '20 %', '1', '1', '1', '1'],
    ]);
    expect(await rowTexts(region('Försenade aktiviteter (1)').getByRole('table'))).toEqual([['Kalla till SIP inom tre dagar', 'SIP i tid', '2026-01-31', 'Anna Berg', 'Pågår']]);
    expect(await rowTexts(region('Röda aktiviteter (1)').getByRole('table'))).toEqual([['Följ upp i december', 'SIP i tid', 'Ingen budget beslutad', '', 'Ej påbörjad']]);

    // By default: the day after the last-but-one closed meeting, so only the March meeting's decisions.
    const decisions = region('Beslut sedan förra rapporten');
    const from = decisions.getByLabel('Beslut från och med');
    await expect.poll(() => from.inputValue()).toBe('2027-02-02');
    const listed = () => decisions.getByRole('listitem').allTextContents();
    await expect.poll(listed).toEqual([
      'Beslut: Processteamet beslutar att godkänna den reviderade rutinen',
      'Ny aktivitet: Processteamet beslutar att ta fram en gemensam kontaktlistaNy aktivitet: Ta fram en gemensam kontaktlista',
    ]);
    await decisions.getByRole('heading', { level: 4, name: 'Möte 2027-03-10 – Uppföljning mars' }).waitFor();

    await decisions.getByRole('button', { name: 'Visa alla beslut' }).click();
    await expect.poll(listed).toHaveLength(3);
    await expect.poll(() => from.inputValue()).toBe('');
    await from.fill('2027-03-11');
    await decisions.getByText('Inga beslut i perioden.').waitFor();
    await decisions.getByRole('button', { name: 'Återgå till förvalt datum' }).click();
    await expect.poll(listed).toHaveLength(2);

    // The detail: each område's table, activities under their delmål, overdue and health in words.
    const detail = region('SIP i tid');
    expect(await rowTexts(detail.getByRole('table'))).toEqual([
      ['Delmål: SIP inom tre dagar'],
      ['Kalla till SIP inom tre dagar', 'Anna BergRonneby kommun (Kommun)', '2026-01-10 – 2026-01-31Försenad', 'Pågår', 'Grön'],
      ['Delmål: Alla vet vem som kallar'],
      ['Rutin för vem som kallar', 'Karim SaidVårdcentralen Kallinge (Region)', '', 'Ej påbörjad', 'GulAnsvarig utses i april'],
      ['Utbilda vårdplanerare', '', 'senast 2027-02-01', 'Klar', 'Grön'],
      ['Utan delmål'],
      ['Följ upp i december', '', '2098-11-01 – 2098-12-01', 'Ej påbörjad', 'RödIngen budget beslutad'],
    ]);
    await expectAccessible(page, 'status report');
  });

  it('prints the report alone: no app header, breadcrumbs or buttons, the chosen start date in words, programme and date in the page margins', async () => {
    // The page boxes are a constructed sheet (the CSP refuses inline <style>), so they are read as the browser parsed them.
    const boxes = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
    expect(boxes).toContain('@top-left { content: "Exempel: LOS Ronneby – Handlingsplan Ronneby"');
    expect(boxes).toMatch(/@top-right \{ content: "\d{4}-\d\d-\d\d"/);
    expect(boxes).toContain('@bottom-right { content: "Sida " counter(page) " av " counter(pages) ""');

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '.breadcrumbs', '.plan-report__toolbar', '.plan-report__from']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    await page.getByText('Beslut från och med 2027-02-02.').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Statusrapport till styrgruppen' }).isVisible()).toBe(true);
    const screenshot = await page.screenshot({ fullPage: true });
    expect(screenshot.length).toBeGreaterThan(10_000);
    // The detail starts on a page of its own: the summary and the detail make at least two A4 pages.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
  });

  it('downloads the plan as .xlsx and .docx and a meeting protokoll, holding the same activities, overdue flag and beslut', async () => {
    const xlsx = await download('Exportera Excel');
    expect(xlsx.name).toBe('Handlingsplan Ronneby – handlingsplan.xlsx');
    await page.getByRole('region', { name: 'Meddelanden' }).getByText('Sparad som Handlingsplan Ronneby – handlingsplan.xlsx').waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
    const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    expect(values('Aktiviteter').map((row) => [row[2], row[8], row[9], row[11]])).toEqual([
      ['Kalla till SIP inom tre dagar', 'Pågår', 'Grön', 'Ja'],
      ['Rutin för vem som kallar', 'Ej påbörjad', 'Gul', 'Nej'],
      ['Utbilda vårdplanerare', 'Klar', 'Grön', 'Nej'],
      ['Följ upp i december', 'Ej påbörjad', 'Röd', 'Nej'],
      ['=HYPERLINK("http://example.invalid","Kontaktlista")', 'Struken', 'Grön', 'Nej'],
      ['@Informera hemtjänsten', 'Pausad', 'Gul', 'Nej'],
      ['Ta fram en gemensam kontaktlista', 'Ej påbörjad', 'Grön', 'Nej'],
    ]);
    expect(values('Statushistorik').map((row) => [row[0], row[5], row[6]])).toEqual([
      ['Kalla till SIP inom tre dagar', 'Ej påbörjad', 'Pågår'],
      ['Rutin för vem som kallar', 'Röd', 'Gul'],
      ['@Informera hemtjänsten', 'Pågår', 'Pausad'],
      ['Följ upp i december', 'Grön', 'Röd'],
    ]);
    expect(values('Beslut').map((row) => row[3])).toEqual([
      'Processteamet beslutar att lägga lägesrapporten till handlingarna',
      'Processteamet beslutar att godkänna den reviderade rutinen',
      'Processteamet beslutar att ta fram en gemensam kontaktlista',
    ]);

    const docx = await download('Exportera Word');
    expect(docx.name).toBe('Handlingsplan Ronneby – handlingsplan.docx');
    const plan = await readDocx(docx.buffer);
    expect(plan.tables.map((table) => table.slice(1).filter((row) => row.length === 4).map((row) => row[0]))).toEqual([
      ['Kalla till SIP inom tre dagar', 'Rutin för vem som kallar', 'Utbilda vårdplanerare', 'Följ upp i december'],
      ['=HYPERLINK("http://example.invalid","Kontaktlista")', '@Informera hemtjänsten', 'Ta fram en gemensam kontaktlista'],
    ]);
    expect(plan.tables[0]![2]![3]).toBe('Pågår\nHälsa: Grön\nförsenad');

    const minutes = await download('Exportera protokollet från mötet 2027-03-10 som Word');
    expect(minutes.name).toBe('Handlingsplan Ronneby – protokoll – 2027-03-10.docx');
    const protocol = await readDocx(minutes.buffer);
    expect(protocol.paragraphs.filter((p) => p.startsWith('§') || p.startsWith('Processteamet'))).toEqual([
      '§ 1 Beslut',
      'Processteamet beslutar att godkänna den reviderade rutinen',
      '§ 2 Ny aktivitet',
      'Processteamet beslutar att ta fram en gemensam kontaktlista',
      '§ 3 Ändrad status och hälsa',
      '§ 4 Tas upp på nästa möte',
    ]);
    await expectAccessible(page, 'status report after exports');
  });

  it('says so when the plan does not exist', async () => {
    await page.evaluate(() => (window.location.hash = '#/plan/2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b/report'));
    await page.getByRole('heading', { level: 1, name: 'Handlingsplanen finns inte' }).waitFor();
    await expectAccessible(page, 'missing plan report');
  });
});
