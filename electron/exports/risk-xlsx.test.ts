import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleRegisterView } from '../../test/support/risk-view';
import { NO_SOFFICE, parseCsv, SOFFICE, sofficeConvert } from '../../test/support/soffice';
import { tempDir } from '../../test/support/temp-dir';
import { quotePrefixedCells } from '../../test/support/xlsx';
import { riskExportLabels } from './labels';
import { riskWorkbook } from './risk-xlsx';

const EXPORTED_AT = '2027-03-15T10:00:00.000Z';

async function build(language: 'sv' | 'en' = 'sv') {
  const view = sampleRegisterView();
  const buffer = await riskWorkbook({ view, labels: riskExportLabels(language), exportedAt: EXPORTED_AT });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { view, buffer, workbook };
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('riskregister workbook', () => {
  it('lists every risk with all its fields, ratings, motivations, score, band, change and residual', async () => {
    const { view, workbook } = await build();
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Riskregister', 'visible'],
      ['Riskmatris', 'visible'],
      ['Förklaring', 'visible'],
      ['samverkstad', 'veryHidden'],
    ]);
    const sheet = workbook.getWorksheet('Riskregister')!;
    expect(values(sheet, 1)).toEqual([
      'Nr', 'Risk', 'Orsak', 'Händelse', 'Konsekvens (beskrivning)', 'Kategori', 'Ursprung', 'Bärs av', 'Riskägare', 'Hantering', 'Åtgärder', 'Status',
      'Nästa översyn', 'Sannolikhet', 'Motivering sannolikhet', 'Konsekvens', 'Motivering konsekvens', 'Poäng', 'Risknivå', 'Bedömd av', 'Bedömd',
      'Förändring', 'Kvarstående risk', 'Id (ändra inte)',
    ]);
    const [r1, , r3] = view.risks;
    expect(values(sheet, 2)).toEqual([
      'R1', '=SUMMA(A1) medarbetare saknas', 'Ingen utsedd person', 'Rutinen införs inte', 'Patienter väntar', 'Bemanning',
      'Från workshop: Workshop om utskrivning', 'Kommun', 'Karim Said', 'Åtgärda', 'Utse kontaktperson (Pågår, försenad)\nInformera chefer (Klar)', 'Under hantering',
      new Date('2027-05-01T00:00:00Z'), 4, 'Sannolikhet 4: det syns redan', 3, 'Konsekvens 3: tid och resurser', 12, 'Hög', 'Anna Berg',
      expect.any(Date), 'Högre än förra (6 Betydande)', '4 Låg', r1!.id,
    ]);
    expect(values(sheet, 3).slice(0, 2)).toEqual(['R2', 'Förändringströtthet']);
    expect(values(sheet, 3).slice(13, 23)).toEqual([3, 'Sannolikhet 3: det syns redan', 2, 'Konsekvens 2: tid och resurser', 6, 'Betydande', 'Anna Berg', expect.any(Date), 'Ny bedömning', '']);
    expect(values(sheet, 4)).toEqual(['R3', 'Ekonomin räcker inte', '', '', '', '', 'Fritt inlagd', '', '', '', '', 'Öppen', ...Array(11).fill(''), r3!.id]);
  });

  it('is set up to filter, edit and print: frozen header, autofilter, lists on ratings and enums, band fills with words, A4 landscape, hidden ids', async () => {
    const { view, buffer, workbook } = await build();
    const sheet = workbook.getWorksheet('Riskregister')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:X4');
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getColumn('O').width).toBeGreaterThan(sheet.getColumn('N').width!);
    expect(sheet.getColumn('X').hidden).toBe(true);

    expect(sheet.getCell('N2').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4"'] });
    expect(sheet.getCell('P2').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4"'] });
    expect(sheet.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Åtgärda,Acceptera,Undvika,Överföra"'] });
    expect(sheet.getCell('L2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Öppen,Under hantering,Bevakas,Stängd"'] });
    // Rows added below the risks get the lists too.
    expect(sheet.getCell('N150').dataValidation).toMatchObject({ type: 'list' });

    expect([sheet.getCell('S2').value, fillOf(sheet.getCell('S2')), fillOf(sheet.getCell('R2'))]).toEqual(['Hög', 'FFFFC7CE', 'FFFFC7CE']);
    expect([sheet.getCell('S3').value, fillOf(sheet.getCell('S3'))]).toEqual(['Betydande', 'FFFFEB9C']);
    expect([sheet.getCell('W2').value, fillOf(sheet.getCell('W2'))]).toEqual(['4 Låg', 'FFC6EFCE']);
    expect(fillOf(sheet.getCell('S4'))).toBeUndefined();

    const workbookXml = await (await JSZip.loadAsync(buffer)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Riskregister&apos;!$1:$1</definedName>`);
    // The formula-looking title stays text.
    expect(await quotePrefixedCells(buffer, 'xl/worksheets/sheet1.xml')).toEqual(['B2']);

    const hidden = workbook.getWorksheet('samverkstad')!;
    expect(values(hidden, 1)).toEqual(['samverkstad-riskregister', '1', view.register.id, EXPORTED_AT]);
    expect(values(hidden, 2)[0]).toBe('id');
    expect(values(hidden, 2)).toContain('likelihoodMotivation');
    expect(values(hidden, 2).length).toBe(15);
    expect(values(hidden, 2).map((field, i) => [field, values(hidden, 3)[i]]).filter(([field]) => ['id', 'title', 'carrier', 'status', 'nextReview', 'likelihood', 'consequence'].includes(field as string))).toEqual([
      ['id', view.risks[0]!.id],
      ['title', '=SUMMA(A1) medarbetare saknas'],
      ['carrier', 'kommun'],
      ['status', 'hanteras'],
      ['nextReview', '2027-05-01'],
      ['likelihood', '4'],
      ['consequence', '3'],
    ]);
  });

  it('draws the 4 × 4 matrix with sannolikhet upwards, band fills, band words, counts and codes', async () => {
    const { workbook } = await build();
    const sheet = workbook.getWorksheet('Riskmatris')!;
    expect(sheet.getCell('A1').value).toBe('Riskmatris – Trygg hemgång');
    expect(values(sheet, 2)).toEqual([
      'Sannolikhet ↓ / Konsekvens →', 'Konsekvens 1: Försumbar', 'Konsekvens 2: Lindrig', 'Konsekvens 3: Allvarlig', 'Konsekvens 4: Mycket allvarlig',
    ]);
    expect(values(sheet, 3)).toEqual(['Sannolikhet 4: Mycket stor', 'Låg (4)\nInga', 'Betydande (8)\nInga', 'Hög (12)\n1 st: R1', 'Hög (16)\nInga']);
    expect(values(sheet, 4)[2]).toBe('Betydande (6)\n1 st: R2');
    expect(values(sheet, 6)).toEqual(['Sannolikhet 1: Mycket liten', 'Låg (1)\nInga', 'Låg (2)\nInga', 'Låg (3)\nInga', 'Låg (4)\nInga']);
    expect(fillOf(sheet.getCell('D3'))).toBe('FFFFC7CE');
    expect(fillOf(sheet.getCell('C4'))).toBe('FFFFEB9C');
    expect(fillOf(sheet.getCell('B6'))).toBe('FFC6EFCE');
    expect(sheet.getCell('A8').value).toBe('Ej bedömda: R3');
  });

  it('explains the scales, the bands, the method and the export date', async () => {
    const { workbook } = await build();
    const sheet = workbook.getWorksheet('Förklaring')!;
    const texts = Array.from(sheet.getSheetValues().slice(1), (row) => (row as unknown[] | undefined)?.slice(1) ?? []);
    expect(texts).toContainEqual([4, 'Mycket stor', 'Finns redan i dag i väsentliga delar av verksamheten eller arbetet.']);
    expect(texts).toContainEqual([1, 'Försumbar', 'Arbetet kan fortsätta utan särskilda åtgärder.']);
    expect(texts).toContainEqual(['Hög', 'Poäng 9–16']);
    expect(texts).toContainEqual(['Betydande', 'Poäng 5–8']);
    expect(texts).toContainEqual(['Låg', 'Poäng 1–4']);
    expect(texts.flat()).toContain('Poäng = sannolikhet × konsekvens. Varje värde ska ha en motivering. Risknivån följer av poängen enligt tabellen ovan.');
    expect(texts.find((row) => row[0] === 'Exporterad')?.[1]).toBeInstanceOf(Date);
  });

  it('follows the UI language', async () => {
    const { workbook } = await build('en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Risk register', 'Risk matrix', 'Legend', 'samverkstad']);
    const sheet = workbook.getWorksheet('Risk register')!;
    expect(values(sheet, 1).slice(0, 3)).toEqual(['No.', 'Risk', 'Cause']);
    expect(values(sheet, 2).slice(9, 12)).toEqual(['Reduce', 'Utse kontaktperson (In progress, overdue)\nInformera chefer (Done)', 'Being handled']);
    expect(values(sheet, 2)[18]).toBe('High');
    expect(values(sheet, 2)[21]).toBe('Higher than before (6 Significant)');
  });

  it('reads the same in LibreOffice saved as CSV: every risk row, the title as text, dates as dates', async (ctx) => {
    ctx.skip(!SOFFICE, NO_SOFFICE);
    const { view, buffer } = await build();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'risker.xlsx'), buffer);
    // 44 comma, 34 double quote, 76 UTF-8, from line 1, cells as shown, and (token 12) -1: every sheet to its own file.
    const took = await sofficeConvert([path.join(dir, 'risker.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', dir);
    await ctx.annotate(`soffice xlsx → csv took ${took} ms`);
    const rows = parseCsv(fs.readFileSync(path.join(dir, 'risker-Riskregister.csv'), 'utf8'));
    expect(rows[0]!.slice(0, 2)).toEqual(['Nr', 'Risk']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[23]])).toEqual(view.risks.map((risk) => [risk.code, risk.title, risk.id]));
    expect(rows[1]!.slice(12, 19)).toEqual(['2027-05-01', '4', 'Sannolikhet 4: det syns redan', '3', 'Konsekvens 3: tid och resurser', '12', 'Hög']);
    const matrix = parseCsv(fs.readFileSync(path.join(dir, 'risker-Riskmatris.csv'), 'utf8'));
    expect(matrix[2]![3]).toBe('Hög (12)\n1 st: R1');
  }, 120_000);
});
