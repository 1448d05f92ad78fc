import { describe, expect, it } from 'vitest';
import { clusterRect, intersects, noteRect } from '../../../shared/board/layout';
import type { Board, Note } from '../../../shared/board/schema';
import { buildModel } from './boardModel';
import { placeForCluster } from './placement';

const T = '2027-02-10T09:00:00.000Z';
const W = '00000000-0000-4000-8000-000000000001';
let seq = 100;
const note = (x: number, y: number): Note =>
  ({ id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`, workshopId: W, text: 'x', colour: 'yellow', authorId: null, clusterId: null, x, y, rank: 0, createdAt: T, updatedAt: T }) as Note;

describe('placeForCluster', () => {
  it('stays where the notes were when the frame fits there', () => {
    const a = note(40, 40);
    const b = note(220, 40);
    const model = buildModel({ workshopId: W, colourMode: 'note', participants: [], notes: [a, b], clusters: [] } as unknown as Board);
    expect(placeForCluster(model, [a.id, b.id])).toEqual({ x: 40, y: 40 });
  });

  it('moves the frame off other notes', () => {
    const grid = Array.from({ length: 24 }, (_, i) => note(40 + (i % 8) * 180, 40 + Math.floor(i / 8) * 124));
    const model = buildModel({ workshopId: W, colourMode: 'note', participants: [], notes: grid, clusters: [] } as unknown as Board);
    const chosen = [grid[0]!.id, grid[1]!.id, grid[2]!.id, grid[3]!.id];
    const at = placeForCluster(model, chosen);
    const frame = clusterRect(at, chosen.length);
    const others = grid.slice(4).map((n) => noteRect(n));
    expect(others.some((r) => intersects(r, frame))).toBe(false);
  });
});
