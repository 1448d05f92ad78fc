/**
 * The four-field scale: horizontal kort sikt (0) → lång sikt (1), vertical
 * enkel (0) → komplex (1). Items keep continuous coordinates so the room can
 * say "a bit more complex than that"; the quadrant is derived, never stored.
 */
export const quadrants = ['simple-short', 'simple-long', 'complex-short', 'complex-long'] as const;
export type Quadrant = (typeof quadrants)[number];

export interface MatrixPoint {
  /** 0 = short term, 1 = long term. */
  readonly x: number;
  /** 0 = simple, 1 = complex. */
  readonly y: number;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** The midline belongs to the long-term / complex side, so every point has exactly one quadrant. */
export function quadrantOf(point: MatrixPoint): Quadrant {
  const long = clamp(point.x) >= 0.5;
  const complex = clamp(point.y) >= 0.5;
  return `${complex ? 'complex' : 'simple'}-${long ? 'long' : 'short'}`;
}

/** The centre of a quadrant. */
export function quadrantCentre(quadrant: Quadrant): MatrixPoint {
  return { x: quadrant.endsWith('long') ? 0.75 : 0.25, y: quadrant.startsWith('complex') ? 0.75 : 0.25 };
}

/** Inside the matrix and rounded to 4 decimals, as stored, so repeated steps do not drift (0.1 + 0.2). */
export function clampPoint(point: MatrixPoint): MatrixPoint {
  const tidy = (value: number) => Math.round(clamp(value) * 10_000) / 10_000;
  return { x: tidy(point.x), y: tidy(point.y) };
}
