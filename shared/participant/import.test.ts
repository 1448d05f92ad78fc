import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '../../test/support/awkward-text';
import { columnLetter, parseParticipantTable, splitPastedTable } from './import';

describe('participant import parsing', () => {
  it('reads tab-separated lines in the default column order', () => {
    const preview = parseParticipantTable(splitPastedTable('Anna Berg\tRonneby kommun\tkommun\tBiståndshandläggare\r\nOla Ek\tVårdcentralen\tRegion\tLäkare\n\n'));
    expect(preview.hasHeader).toBe(false);
    expect(preview.rows).toEqual([
      { row: 1, fields: { name: 'Anna Berg', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Biståndshandläggare' }, problems: [] },
      { row: 2, fields: { name: 'Ola Ek', organisation: 'Vårdcentralen', huvudman: 'region', role: 'Läkare' }, problems: [] },
    ]);
  });

  it('recognises a header row in any column order', () => {
    const preview = parseParticipantTable([
      ['Roll', 'Namn', 'Huvudman'],
      ['Sjuksköterska', 'Karin', 'Kommunen'],
    ]);
    expect(preview.hasHeader).toBe(true);
    expect(preview.rows[0]).toEqual({ row: 2, fields: { name: 'Karin', organisation: '', huvudman: 'kommun', role: 'Sjuksköterska' }, problems: [] });
  });

  it("reads the app's own column names, however they are spaced or cased", () => {
    const headers = { name: ['Namn', 'Name'], organisation: ['Organisation'], huvudman: ['Huvudman', 'Principal'], role: ['Roll/yrke', 'Role/profession'] };
    const preview = parseParticipantTable(
      [
        ['Organisation', 'Namn', 'Huvudman', 'ROLL / YRKE'],
        ['Ronneby kommun', 'Anna Berg', 'Kommun', 'Biståndshandläggare'],
      ],
      { headers },
    );
    expect(preview).toEqual({
      hasHeader: true,
      ignoredColumns: [],
      rows: [{ row: 2, fields: { name: 'Anna Berg', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Biståndshandläggare' }, problems: [] }],
    });
  });

  it('reports every header column it does not read, and reads the rest', () => {
    const preview = parseParticipantTable([
      ['Namn', 'Telefon', 'Yrke', 'Namn', ''],
      ['Ola Ek', '0457-123 45', 'Läkare', 'Olle', ''],
    ]);
    expect(preview.ignoredColumns).toEqual([
      { column: 'B', header: 'Telefon', reason: 'unknown' },
      { column: 'D', header: 'Namn', reason: 'repeated' },
    ]);
    expect(preview.rows[0]?.fields).toEqual({ name: 'Ola Ek', organisation: '', huvudman: 'annan', role: 'Läkare' });
  });

  it('names the row and column of every problem', () => {
    const preview = parseParticipantTable(splitPastedTable('Anna\tX\tkommunen X\n\tY\tregion\nB\tZ\tregion\tR\textra'));
    expect(preview.rows.map((r) => [r.row, r.fields, r.problems.map((p) => `${p.column}:${p.code}`)])).toEqual([
      [1, null, ['C:unknown_huvudman']],
      [2, null, ['A:required']],
      [3, null, ['E:too_many_columns']],
    ]);
  });

  it('flags characters that cannot be saved by row and column, and keeps reading the other rows', () => {
    const preview = parseParticipantTable([
      ['Anna', 'Vård\uffffcentralen', 'region', ''],
      ['Ola\u0007', '', 'kommun', ''],
      ['Karin\nLund', 'Ronneby\r\nkommun', 'kommun', 'Sjuksköterska'],
    ]);
    expect(preview.rows).toEqual([
      { row: 1, fields: null, problems: [{ column: 'B', field: 'organisation', code: 'forbidden_character', value: 'U+FFFF' }] },
      { row: 2, fields: null, problems: [{ column: 'A', field: 'name', code: 'forbidden_character', value: 'U+0007' }] },
      { row: 3, fields: { name: 'Karin Lund', organisation: 'Ronneby kommun', huvudman: 'kommun', role: 'Sjuksköterska' }, problems: [] },
    ]);
  });

  it('treats an empty huvudman as annan', () => {
    expect(parseParticipantTable([['Anna', '', '', '']]).rows[0]?.fields?.huvudman).toBe('annan');
  });

  it('letters columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('never throws and either parses fields or reports a problem', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ maxLength: 30 }), awkwardText), { maxLength: 6 }), { maxLength: 20 }), (table) => {
        for (const row of parseParticipantTable(table).rows) expect(row.fields === null).toBe(row.problems.length > 0);
      }),
    );
  });
});
