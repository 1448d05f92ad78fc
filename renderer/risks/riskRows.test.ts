import { describe, expect, it } from 'vitest';
import { ALL_RISKS, registerCounts, visibleRisks } from './riskRows';

const row = (number: number, status: 'oppen' | 'hanteras' | 'bevakas' | 'stangd', current: { band: 'lag' | 'betydande' | 'hog'; score: number } | null, nextReview: string | null = null) => ({ number, status, current, nextReview });

const rows = [
  row(1, 'oppen', { band: 'betydande', score: 6 }, '2027-09-01'),
  row(2, 'hanteras', { band: 'hog', score: 12 }),
  row(3, 'oppen', null, '2027-06-01'),
  row(4, 'stangd', { band: 'lag', score: 2 }, '2027-06-01'),
  row(5, 'oppen', { band: 'hog', score: 12 }),
];
const numbers = (list: readonly { number: number }[]) => list.map((r) => r.number);

describe('visibleRisks', () => {
  it('keeps the register order by default and leaves the input alone', () => {
    expect(numbers(visibleRisks([...rows].reverse(), ALL_RISKS))).toEqual([1, 2, 3, 4, 5]);
    expect(numbers(rows)).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters by band, with not assessed as its own choice, and by status', () => {
    expect(numbers(visibleRisks(rows, { ...ALL_RISKS, band: 'hog' }))).toEqual([2, 5]);
    expect(numbers(visibleRisks(rows, { ...ALL_RISKS, band: 'unassessed' }))).toEqual([3]);
    expect(numbers(visibleRisks(rows, { ...ALL_RISKS, band: 'hog', status: 'oppen' }))).toEqual([5]);
    expect(numbers(visibleRisks(rows, { ...ALL_RISKS, status: 'stangd' }))).toEqual([4]);
  });

  it('sorts by score with the unassessed last, and by review date with the undated last', () => {
    expect(numbers(visibleRisks(rows, { ...ALL_RISKS, sort: 'score' }))).toEqual([2, 5, 1, 4, 3]);
    expect(numbers(visibleRisks(rows, { ...ALL_RISKS, sort: 'nextReview' }))).toEqual([3, 4, 1, 2, 5]);
  });
});

describe('registerCounts', () => {
  it('counts risks, high ones by their current band, and those not assessed', () => {
    expect(registerCounts(rows)).toEqual({ risks: 5, high: 2, unassessed: 1 });
    expect(registerCounts([])).toEqual({ risks: 0, high: 0, unassessed: 0 });
  });
});
