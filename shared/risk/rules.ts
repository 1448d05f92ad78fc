/**
 * The risk scale's arithmetic: score, band, the change since the previous
 * assessment and the 4 × 4 heat map. Pure, so the register, the report,
 * the exports and the import all compute the same figures.
 */
import { type Assessment, type BandName, type Bands, RATING_MAX, RATING_MIN, type Rating } from './schema';

export const ratings: readonly Rating[] = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

export function riskScore(likelihood: number, consequence: number): number {
  return likelihood * consequence;
}

export function bandOf(score: number, bands: Bands): BandName {
  if (score <= bands.lowMax) return 'lag';
  if (score >= bands.highMin) return 'hog';
  return 'betydande';
}

/** The score range each band covers under `bands`, for legends and the export's explanation sheet. */
export function bandRanges(bands: Bands): Readonly<Record<BandName, { readonly from: number; readonly to: number }>> {
  return {
    lag: { from: RATING_MIN * RATING_MIN, to: bands.lowMax },
    betydande: { from: bands.lowMax + 1, to: bands.highMin - 1 },
    hog: { from: bands.highMin, to: RATING_MAX * RATING_MAX },
  };
}

export function riskCode(number: number): string {
  return `R${number}`;
}

const bandOrder: Readonly<Record<BandName, number>> = { lag: 0, betydande: 1, hog: 2 };

export type Movement = 'new' | 'up' | 'down' | 'same';

/** How the newest assessment differs from the one before it (each read with its own bands). */
export function movementOf(current: Pick<Assessment, 'score' | 'band'> | null, previous: Pick<Assessment, 'score' | 'band'> | null): Movement | null {
  if (!current) return null;
  if (!previous) return 'new';
  const byBand = bandOrder[current.band] - bandOrder[previous.band];
  const delta = byBand !== 0 ? byBand : current.score - previous.score;
  if (delta > 0) return 'up';
  if (delta < 0) return 'down';
  return 'same';
}

export interface HeatCell {
  readonly likelihood: Rating;
  readonly consequence: Rating;
  readonly score: number;
  readonly band: BandName;
  readonly riskIds: readonly string[];
}

type Rated = Pick<Assessment, 'likelihood' | 'consequence'>;

/**
 * The heat map's 16 cells, rows from likelihood 4 (top) down to 1, columns
 * consequence 1 to 4, each with the risks whose chosen assessment lies in
 * it. Risks without one are counted apart, never as a safe cell.
 */
export function heatMap<R extends { readonly id: string }>(
  risks: readonly R[],
  pick: (risk: R) => Rated | null,
  bands: Bands,
): { readonly rows: readonly (readonly HeatCell[])[]; readonly unassessed: readonly string[] } {
  const unassessed: string[] = [];
  const cells = new Map<string, string[]>();
  for (const risk of risks) {
    const rated = pick(risk);
    if (!rated) {
      unassessed.push(risk.id);
      continue;
    }
    const key = `${rated.likelihood}:${rated.consequence}`;
    cells.set(key, [...(cells.get(key) ?? []), risk.id]);
  }
  const rows = [...ratings].reverse().map((likelihood) =>
    ratings.map((consequence) => {
      const score = riskScore(likelihood, consequence);
      return { likelihood, consequence, score, band: bandOf(score, bands), riskIds: cells.get(`${likelihood}:${consequence}`) ?? [] };
    }),
  );
  return { rows, unassessed };
}
