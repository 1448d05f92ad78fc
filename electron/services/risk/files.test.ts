import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/core';
import { openPlanApp } from '../../../test/support/plan';
import { rated, registerWithPlan, riskTableCounts } from '../../../test/support/risk';
import { exampleRegister, HANDKEPT_CONTINUED, HANDKEPT_SHEET, handKeptRegister } from '../../../test/support/risk-files';
import { quotePrefixedCells } from '../../../test/support/xlsx';
import { sparseXlsx } from '../../../test/support/xlsx-files';

async function load(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

/** The exported file as the styrgrupp hands it back: opened, edited and saved with a spreadsheet library. */
async function edited(base64: string, edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = await load(base64);
  edit(workbook.worksheets[0]!, workbook);
  return { base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

const registerState = async (app: TestApp, id: string) => {
  const view = await app.call('riskRegister.get', { id: id as never });
  const history = await Promise.all(view.risks.map((risk) => app.call('risk.history', { id: risk.id })));
  return { view, history };
};

// Each case writes, reads (in the xlsx worker) and re-reads real files; on two
// shared busy cores that alone can take longer than the 5 s default.
describe('riskregister file', { timeout: 30_000 }, () => {
  it('exports every risk for the styrgrupp, set up to filter and print, with hidden ids and the title kept as text', async () => {
    const app = await openPlanApp();
    const { register, risks } = await exampleRegister(app);
    const file = await app.call('riskRegister.exportXlsx', { registerId: register.id });
    expect(file).toMatchObject({ fileName: 'Exempel LOS Ronneby – riskregister.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const workbook = await load(file.base64);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Riskregister', 'visible'],
      ['Riskmatris', 'visible'],
      ['Förklaring', 'visible'],
      ['samverkstad', 'veryHidden'],
    ]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:X4');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(sheet.getCell('N2').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4"'] });
    expect(sheet.getCell('L3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Öppen,Under hantering,Bevakas,Stängd"'] });
    expect([sheet.getCell('S2').value, (sheet.getCell('S2').fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual(['Betydande', 'FFFFEB9C']);
    expect([sheet.getCell('S3').value, (sheet.getCell('S3').fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual(['Hög', 'FFFFC7CE']);
    expect(sheet.getColumn('X').hidden).toBe(true);
    expect([2, 3, 4].map((row) => [sheet.getCell(`A${row}`).value, sheet.getCell(`X${row}`).value])).toEqual(risks.map((r) => [r.code, r.id]));
    expect(sheet.getCell('B2').value).toBe('=SUMMA(A1) medarbetare saknas');
    expect(await quotePrefixedCells(Buffer.from(file.base64, 'base64'), 'xl/worksheets/sheet1.xml')).toEqual(['B2']);
  });

  it('reads back two changed ratings and a new row, applies them as one step with new assessments, and undo restores the register exactly', async () => {
    const app = await openPlanApp();
    const { register, scope, risks } = await exampleRegister(app);
    const before = await registerState(app, register.id);
    const counts = riskTableCounts(app.core.databaseFile);
    const exported = await app.call('riskRegister.exportXlsx', { registerId: register.id });
    const file = await edited(exported.base64, (sheet) => {
      sheet.getCell('N2').value = 4;
      sheet.getCell('O2').value = 'Fler verksamheter saknar kontaktperson nu';
      sheet.getCell('P3').value = 2;
      sheet.getCell('Q3').value = 'Ledningen har gett tid för arbetet';
      sheet.getRow(5).values = ['', 'Läkemedelslistan saknas vid hemgång', 'Listan uppdateras inte'];
      sheet.getCell('L5').value = 'Under hantering';
      sheet.getCell('N5').value = 2;
      sheet.getCell('O5').value = 'Har hänt ett par gånger';
      sheet.getCell('P5').value = 4;
      sheet.getCell('Q5').value = 'Patienten kan skadas';
    });

    const preview = await app.call('riskRegister.previewImport', { registerId: register.id, file });
    expect(preview).toMatchObject({ format: 'export', sheet: 'Riskregister', headerRow: 1, unchanged: 1, notInFile: [], problems: [] });
    expect(preview.changed).toEqual([
      {
        row: 2,
        riskId: risks[0].id,
        code: 'R1',
        title: risks[0].title,
        changes: [
          { field: 'likelihood', app: '3', file: '4', exported: '3', conflict: false },
          { field: 'likelihoodMotivation', app: rated(3, 2).likelihoodMotivation, file: 'Fler verksamheter saknar kontaktperson nu', exported: rated(3, 2).likelihoodMotivation, conflict: false },
        ],
      },
      {
        row: 3,
        riskId: risks[1].id,
        code: 'R2',
        title: 'Förändringströtthet',
        changes: [
          { field: 'consequence', app: '3', file: '2', exported: '3', conflict: false },
          { field: 'consequenceMotivation', app: rated(4, 3).consequenceMotivation, file: 'Ledningen har gett tid för arbetet', exported: rated(4, 3).consequenceMotivation, conflict: false },
        ],
      },
    ]);
    expect(preview.newRisks).toEqual([
      {
        row: 5,
        fileNumber: null,
        title: 'Läkemedelslistan saknas vid hemgång',
        values: expect.objectContaining({ title: 'Läkemedelslistan saknas vid hemgång', cause: 'Listan uppdateras inte', status: 'hanteras', likelihood: '2', consequence: '4' }),
        printedScore: null,
        computedScore: 8,
        inconsistent: false,
      },
    ]);

    const result = await app.call('riskRegister.applyImport', { registerId: register.id, file, fingerprint: preview.fingerprint, by: 'Styrgruppen' });
    expect(result).toEqual({ created: 1, updated: 2, assessed: 3 });
    const after = await app.call('riskRegister.get', { id: register.id });
    expect(after.risks.map((r) => [r.code, r.current?.likelihood, r.current?.consequence, r.current?.score, r.current?.by, r.previous?.score ?? null])).toEqual([
      ['R1', 4, 2, 8, 'Styrgruppen', 6],
      ['R2', 4, 2, 8, 'Styrgruppen', 12],
      ['R3', undefined, undefined, undefined, undefined, null],
      ['R4', 2, 4, 8, 'Styrgruppen', null],
    ]);
    expect(after.risks[3]).toMatchObject({ title: 'Läkemedelslistan saknas vid hemgång', cause: 'Listan uppdateras inte', status: 'hanteras', source: 'free' });
    expect(after.risks[0]).toMatchObject({ title: risks[0].title, owner: 'Karim Said', nextReview: '2027-06-01', carrier: 'kommun' });

    const undone = await app.call('history.undo', { scope });
    expect(undone).toBeTruthy();
    expect(await registerState(app, register.id)).toEqual(before);
    expect(riskTableCounts(app.core.databaseFile)).toEqual(counts);
  });

  it('shows a field changed in the app since the export and in the file as a conflict, and takes the file’s value only when asked', async () => {
    const app = await openPlanApp();
    const { register, scope, risks } = await exampleRegister(app);
    const exported = await app.call('riskRegister.exportXlsx', { registerId: register.id });
    await app.call('risk.update', { id: risks[0].id, owner: 'Anna Berg' });
    await app.call('risk.update', { id: risks[1].id, title: 'Förändringströtthet i alla led' });
    const file = await edited(exported.base64, (sheet) => {
      sheet.getCell('I2').value = 'Lena Holm';
      sheet.getCell('F3').value = 'Styrning';
    });
    const preview = await app.call('riskRegister.previewImport', { registerId: register.id, file });
    expect(preview.changed.map((c) => [c.code, c.changes])).toEqual([
      ['R1', [{ field: 'owner', app: 'Anna Berg', file: 'Lena Holm', exported: 'Karim Said', conflict: true }]],
      // The title the app changed since the export is left alone: the file still holds the exported one.
      ['R2', [{ field: 'category', app: 'Ledning', file: 'Styrning', exported: 'Ledning', conflict: false }]],
    ]);

    const apply = (takeFromFile: { riskId: string; field: 'owner' }[]) =>
      app.call('riskRegister.applyImport', { registerId: register.id, file, fingerprint: preview.fingerprint, by: 'Styrgruppen', takeFromFile: takeFromFile as never });
    expect(await apply([])).toEqual({ created: 0, updated: 1, assessed: 0 });
    let view = await app.call('riskRegister.get', { id: register.id });
    expect(view.risks.map((r) => [r.owner, r.title, r.category])).toEqual([
      ['Anna Berg', risks[0].title, 'Bemanning'],
      ['', 'Förändringströtthet i alla led', 'Styrning'],
      ['', 'Ekonomin räcker inte', ''],
    ]);
    await app.call('history.undo', { scope });
    expect(await apply([{ riskId: risks[0].id, field: 'owner' }])).toEqual({ created: 0, updated: 2, assessed: 0 });
    view = await app.call('riskRegister.get', { id: register.id });
    expect(view.risks[0]!.owner).toBe('Lena Holm');

    // A preview the register has moved on from is refused, and nothing is saved.
    await app.call('history.undo', { scope });
    const fresh = await app.call('riskRegister.previewImport', { registerId: register.id, file });
    await app.call('risk.update', { id: risks[1].id, category: 'Annat' });
    const counts = riskTableCounts(app.core.databaseFile);
    const stale = await app.fail('riskRegister.applyImport', { registerId: register.id, file, fingerprint: fresh.fingerprint, by: 'Styrgruppen' });
    expect(stale.code).toBe('import_stale');
    expect(riskTableCounts(app.core.databaseFile)).toEqual(counts);
    expect((await app.call('riskRegister.get', { id: register.id })).risks[1]!.category).toBe('Annat');
  });

  it('matches columns by their header in either language, whatever their order and the rows’ order, and names every unusable cell', async () => {
    const app = await openPlanApp();
    const { register, risks } = await exampleRegister(app);
    await app.call('settings.update', { language: 'en' });
    const exported = await app.call('riskRegister.exportXlsx', { registerId: register.id });
    await app.call('settings.update', { language: 'sv' });
    const sorted = await edited(exported.base64, (sheet) => {
      // Sorted backwards, and the English title column moved to the far right under its Swedish name.
      const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
      rows.reverse().forEach((values, i) => (sheet.getRow(i + 2).values = values as ExcelJS.CellValue[]));
      for (let r = 1; r <= 4; r++) {
        sheet.getCell(`Z${r}`).value = r === 1 ? 'Risk' : sheet.getCell(`B${r}`).value;
        sheet.getCell(`B${r}`).value = null;
      }
    });
    const same = await app.call('riskRegister.previewImport', { registerId: register.id, file: sorted });
    expect(same).toMatchObject({ changed: [], newRisks: [], problems: [], unchanged: 3, notInFile: [] });

    const bad = await edited(exported.base64, (sheet) => {
      sheet.getCell('N2').value = 5;
      sheet.getCell('Q3').value = '';
      sheet.getCell('L4').value = 'Kanske';
      sheet.getCell('M4').value = 'nästa vecka';
      sheet.getRow(5).values = ['', 'Okänd', ...Array(21).fill(''), '7c9e6679-7425-40de-944b-e07fc1f90ae7'];
      sheet.getRow(6).values = ['', 'Kopia', ...Array(21).fill(''), risks[2].id];
      sheet.getCell('L5').value = 'Open';
      sheet.getCell('L6').value = 'Öppen';
      sheet.getRow(7).values = ['', '', 'Orsak utan risk'];
    });
    const preview = await app.call('riskRegister.previewImport', { registerId: register.id, file: bad });
    expect(preview.problems.map((p) => [p.row, p.column, p.field, p.code, p.value])).toEqual([
      [2, 'N', 'likelihood', 'rating_out_of_range', '5'],
      [3, 'Q', 'consequenceMotivation', 'motivation_missing', '3'],
      [4, 'L', 'status', 'unknown_value', 'Kanske'],
      [4, 'M', 'nextReview', 'invalid_date', 'nästa vecka'],
      [4, 'X', null, 'duplicate_id', risks[2].id],
      [5, 'X', null, 'unknown_id', '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
      [6, 'X', null, 'duplicate_id', risks[2].id],
      [7, 'B', 'title', 'required', ''],
    ]);
    expect(preview.problems.every((p) => p.sheet === 'Risk register')).toBe(true);
    expect(preview).toMatchObject({ changed: [], newRisks: [], unchanged: 0, notInFile: [] });
  });

  it('imports a register kept by hand: header found below a title on the second sheet, motivations split off, wrapped lines joined, wrong scores flagged', async () => {
    const app = await openPlanApp();
    const { register } = await registerWithPlan(app);
    const scope = `register:${register.id}` as never;
    const file = { base64: (await handKeptRegister()).toString('base64') };
    const preview = await app.call('riskRegister.previewImport', { registerId: register.id, file });
    expect(preview).toMatchObject({ format: 'handkept', sheet: HANDKEPT_SHEET, headerRow: 4, changed: [], unchanged: 0, notInFile: [] });
    expect(preview.problems).toEqual([{ sheet: HANDKEPT_SHEET, row: 14, column: 'D', field: 'consequenceMotivation', code: 'motivation_missing', value: '4' }]);
    expect(preview.newRisks.map((r) => [r.row, r.fileNumber, r.values.likelihood, r.values.consequence, r.printedScore, r.computedScore, r.inconsistent])).toEqual([
      [5, '1', '3', '2', 6, 6, false],
      [7, '2', '4', '3', 12, 12, false],
      [8, '3', '4', '3', 12, 12, false],
      [9, '4', '3', '3', 12, 9, true],
      [10, '5', '4', '2', 8, 8, false],
      [11, '6', '4', '3', 12, 12, false],
      [12, '7', '3', '2', 6, 6, false],
      [13, '8', '2', '2', 4, 4, false],
      [15, '10', '3', '3', 6, 9, true],
    ]);
    expect(preview.newRisks[0]!.values).toMatchObject({
      title: 'Ingen utsedd kontaktperson i verksamheten',
      likelihoodMotivation: 'Troligt att det blir så i några av verksamheterna.',
      consequenceMotivation: `Det finns roller som kan ta uppdraget, till exempel ${HANDKEPT_CONTINUED}`,
    });

    const counts = riskTableCounts(app.core.databaseFile);
    const apply = (inconsistencies: { row: number; take: 'ratings' | 'skip' }[]) =>
      app.call('riskRegister.applyImport', { registerId: register.id, file, fingerprint: preview.fingerprint, by: 'Anna Berg', inconsistencies });
    const unresolved = await app.fail('riskRegister.applyImport', { registerId: register.id, file, fingerprint: preview.fingerprint, by: 'Anna Berg', inconsistencies: [{ row: 9, take: 'ratings' }] });
    expect([unresolved.code, unresolved.details]).toEqual(['import_unresolved', { rows: [15] }]);
    expect(riskTableCounts(app.core.databaseFile)).toEqual(counts);

    expect(await apply([{ row: 9, take: 'ratings' }, { row: 15, take: 'skip' }])).toEqual({ created: 8, updated: 0, assessed: 8 });
    const view = await app.call('riskRegister.get', { id: register.id });
    expect(view.risks.map((r) => [r.code, r.current?.score])).toEqual([
      ['R1', 6], ['R2', 12], ['R3', 12], ['R4', 9], ['R5', 8], ['R6', 12], ['R7', 6], ['R8', 4],
    ]);
    expect(view.risks[3]!.current).toMatchObject({ likelihood: 3, consequence: 3, band: 'hog', by: 'Anna Berg' });
    await app.call('history.undo', { scope });
    expect((await app.call('riskRegister.get', { id: register.id })).risks).toEqual([]);
  });

  it('refuses an unreadable or oversized file with nothing saved', async () => {
    const app = await openPlanApp();
    const { register } = await exampleRegister(app);
    const counts = riskTableCounts(app.core.databaseFile);
    const notXlsx = { base64: Buffer.from('PK\u0003\u0004 not really a zip').toString('base64') };
    const wide = { base64: (await sparseXlsx(3, 'ZZ')).toString('base64') };
    const noTable = { base64: (await handKeptRegister([])).toString('base64').slice(0) };
    for (const method of ['riskRegister.previewImport', 'riskRegister.applyImport'] as const) {
      const input = (file: { base64: string }) => ({ registerId: register.id, file, fingerprint: 'x', by: 'Anna Berg' });
      const fail = (file: { base64: string }) => app.fail(method, method === 'riskRegister.previewImport' ? { registerId: register.id, file } : input(file));
      expect((await fail(notXlsx)).code).toBe('import_unreadable');
      expect(await fail(wide)).toMatchObject({ code: 'import_too_large', details: { limit: 'columns', max: 256 } });
    }
    // A workbook with the header row but no rows is read fine and brings nothing.
    expect(await app.call('riskRegister.previewImport', { registerId: register.id, file: noTable })).toMatchObject({ newRisks: [], problems: [], format: 'handkept' });
    expect(riskTableCounts(app.core.databaseFile)).toEqual(counts);
  });
});
