import { describe, expect, it } from 'vitest';
import { fileColumns, type FileColumn } from './file-columns';
import { checkScore, compareField, findHeader, headerIndex, joinContinuationRows, matchHeader, splitRating, tableRow } from './import-rules';

const index = headerIndex({
  ...(Object.fromEntries(fileColumns.map((c) => [c, []])) as unknown as Record<FileColumn, string[]>),
  code: ['Nr', 'No.'],
  title: ['Risk'],
  effect: ['Konsekvens (beskrivning)', 'Consequence (description)'],
  likelihood: ['Sannolikhet', 'Likelihood'],
  consequence: ['Konsekvens', 'Consequence'],
  score: ['Poäng', 'Score'],
});

describe('rating cells', () => {
  it.each([
    ['3 – Stor sannolikhet i några verksamheter.', 3, 'Stor sannolikhet i några verksamheter.'],
    ['3—utan mellanslag', 3, 'utan mellanslag'],
    ['2 - med bindestreck', 2, 'med bindestreck'],
    ['4', 4, ''],
    [' 4 ', 4, ''],
    ['3. Stor', 3, 'Stor'],
    ['1 rad ett\nrad två', 1, 'rad ett\nrad två'],
    ['7 – utanför skalan', 7, 'utanför skalan'],
  ])('split %j', (text, rating, motivation) => {
    expect(splitRating(text)).toEqual({ rating, motivation });
  });

  it.each(['hög', '2.5', '-3', '', 'tre – stor'])('refuse %j as a rating', (text) => {
    expect(splitRating(text)).toBeNull();
  });
});

describe('header rows', () => {
  it('are matched by their texts in either language, regardless of case, spacing and punctuation', () => {
    expect([...matchHeader(['nr.', ' RISK ', 'Likelihood', 'Konsekvens', 'Consequence (description)', 'Poäng:'], index)]).toEqual([
      ['code', 1],
      ['title', 2],
      ['likelihood', 3],
      ['consequence', 4],
      ['effect', 5],
      ['score', 6],
    ]);
  });

  it('are found below a title on any sheet, the one naming the most columns winning', () => {
    const found = findHeader(
      [
        { name: 'Om', rows: [{ row: 1, texts: ['Risk', 'Poäng'] }] },
        {
          name: 'Risker',
          rows: [
            { row: 1, texts: ['Risk- och konsekvensanalys'] },
            { row: 3, texts: ['Nr', 'Risk', 'Sannolikhet', 'Konsekvens', 'Poäng'] },
          ],
        },
      ],
      index,
    );
    expect(found).toMatchObject({ sheet: 1, index: 1 });
    expect(found!.columns.size).toBe(5);
    expect(findHeader([{ name: 'x', rows: [{ row: 1, texts: ['Namn', 'Risk'] }] }], index)).toBeNull();
  });
});

describe('continuation rows', () => {
  const columns = new Map<FileColumn, number>([
    ['code', 1],
    ['title', 2],
    ['likelihood', 3],
    ['consequence', 4],
    ['score', 5],
  ]);
  it('join a row with no number and no title onto the row above, cell by cell', () => {
    const rows = joinContinuationRows([
      tableRow(5, ['1', 'Ingen kontaktperson', '3 – Troligt', '2 – Det finns roller som kan ta det, till exempel', '6'], columns),
      tableRow(6, ['', '', '', 'samordnare och chefer.', ''], columns),
      tableRow(7, ['2', 'Kunskap saknas', '4 – Redan i dag', '3 – Skav', '12'], columns),
    ]);
    expect(rows.map((r) => r.row)).toEqual([5, 7]);
    expect(rows[0]!.cells.consequence).toEqual({ text: '2 – Det finns roller som kan ta det, till exempel samordnare och chefer.', column: 4 });
    expect(rows[0]!.cells.score).toEqual({ text: '6', column: 5 });
  });

  it('never start the table', () => {
    expect(joinContinuationRows([tableRow(2, ['', '', 'text'], columns)]).map((r) => r.row)).toEqual([2]);
  });
});

describe('printed scores', () => {
  it('are checked against the product of the ratings', () => {
    expect(checkScore(6, 3, 2)).toEqual({ computed: 6, inconsistent: false });
    expect(checkScore(6, 2, 4)).toEqual({ computed: 8, inconsistent: true });
    expect(checkScore(6, 3, 3)).toEqual({ computed: 9, inconsistent: true });
    expect(checkScore(null, 3, 3)).toEqual({ computed: 9, inconsistent: false });
    expect(checkScore(6, null, 3)).toEqual({ computed: null, inconsistent: false });
  });
});

describe('a field of a known risk', () => {
  it.each([
    ['same on both sides', 'a', 'a', 'x', false, false],
    ['changed in the file only', 'a', 'b', 'a', true, false],
    ['changed in the app only: the app stands', 'b', 'a', 'a', false, false],
    ['changed on both sides to the same value', 'b', 'b', 'a', false, false],
    ['changed on both sides to different values', 'b', 'c', 'a', true, true],
    ['no export to compare with', 'a', 'b', null, true, false],
  ] as const)('%s', (_, app, file, exported, changed, conflict) => {
    expect(compareField(app, file, exported)).toEqual({ changed, conflict });
  });
});
