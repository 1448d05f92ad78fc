/**
 * What the heat map's comparison lists: each risk whose newest assessment
 * differs from the one before, or that is assessed for the first time, as
 * "R3: 12 → 6". The rules decide the direction; this only picks and orders.
 */
import { type Movement, movementOf } from '../../shared/risk/rules';
import type { BandName, RiskRow } from '../../shared/risk/schema';

export interface HeatMove {
  readonly risk: Pick<RiskRow, 'number' | 'current' | 'previous'>;
  readonly movement: Exclude<Movement, 'same'>;
  readonly from: number | null;
  readonly to: number;
  readonly band: BandName;
}

export function heatMoves<R extends Pick<RiskRow, 'number' | 'current' | 'previous'>>(risks: readonly R[]): (HeatMove & { readonly risk: R })[] {
  const moves: (HeatMove & { readonly risk: R })[] = [];
  for (const risk of risks) {
    const movement = movementOf(risk.current, risk.previous);
    if (!risk.current || movement === null || movement === 'same') continue;
    moves.push({ risk, movement, from: risk.previous?.score ?? null, to: risk.current.score, band: risk.current.band });
  }
  return moves.sort((a, b) => a.risk.number - b.risk.number);
}
