import { describe, expect, it } from 'vitest';
import { columnNumber, scanSheet } from './sheet-scan';

const bounds = { rows: 3, columns: 4 };
const scan = (xml: string, max = 100) => {
  const budget = { max, used: 0 };
  scanSheet(xml, bounds, budget);
  return budget.used;
};
const failure = (xml: string, max = 100) => {
  try {
    scan(xml, max);
  } catch (error) {
    return error;
  }
  throw new Error('the scan should have refused the sheet');
};

describe('scanSheet', () => {
  it('counts cells with and without addresses, in prefixed XML too', () => {
    expect(scan('<sheetData><row r="1"><c r="A1"/><c r="D1"><v>1</v></c></row><row><c/><c/></row></sheetData>')).toBe(4);
    expect(scan('<x:sheetData><x:row r="1"><x:c r="B1"/></x:row></x:sheetData><cols><col min="1" max="16384"/></cols>')).toBe(1);
    expect(columnNumber('A')).toBe(1);
    expect(columnNumber('xfd')).toBe(16_384);
  });

  it('refuses a cell past the last column, also one reached by counting cells without addresses', () => {
    expect(failure('<row r="1"><c r="E1"/></row>')).toMatchObject({ code: 'import_too_large', details: { limit: 'columns', max: 4 } });
    expect(failure('<row r="1"><c r="D1"/><c/></row>')).toMatchObject({ details: { limit: 'columns' } });
  });

  it('refuses too many rows, and merged or validated areas by the cells they would make', () => {
    expect(failure('<row/><row/><row/><row/>')).toMatchObject({ details: { limit: 'rows', max: 3 } });
    expect(scan('<mergeCell ref="A1:B2"/><dataValidation type="list" sqref="A1:A3 C5"/>')).toBe(8);
    expect(failure('<mergeCell ref="A1:D1000"/>')).toMatchObject({ details: { limit: 'cells', max: 100 } });
    expect(failure('<dataValidation sqref="A1:Z1"/>')).toMatchObject({ details: { limit: 'columns' } });
  });
});
