import { describe, expect, it } from 'vitest';
import { clusterRect, intersects, layoutBoard, noteRect } from './layout';
import { placeForCluster } from './placement';

const note = (id: string, x: number, y: number) => ({ id, clusterId: null, x, y, rank: 0 });

describe('placeForCluster', () => {
  it('stays where the notes were when the frame fits there', () => {
    const layout = layoutBoard([note('a', 40, 40), note('b', 220, 40)], []);
    expect(placeForCluster(layout, ['a', 'b'])).toEqual({ x: 40, y: 40 });
  });

  it('moves the frame off other notes and frames', () => {
    const grid = Array.from({ length: 24 }, (_, i) => note(`n${i}`, 40 + (i % 8) * 180, 40 + Math.floor(i / 8) * 124));
    const layout = layoutBoard(grid, [{ id: 'c', x: 40, y: 500 }]);
    const chosen = ['n0', 'n1', 'n2', 'n3'];
    const frame = clusterRect(placeForCluster(layout, chosen), chosen.length);
    const others = [...grid.slice(4).map(noteRect), ...layout.clusters.values()];
    expect(others.some((r) => intersects(r, frame))).toBe(false);
  });
});
