import { describe, expect, it } from 'vitest';
import { packSheet, unpackSheet } from './packed-sheet';
import type { Sheet } from './workbook';

describe('packed sheets', () => {
  it('come back exactly as they were packed, empty rows and odd characters included', () => {
    const sheet: Sheet = {
      name: 'Blad 1',
      merges: ['A1:B1'],
      rows: [
        { row: 1, cells: [{ column: 1, text: 'Rubrik' }] },
        { row: 4, cells: [{ column: 2, text: 'åäö 😀' }, { column: 256, text: 'x' }] },
        { row: 9, cells: [] },
      ],
    };
    expect(unpackSheet(packSheet(sheet))).toEqual(sheet);
    expect(unpackSheet(packSheet({ name: 'Tom', merges: [], rows: [] }))).toEqual({ name: 'Tom', merges: [], rows: [] });
  });
});
