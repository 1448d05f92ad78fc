/**
 * Which risks the register table shows and in what order, and the counts
 * the programme page and the register head give. Pure, so a thousand rows
 * are filtered and sorted without rendering anything.
 */
import type { BandName, RiskRow, RiskStatus } from '../../shared/risk/schema';

export type BandFilter = 'all' | BandName | 'unassessed';
export type StatusFilter = 'all' | RiskStatus;
export const sortKeys = ['number', 'score', 'nextReview'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface RiskView {
  readonly band: BandFilter;
  readonly status: StatusFilter;
  readonly sort: SortKey;
}

export const ALL_RISKS: RiskView = { band: 'all', status: 'all', sort: 'number' };

type Row = Pick<RiskRow, 'number' | 'status' | 'nextReview'> & { readonly current: Pick<NonNullable<RiskRow['current']>, 'band' | 'score'> | null };

function matchesBand(row: Row, band: BandFilter): boolean {
  if (band === 'all') return true;
  if (band === 'unassessed') return row.current === null;
  return row.current?.band === band;
}

/** Highest score first with unassessed last; review dates soonest first with undated last; ties by number. */
const compare: Readonly<Record<SortKey, (a: Row, b: Row) => number>> = {
  number: (a, b) => a.number - b.number,
  score: (a, b) => (b.current?.score ?? 0) - (a.current?.score ?? 0) || a.number - b.number,
  nextReview: (a, b) => {
    if (a.nextReview === b.nextReview) return a.number - b.number;
    if (a.nextReview === null) return 1;
    if (b.nextReview === null) return -1;
    return a.nextReview < b.nextReview ? -1 : 1;
  },
};

export function visibleRisks<R extends Row>(rows: readonly R[], view: RiskView): R[] {
  return rows.filter((row) => matchesBand(row, view.band) && (view.status === 'all' || row.status === view.status)).sort(compare[view.sort]);
}

export interface RegisterCounts {
  readonly risks: number;
  readonly high: number;
  readonly unassessed: number;
}

export function registerCounts(rows: readonly Row[]): RegisterCounts {
  let high = 0;
  let unassessed = 0;
  for (const row of rows) {
    if (!row.current) unassessed += 1;
    else if (row.current.band === 'hog') high += 1;
  }
  return { risks: rows.length, high, unassessed };
}
