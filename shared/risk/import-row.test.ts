import { describe, expect, it } from 'vitest';
import type { FileColumn } from './file-columns';
import { calendarDate, parseRow, type Vocabulary } from './import-row';
import { tableRow } from './import-rules';

const vocabulary: Vocabulary = {
  carrier: new Map([['kommun', 'kommun']]),
  treatment: new Map([['åtgärda', 'atgarda'], ['reduce', 'atgarda']]),
  status: new Map([['öppen', 'oppen'], ['open', 'oppen'], ['bevakas', 'bevakas']]),
};
const exportColumns = new Map<FileColumn, number>(
  (['code', 'title', 'treatment', 'status', 'nextReview', 'likelihood', 'likelihoodMotivation', 'consequence', 'consequenceMotivation', 'id'] as const).map((c, i) => [c, i + 1]),
);
const handKept = new Map<FileColumn, number>((['code', 'title', 'likelihood', 'consequence', 'score'] as const).map((c, i) => [c, i + 1]));
const parse = (texts: string[], columns = exportColumns) => parseRow(tableRow(7, texts, columns), columns, vocabulary, 'Blad');
const codes = (texts: string[], columns = exportColumns) => parse(texts, columns).problems.map((p) => [p.column, p.field, p.code]);

describe('a register row', () => {
  it('reads list values by their name in either language and dates as Excel stores them', () => {
    const row = parse(['', 'Risk', 'Reduce', 'bevakas', 'Sat May 01 2027 02:00:00 GMT+0200 (Central European Summer Time)', '2', 'Ibland', '3', 'Dyrt']);
    expect(row.problems).toEqual([]);
    expect(row.values).toEqual({
      title: 'Risk',
      treatment: 'atgarda',
      status: 'bevakas',
      nextReview: '2027-05-01',
      likelihood: '2',
      likelihoodMotivation: 'Ibland',
      consequence: '3',
      consequenceMotivation: 'Dyrt',
    });
  });

  it('gives a new row without status the first one, and needs a title', () => {
    expect(parse(['', 'Risk']).values.status).toBe('oppen');
    expect(codes(['', '', '', '', '', '', '', '', '', ''])).toEqual([['B', 'title', 'required']]);
    expect(codes(['', 'Risk', '', '', '', '', '', '', '', 'id-1'])).toEqual([['D', 'status', 'required']]);
  });

  it('applies the text rule and the length limits', () => {
    expect(codes(['', 'Risk\u0001'])).toEqual([['B', 'title', 'forbidden_character']]);
    expect(codes(['', 'x'.repeat(201)])).toEqual([['B', 'title', 'too_long']]);
    expect(codes(['', 'Risk', '', '', '', '3', 'y'.repeat(2001), '3', 'ok'])).toEqual([['G', 'likelihoodMotivation', 'too_long']]);
    expect(parse(['', ' Risk\tmed tabb ']).values.title).toBe('Risk med tabb');
  });

  it('names every cell it cannot use', () => {
    expect(codes(['', 'Risk', 'Kanske', 'Stängd', '2027-02-30', '5', 'för högt', '', 'motivering utan värde'])).toEqual([
      ['C', 'treatment', 'unknown_value'],
      ['D', 'status', 'unknown_value'],
      ['E', 'nextReview', 'invalid_date'],
      ['F', 'likelihood', 'rating_out_of_range'],
      ['H', 'consequence', 'rating_missing'],
    ]);
    expect(codes(['', 'Risk', '', '', '', '3', 'motiverad'])).toEqual([['H', 'consequence', 'rating_missing']]);
    expect(codes(['', 'Risk', '', '', '', '3', '', '2', 'motiverad'])).toEqual([['G', 'likelihoodMotivation', 'motivation_missing']]);
  });

  it('in a hand-kept table splits the motivation off the rating and reads the printed score', () => {
    const row = parse(['9', 'Undanträngning', '2 – Då prioriterar vi om.', '4', '6'], handKept);
    expect(row).toMatchObject({ fileNumber: '9', printedScore: 6, values: { likelihood: '2', likelihoodMotivation: 'Då prioriterar vi om.', consequence: '4', consequenceMotivation: '' } });
    expect(row.problems).toEqual([{ sheet: 'Blad', row: 7, column: 'D', field: 'consequenceMotivation', code: 'motivation_missing', value: '4' }]);
    expect(codes(['1', 'Risk', 'hög', '2 – lindrig'], handKept)).toEqual([['C', 'likelihood', 'rating_out_of_range']]);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2027-05-01', '2027-05-01'],
    ['Sat May 01 2027 00:00:00 GMT+0000 (Coordinated Universal Time)', '2027-05-01'],
    ['Fri Apr 30 2027 20:00:00 GMT-0400 (Eastern Daylight Time)', '2027-05-01'],
    ['2027-13-01', null],
    ['1', null],
    ['1 maj', null],
  ])('%j is %j', (text, date) => {
    expect(calendarDate(text)).toBe(date);
  });
});
