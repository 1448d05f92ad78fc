import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/support/core';
import { followedUpPlan, openPlanApp } from '../../test/support/plan';
import { NO_SOFFICE, parseCsv, SOFFICE, sofficeConvert } from '../../test/support/soffice';
import { tempDir } from '../../test/support/temp-dir';
import { quotePrefixedCells } from '../../test/support/xlsx';

async function exportPlan(app: TestApp, planId: string) {
  const file = await app.call('plan.exportXlsx', { planId: planId as never });
  const buffer = Buffer.from(file.base64, 'base64');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { file, buffer, workbook };
}

const rows = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The seeded plan's activities as the sheet must list them, in plan order, for 2027-03-15. */
function expectedActivities(workshopTitle: string) {
  const fromWorkshop = ['SIP i tid', workshopTitle];
  const byHand = ['', ''];
  return [
    ['SIP i tid', 'SIP inom tre dagar', 'Kalla till SIP inom tre dagar', 'Anna Berg', 'Ronneby kommun', 'Kommun', day('2026-01-10'), day('2026-01-31'), 'Pågår', 'Grön', '', 'Ja', ...fromWorkshop],
    ['SIP i tid', 'Alla vet vem som kallar', 'Rutin för vem som kallar', 'Karim Said', 'Vårdcentralen Kallinge', 'Region', '', '', 'Ej påbörjad', 'Gul', 'Ansvarig utses i april', 'Nej', ...fromWorkshop],
    ['SIP i tid', 'Alla vet vem som kallar', 'Utbilda vårdplanerare', '', '', '', '', day('2027-02-01'), 'Klar', 'Grön', '', 'Nej', ...fromWorkshop],
    ['SIP i tid', '', 'Följ upp i december', '', '', '', day('2098-11-01'), day('2098-12-01'), 'Ej påbörjad', 'Grön', '', 'Nej', ...fromWorkshop],
    ['Gemensam kommunikation', '', '=HYPERLINK("http://example.invalid","Kontaktlista")', '', '', '', '', day('2027-02-01'), 'Struken', 'Grön', '', 'Nej', ...byHand],
    ['Gemensam kommunikation', '', '@Informera hemtjänsten', '+46 70 123 45 67', '', '', '', '', 'Pausad', 'Gul', 'Väntar på nytt intranät', 'Nej', ...byHand],
    ['Gemensam kommunikation', '', 'Ta fram en gemensam kontaktlista', 'Karim Said', '', '', '', day('2098-05-01'), 'Ej påbörjad', 'Grön', '', 'Nej', ...byHand],
  ];
}

describe('handlingsplan workbook', () => {
  it('list every activity with where it sits, the workshop it came from and overdue by the shared rule; the history; the beslut', async () => {
    const app = await openPlanApp();
    const seeded = await followedUpPlan(app);
    const { file, workbook } = await exportPlan(app, seeded.plan.id);
    expect(file).toMatchObject({ fileName: 'Handlingsplan Ronneby – handlingsplan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Aktiviteter', 'Statushistorik', 'Beslut']);
    const [activities, history, decisions] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];

    expect(rows(activities)).toEqual([
      ['Område', 'Delmål', 'Aktivitet', 'Ansvarig', 'Organisation', 'Huvudman', 'Start', 'Klart senast', 'Status', 'Hälsa', 'Skäl', 'Försenad', 'Förbättringsområde', 'Workshop'],
      ...expectedActivities(seeded.workshop.title),
    ]);
    // The fixed clock is 10:00 local time on 2027-03-15; the sheet shows that wall-clock time.
    const at = new Date(Date.UTC(2027, 2, 15, 10, 0, 0));
    expect(rows(history)).toEqual([
      ['Aktivitet', 'Tidpunkt', 'Registrerad av', 'Möte', 'Gäller', 'Från', 'Till', 'Skäl', 'Kommentar'],
      ['Kalla till SIP inom tre dagar', at, 'Anna Berg', '', 'Status', 'Ej påbörjad', 'Pågår', '', 'Arbetet har börjat'],
      ['Rutin för vem som kallar', at, 'Karim Said', '2027-03-10 Uppföljning mars', 'Hälsa', 'Röd', 'Gul', 'Ansvarig utses i april', 'Chefen har lovat svar'],
      ['@Informera hemtjänsten', at, 'Anna Berg', '2027-03-10 Uppföljning mars', 'Status', 'Pågår', 'Pausad', '', 'Vilar tills intranätet är klart'],
    ]);
    expect(rows(decisions)).toEqual([
      ['Mötesdatum', 'Möte', 'Typ', 'Beslut', 'Skapad aktivitet'],
      [day('2027-02-01'), 'Uppföljning februari', 'Information', 'Processteamet beslutar att lägga lägesrapporten till handlingarna', ''],
      [day('2027-03-10'), 'Uppföljning mars', 'Beslut', 'Processteamet beslutar att godkänna den reviderade rutinen', ''],
      [day('2027-03-10'), 'Uppföljning mars', 'Ny aktivitet', 'Processteamet beslutar att ta fram en gemensam kontaktlista', 'Ta fram en gemensam kontaktlista'],
    ]);
  });

  it('follow the UI language', async () => {
    const app = await openPlanApp();
    const seeded = await followedUpPlan(app);
    await app.call('settings.update', { language: 'en' });
    const { file, workbook } = await exportPlan(app, seeded.plan.id);
    expect(file.fileName).toBe('Handlingsplan Ronneby – action plan.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Activities', 'Status history', 'Decisions']);
    expect(rows(workbook.worksheets[0]!)[1]!.slice(8, 12)).toEqual(['In progress', 'Green', '', 'Yes']);
    expect(rows(workbook.worksheets[2]!)[2]![3]).toBe('The process team decides to godkänna den reviderade rutinen');
  });

  it('are set up to filter and print: frozen bold header, autofilter over the data, wrapped text, A4 landscape one page wide, header row on every page', async () => {
    const app = await openPlanApp();
    const seeded = await followedUpPlan(app);
    const { buffer, workbook } = await exportPlan(app, seeded.plan.id);
    const expectedRange = { Aktiviteter: 'A1:N8', Statushistorik: 'A1:I4', Beslut: 'A1:E4' };
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(expectedRange[sheet.name as keyof typeof expectedRange]);
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    }
    const [activities, history] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(activities.getColumn(3).width).toBeGreaterThan(activities.getColumn(6).width!);
    expect(activities.getCell('C2').alignment).toMatchObject({ wrapText: true });
    expect(activities.getCell('H2').numFmt).toBe('yyyy-mm-dd');
    expect(history.getCell('B2').numFmt).toBe('yyyy-mm-dd hh:mm');

    // Colours carry meaning only beside the words: status, health and overdue cells are filled and hold their text.
    const fillOf = (ref: string) => (activities.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([activities.getCell('I2').value, fillOf('I2')]).toEqual(['Pågår', 'FFDDEBF7']);
    expect([activities.getCell('J3').value, fillOf('J3')]).toEqual(['Gul', 'FFFFEB9C']);
    expect([activities.getCell('L2').value, fillOf('L2')]).toEqual(['Ja', 'FFFFC7CE']);
    expect(fillOf('L3')).toBeUndefined();

    // Print titles are a defined name in the workbook, which Excel and LibreOffice read.
    const workbookXml = await (await JSZip.loadAsync(buffer)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Aktiviteter&apos;!$1:$1</definedName>`);
    // Formula-looking texts are written as text: C6 (a =HYPERLINK activity), C7 ("@…") and D7 ("+46 …").
    expect(await quotePrefixedCells(buffer, 'xl/worksheets/sheet1.xml')).toEqual(['C6', 'C7', 'D7']);
  });

  it('read the same in LibreOffice saved as CSV: every row of every sheet, dates as dates, no formula evaluated', async (ctx) => {
    ctx.skip(!SOFFICE, NO_SOFFICE);
    const app = await openPlanApp();
    const seeded = await followedUpPlan(app);
    const { buffer } = await exportPlan(app, seeded.plan.id);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plan.xlsx'), buffer);
    // 44 comma, 34 double quote, 76 UTF-8, from line 1, cells as shown, and (token 12) -1: every sheet to its own file.
    const took = await sofficeConvert([path.join(dir, 'plan.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', dir);
    await ctx.annotate(`soffice xlsx → csv took ${took} ms`);
    const csv = (sheet: string) => parseCsv(fs.readFileSync(path.join(dir, `plan-${sheet}.csv`), 'utf8'));
    const asShown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

    expect(csv('Aktiviteter').slice(1)).toEqual(expectedActivities(seeded.workshop.title).map((row) => row.map(asShown)));
    expect(csv('Statushistorik').slice(1).map((row) => row.slice(0, 7))).toEqual([
      ['Kalla till SIP inom tre dagar', '2027-03-15 10:00', 'Anna Berg', '', 'Status', 'Ej påbörjad', 'Pågår'],
      ['Rutin för vem som kallar', '2027-03-15 10:00', 'Karim Said', '2027-03-10 Uppföljning mars', 'Hälsa', 'Röd', 'Gul'],
      ['@Informera hemtjänsten', '2027-03-15 10:00', 'Anna Berg', '2027-03-10 Uppföljning mars', 'Status', 'Pågår', 'Pausad'],
    ]);
    expect(csv('Beslut').slice(1).map((row) => [row[0], row[2], row[4]])).toEqual([
      ['2027-02-01', 'Information', ''],
      ['2027-03-10', 'Beslut', ''],
      ['2027-03-10', 'Ny aktivitet', 'Ta fram en gemensam kontaktlista'],
    ]);
  }, 120_000);

  it('refuse a plan that does not exist', async () => {
    const app = await openPlanApp();
    const error = await app.fail('plan.exportXlsx', { planId: '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b' });
    expect(error).toMatchObject({ code: 'not_found', details: { entity: 'plan' } });
    expect((await app.fail('plan.exportXlsx', { planId: 'nope' })).code).toBe('validation_failed');
  });
});
