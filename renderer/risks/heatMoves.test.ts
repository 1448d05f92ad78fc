import { describe, expect, it } from 'vitest';
import { heatMoves } from './heatMoves';

const rated = (score: number, band: 'lag' | 'betydande' | 'hog') => ({ score, band }) as never;
const risk = (number: number, current: unknown, previous: unknown) => ({ number, current, previous }) as never;

describe('heatMoves', () => {
  it('lists risks that moved or are new, in register order, and leaves out the unchanged and unassessed', () => {
    const moves = heatMoves([
      risk(3, rated(6, 'betydande'), rated(12, 'hog')),
      risk(1, rated(9, 'hog'), null),
      risk(2, rated(4, 'lag'), rated(4, 'lag')),
      risk(4, null, null),
      risk(5, rated(12, 'hog'), rated(8, 'betydande')),
    ]);
    expect(moves.map(({ risk: r, movement, from, to, band }) => ({ number: (r as { number: number }).number, movement, from, to, band }))).toEqual([
      { number: 1, movement: 'new', from: null, to: 9, band: 'hog' },
      { number: 3, movement: 'down', from: 12, to: 6, band: 'betydande' },
      { number: 5, movement: 'up', from: 8, to: 12, band: 'hog' },
    ]);
  });
});
