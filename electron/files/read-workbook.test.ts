import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../shared/files/limits';
import { handMadeXlsx, participantListXlsx, sparseXlsx } from '../../test/support/xlsx-files';
import { readWorkbook } from './read-workbook';
import { rowTexts } from './workbook';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, 'the read should have failed').toBeInstanceOf(Error);
  return error as { code: string; details?: unknown };
}

/** Sets an entry's declared (uncompressed) size in both zip headers, as a forged archive would. */
function forgeDeclaredSize(zip: Buffer, entryName: string, size: number): Buffer {
  const forged = Buffer.from(zip);
  const name = Buffer.from(entryName);
  for (let at = forged.indexOf(name); at >= 0; at = forged.indexOf(name, at + 1)) {
    if (forged.readUInt32LE(at - 30) === 0x04034b50) forged.writeUInt32LE(size, at - 30 + 22);
    if (forged.readUInt32LE(at - 46) === 0x02014b50) forged.writeUInt32LE(size, at - 46 + 24);
  }
  return forged;
}

describe('readWorkbook', () => {
  it('reads only the cells that exist, as display text, with merged areas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Risker');
    sheet.getCell('A1').value = 'Riskregister';
    sheet.mergeCells('A1:C1');
    sheet.getCell('B3').value = 42;
    sheet.getCell('D3').value = { richText: [{ text: 'fet ' }, { text: 'text' }] };
    sheet.getCell('A5').value = '';
    workbook.addWorksheet('Andra').getCell('A1').value = 'två';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const first = await readWorkbook(bytes);
    expect(first.sheets).toHaveLength(1);
    const [risks] = first.sheets;
    expect(risks?.name).toBe('Risker');
    expect(risks?.merges).toEqual(['A1:C1']);
    expect(risks?.rows[0]?.row).toBe(1);
    expect(risks?.rows[1]).toEqual({ row: 3, cells: [{ column: 2, text: '42' }, { column: 4, text: 'fet text' }] });
    expect(rowTexts(risks!.rows[1]!)).toEqual(['', '42', '', 'fet text']);
    expect(risks?.rows).toHaveLength(2);

    const all = await readWorkbook(bytes, { sheets: 'all' });
    expect(all.sheets.map((s) => s.name)).toEqual(['Risker', 'Andra']);
  });

  it('refuses the 22 KB sheet with one cell at column XFD per row at once, naming the column limit', async () => {
    const hostile = await sparseXlsx(4000, 'XFD');
    expect(hostile.length).toBeLessThan(25_000);
    const started = performance.now();
    const error = await refusal(readWorkbook(hostile));
    const took = performance.now() - started;
    console.log(`sparse XFD sheet (${hostile.length} bytes, 4,000 rows) refused in ${took.toFixed(0)} ms`);
    expect(error).toMatchObject({ code: 'import_too_large', details: { limit: 'columns', max: IMPORT_LIMITS.columns } });
    expect(took).toBeLessThan(5_000);
  });

  it('gives a far-right cell within the column limit as that one cell, not a row of blanks', async () => {
    const sparse = await sparseXlsx(3, 'IV');
    const [sheet] = (await readWorkbook(sparse)).sheets;
    expect(sheet?.rows).toEqual([1, 2, 3].map((row) => ({ row, cells: [{ column: 256, text: 'x' }] })));
  });

  it('reads a 20,000-row list within the limits, and refuses it with a named limit when the rows are capped lower', async () => {
    const list = await participantListXlsx(20_000);
    const started = performance.now();
    const [sheet] = (await readWorkbook(list)).sheets;
    console.log(`20,000-row list (${list.length} bytes) read in ${(performance.now() - started).toFixed(0)} ms`);
    expect(sheet?.rows).toHaveLength(20_001);
    expect(rowTexts(sheet!.rows[20_000]!)).toEqual(['Deltagare 20000', 'Enhet 18', 'kommun', 'Roll 6']);

    const error = await refusal(readWorkbook(list, { limits: { rows: 10_000 } }));
    expect(error).toMatchObject({ code: 'import_too_large', details: { limit: 'rows', max: 10_000 } });
  }, 60_000);

  it('refuses zip bombs: an archive inflating far beyond its size, and one lying about its sizes', async () => {
    // 40 MB of one repeated cell row compresses to a few kilobytes.
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
    const bomb = await handMadeXlsx(`<sheetData>${row.repeat(40_000_000 / row.length)}</sheetData>`);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refusal(readWorkbook(bomb))).toMatchObject({ code: 'import_too_large', details: { limit: 'compressionRatio' } });

    // The same sheet declared as 1 kB: inflation stops at the declared size and the file is refused.
    const liar = forgeDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 1000);
    expect(await refusal(readWorkbook(liar))).toMatchObject({ code: 'import_unreadable' });

    // Declared sizes beyond the uncompressed limit are refused before anything is inflated.
    const declaredHuge = forgeDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', IMPORT_LIMITS.uncompressedBytes + 1);
    expect(await refusal(readWorkbook(declaredHuge))).toMatchObject({ code: 'import_too_large', details: { limit: 'uncompressedBytes' } });
  }, 30_000);

  it('refuses merged areas and validation ranges that would make millions of cells', async () => {
    const merged = await handMadeXlsx('<sheetData/><mergeCells count="1"><mergeCell ref="A1:IV5000"/></mergeCells>');
    expect(await refusal(readWorkbook(merged))).toMatchObject({ code: 'import_too_large', details: { limit: 'cells' } });
    const validated = await handMadeXlsx(
      '<sheetData/><dataValidations count="1"><dataValidation type="list" sqref="A1:D1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    );
    expect(await refusal(readWorkbook(validated))).toMatchObject({ code: 'import_too_large', details: { limit: 'cells' } });
  });

  it('reports files that are no workbook, a too-small heap and a too-short clock as clear errors', async () => {
    expect(await refusal(readWorkbook(Buffer.from('not a zip file')))).toMatchObject({ code: 'import_unreadable' });
    expect(await refusal(readWorkbook(Buffer.alloc(IMPORT_LIMITS.fileBytes + 1)))).toMatchObject({
      code: 'import_too_large',
      details: { limit: 'fileBytes', max: IMPORT_LIMITS.fileBytes },
    });
    const list = await participantListXlsx(5_000);
    expect(await refusal(readWorkbook(list, { memoryMb: 4 }))).toMatchObject({ code: 'import_too_large', details: { limit: 'memory', max: 4 } });
    expect(await refusal(readWorkbook(list, { seconds: 0.01 }))).toMatchObject({ code: 'import_too_large', details: { limit: 'time' } });
    // The reader is still usable afterwards.
    expect((await readWorkbook(list)).sheets[0]?.rows).toHaveLength(5_001);
  }, 60_000);
});
