import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterRect, intersects, layoutBoard, NOTE_WIDTH, noteRect, occupiedRects } from './layout';
import { placeForCluster, spotsForFreedNotes } from './placement';

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

describe('spotsForFreedNotes', () => {
  const inCluster = (id: string, rank: number) => ({ id, clusterId: 'c', x: 0, y: 0, rank });

  it('moves a note taken out of its cluster off the notes that stay, next to the frame', () => {
    const notes = [inCluster('a', 0), inCluster('b', 1), inCluster('c1', 2), note('free', 900, 60)];
    const clusters = [{ id: 'c', x: 100, y: 100 }];
    const spots = spotsForFreedNotes(notes, clusters, ['a']);
    const after = layoutBoard(notes.filter((n) => n.id !== 'a'), clusters);
    const taken = noteRect(spots.get('a')!);
    expect(occupiedRects(after).some((r) => intersects(r, taken))).toBe(false);
    // Next to where it was, not far away on the board.
    const shown = layoutBoard(notes, clusters).notes.get('a')!;
    expect(Math.hypot(taken.x - shown.x, taken.y - shown.y)).toBeLessThan(2 * NOTE_WIDTH);
  });

  it('gives several freed notes a spot each, and never one on top of anything', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.array(fc.record({ x: fc.integer({ min: 0, max: 900 }), y: fc.integer({ min: 0, max: 900 }) }), { maxLength: 15 }), (size, freeing, loose) => {
        const members = Array.from({ length: size }, (_, i) => inCluster(`m${i}`, i));
        const notes = [...members, ...loose.map((p, i) => note(`l${i}`, p.x, p.y))];
        const clusters = [{ id: 'c', x: 300, y: 300 }];
        const freed = members.slice(0, Math.min(freeing, size)).map((n) => n.id);
        const spots = spotsForFreedNotes(notes, clusters, freed);
        const after = layoutBoard(notes.filter((n) => !freed.includes(n.id)), clusters);
        const placed = [...spots.values()].map(noteRect);
        expect(placed).toHaveLength(freed.length);
        placed.forEach((rect, i) => {
          // Loose notes may overlap each other already; what matters is that a freed note covers nothing.
          expect(occupiedRects(after).some((r) => intersects(r, rect))).toBe(false);
          placed.slice(i + 1).forEach((other) => expect(intersects(rect, other)).toBe(false));
        });
      }),
      { numRuns: 60 },
    );
  });
});
