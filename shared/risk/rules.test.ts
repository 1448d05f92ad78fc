import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, bandRanges, heatMap, movementOf, ratings, riskCode, riskScore } from './rules';
import { Bands, DEFAULT_BANDS, SCORE_MAX, type BandName } from './schema';

const rating = fc.integer({ min: 1, max: 4 });
/** Every valid band pair: betydande holds at least one score. */
const bands = fc
  .integer({ min: 1, max: SCORE_MAX - 2 })
  .chain((lowMax) => fc.integer({ min: lowMax + 2, max: SCORE_MAX }).map((highMin) => ({ lowMax, highMin })));
const assessed = fc.record({ score: fc.integer({ min: 1, max: SCORE_MAX }), band: fc.constantFrom<BandName>('lag', 'betydande', 'hog') });

describe('score and band', () => {
  it('score is likelihood × consequence, 1 to 16', () => {
    expect(riskScore(3, 4)).toBe(12);
    fc.assert(fc.property(rating, rating, (l, c) => riskScore(l, c) === l * c && riskScore(l, c) >= 1 && riskScore(l, c) <= SCORE_MAX));
  });

  it('bands by the default låg 1–4, betydande 5–8, hög 9–16', () => {
    expect([1, 4, 5, 8, 9, 16].map((score) => bandOf(score, DEFAULT_BANDS))).toEqual(['lag', 'lag', 'betydande', 'betydande', 'hog', 'hog']);
  });

  it('bands by custom limits, the limits themselves included', () => {
    const custom = { lowMax: 2, highMin: 4 };
    expect([1, 2, 3, 4, 16].map((score) => bandOf(score, custom))).toEqual(['lag', 'lag', 'betydande', 'hog', 'hog']);
    fc.assert(
      fc.property(bands, fc.integer({ min: 1, max: SCORE_MAX }), (b, score) => {
        const expected = score <= b.lowMax ? 'lag' : score >= b.highMin ? 'hog' : 'betydande';
        expect(bandOf(score, b)).toBe(expected);
      }),
    );
  });

  it('the band schema accepts exactly the pairs that leave betydande at least one score', () => {
    fc.assert(fc.property(bands, (b) => Bands.safeParse(b).success));
    expect(Bands.safeParse({ lowMax: 4, highMin: 5 }).error?.issues).toMatchObject([{ path: ['highMin'], message: 'bandsOverlap' }]);
    expect(Bands.safeParse({ lowMax: 4, highMin: 6 }).success).toBe(true);
  });

  it('band ranges cover 1..16 exactly once, each agreeing with bandOf', () => {
    fc.assert(
      fc.property(bands, (b) => {
        const ranges = bandRanges(b);
        const covered = Object.entries(ranges).flatMap(([band, { from, to }]) => Array.from({ length: to - from + 1 }, (_, i) => [from + i, band] as const));
        expect(covered.map(([score]) => score)).toEqual(Array.from({ length: SCORE_MAX }, (_, i) => i + 1));
        for (const [score, band] of covered) expect(bandOf(score, b)).toBe(band);
      }),
    );
  });

  it('codes a risk R and its number', () => {
    expect(riskCode(7)).toBe('R7');
  });
});

describe('movementOf', () => {
  it('is nothing without an assessment, new for the first one', () => {
    expect(movementOf(null, null)).toBeNull();
    expect(movementOf({ score: 6, band: 'betydande' }, null)).toBe('new');
  });

  it('goes by band first, then by score, each assessment read with its own bands', () => {
    expect(movementOf({ score: 6, band: 'hog' }, { score: 8, band: 'betydande' })).toBe('up');
    expect(movementOf({ score: 9, band: 'betydande' }, { score: 6, band: 'hog' })).toBe('down');
    expect(movementOf({ score: 8, band: 'betydande' }, { score: 6, band: 'betydande' })).toBe('up');
    expect(movementOf({ score: 6, band: 'betydande' }, { score: 6, band: 'betydande' })).toBe('same');
  });

  it('reverses when the two are swapped, and is same only for equal band and score', () => {
    const opposite = { up: 'down', down: 'up', same: 'same' } as const;
    fc.assert(
      fc.property(assessed, assessed, (a, b) => {
        const forward = movementOf(a, b) as keyof typeof opposite;
        expect(movementOf(b, a)).toBe(opposite[forward]);
        expect(forward === 'same').toBe(a.band === b.band && a.score === b.score);
      }),
    );
  });
});

describe('heatMap', () => {
  const risk = (id: string, likelihood: number | null, consequence = 1) => ({ id, rated: likelihood === null ? null : { likelihood, consequence } });

  it('has 16 cells, likelihood 4 on top down to 1, consequence 1 to 4 across, with score and band', () => {
    const { rows } = heatMap([], () => null, DEFAULT_BANDS);
    expect(rows.map((row) => row.map((cell) => `${cell.likelihood}${cell.consequence}`))).toEqual([
      ['41', '42', '43', '44'],
      ['31', '32', '33', '34'],
      ['21', '22', '23', '24'],
      ['11', '12', '13', '14'],
    ]);
    expect(rows[0]!.map((cell) => [cell.score, cell.band])).toEqual([[4, 'lag'], [8, 'betydande'], [12, 'hog'], [16, 'hog']]);
    expect(rows.flat().every((cell) => cell.riskIds.length === 0)).toBe(true);
  });

  it('places each assessed risk in its one cell and keeps unassessed risks apart', () => {
    const risks = [risk('a', 4, 2), risk('b', null), risk('c', 4, 2), risk('d', 1, 1)];
    const { rows, unassessed } = heatMap(risks, (r) => r.rated, { lowMax: 2, highMin: 8 });
    expect(rows[0]![1]).toMatchObject({ score: 8, band: 'hog', riskIds: ['a', 'c'] });
    expect(rows[3]![0]!.riskIds).toEqual(['d']);
    expect(unassessed).toEqual(['b']);
  });

  it('counts every risk exactly once, in a cell or as unassessed', () => {
    const risks = fc.array(fc.option(fc.tuple(rating, rating), { nil: null }), { maxLength: 40 }).map((list) => list.map((pair, i) => risk(`r${i}`, pair?.[0] ?? null, pair?.[1])));
    fc.assert(
      fc.property(risks, bands, (list, b) => {
        const { rows, unassessed } = heatMap(list, (r) => r.rated, b);
        const placed = rows.flat().flatMap((cell) => cell.riskIds);
        expect([...placed, ...unassessed].sort()).toEqual(list.map((r) => r.id).sort());
        for (const cell of rows.flat()) {
          for (const id of cell.riskIds) expect(list.find((r) => r.id === id)!.rated).toEqual({ likelihood: cell.likelihood, consequence: cell.consequence });
        }
        expect(rows.flat()).toHaveLength(ratings.length * ratings.length);
      }),
    );
  });
});
