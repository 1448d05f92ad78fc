import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiLine } from '../../shared/common/schema';
import { replaceForbiddenCharacters } from '../../shared/common/text';
import { awkwardText } from '../../test/support/awkward-text';
import { quotePrefixedCells } from '../../test/support/xlsx';
import { workbookBuffer, writeRow } from './xlsx-cells';

async function roundTrip(texts: readonly string[]): Promise<{ values: unknown[]; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('S');
  for (const text of texts) writeRow(sheet, [text]);
  const buffer = await workbookBuffer(workbook);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer as unknown as ArrayBuffer);
  return { values: texts.map((_, i) => read.worksheets[0]!.getCell(i + 1, 1).value), buffer };
}

describe('export cells', () => {
  it('write formula-looking text as strings with the quote prefix, and only those', async () => {
    const texts = ['=HYPERLINK("http://x","klicka")', '+46 70', '-1', '@SUM(A1)', 'Vanlig text', 'a=b'];
    const { values, buffer } = await roundTrip(texts);
    expect(values).toEqual(texts);
    expect(await quotePrefixedCells(buffer, 'xl/worksheets/sheet1.xml')).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('keep a literal _xHHHH_ as typed instead of letting it turn into a character', async () => {
    const texts = ['a_x0041_b', '_x00e9_', '_x005F_'];
    expect((await roundTrip(texts)).values).toEqual(texts);
  });

  it('bring back every text the rule accepts unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(awkwardText, { minLength: 1, maxLength: 50 }), async (inputs) => {
        const accepted = inputs.map((text) => multiLine(10_000).safeParse(text)).flatMap((r) => (r.success && r.data !== '' ? [r.data] : []));
        fc.pre(accepted.length > 0);
        expect((await roundTrip(accepted)).values).toEqual(accepted);
      }),
      // A workbook per run is slow; fewer runs of many cells each keep the coverage.
      { numRuns: 20 },
    );
  }, 60_000);

  it('open whatever older data holds, with what XML cannot carry shown as U+FFFD', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(awkwardText.filter((text) => text.trim() !== ''), { minLength: 1, maxLength: 50 }), async (texts) => {
        expect((await roundTrip(texts)).values).toEqual(texts.map(replaceForbiddenCharacters));
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
