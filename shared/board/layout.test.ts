import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterRect, clusterSlot, contains, intersects, layoutBoard, nextCapturePosition, noteRect, occupiedRects } from './layout';

describe('board layout', () => {
  it('lays cluster notes on a grid inside the frame, by rank', () => {
    const layout = layoutBoard(
      [
        { id: 'b', clusterId: 'c', x: 0, y: 0, rank: 2 },
        { id: 'a', clusterId: 'c', x: 0, y: 0, rank: 1 },
        { id: 'free', clusterId: null, x: 900, y: 50, rank: 0 },
      ],
      [{ id: 'c', x: 100, y: 100 }],
    );
    expect(layout.notes.get('free')).toEqual({ x: 900, y: 50 });
    expect(layout.notes.get('a')!.x).toBeLessThan(layout.notes.get('b')!.x);
    const frame = layout.clusters.get('c')!;
    for (const id of ['a', 'b']) {
      const rect = noteRect(layout.notes.get(id)!);
      expect(contains(frame, rect)).toBe(true);
      expect(contains(frame, { x: rect.x + rect.width, y: rect.y + rect.height })).toBe(true);
    }
  });

  it('never overlaps two notes of one cluster', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (count) => {
        const slots = Array.from({ length: count }, (_, i) => noteRect(clusterSlot({ x: 0, y: 0 }, count, i)));
        const frame = clusterRect({ x: 0, y: 0 }, count);
        slots.forEach((a, i) => {
          expect(contains(frame, { x: a.x + a.width, y: a.y + a.height })).toBe(true);
          slots.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false));
        });
      }),
    );
  });

  it('never places a captured note on top of anything, wherever things are', () => {
    const rect = fc.record({ x: fc.integer({ min: -500, max: 2500 }), y: fc.integer({ min: -500, max: 2500 }), width: fc.integer({ min: 1, max: 900 }), height: fc.integer({ min: 1, max: 900 }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), (rects) => {
        const placed = noteRect(nextCapturePosition(rects));
        expect(rects.some((r) => intersects(r, placed))).toBe(false);
      }),
    );
  });

  it('places captured notes in the first free cell, never on top of anything', () => {
    const first = nextCapturePosition([]);
    const second = nextCapturePosition([noteRect(first)]);
    expect(second.y).toBe(first.y);
    expect(second.x).toBeGreaterThan(first.x);
    const layout = layoutBoard([], [{ id: 'c', x: 0, y: 0 }]);
    const placed = nextCapturePosition(occupiedRects(layout));
    expect(occupiedRects(layout).some((r) => intersects(r, noteRect(placed)))).toBe(false);
  });
});
