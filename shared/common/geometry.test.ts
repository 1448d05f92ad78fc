import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inside, nearestFreeSpot, rectAt, tooClose, type Point, type Rect } from './geometry';

const area: Rect = { x: 0, y: 0, width: 60, height: 40 };
const rect = fc.record({ x: fc.integer({ min: -10, max: 60 }), y: fc.integer({ min: -10, max: 40 }), width: fc.integer({ min: 1, max: 30 }), height: fc.integer({ min: 1, max: 20 }) });
const size = fc.record({ width: fc.integer({ min: 1, max: 25 }), height: fc.integer({ min: 1, max: 15 }) });
const point = fc.record({ x: fc.integer({ min: -20, max: 80 }), y: fc.integer({ min: -20, max: 60 }) });

describe('nearestFreeSpot', () => {
  it('keeps the wished-for spot when it is free, pulled inside the area', () => {
    expect(nearestFreeSpot({ area, obstacles: [], size: { width: 10, height: 10 }, near: { x: 55, y: -3 }, gap: 2 })).toEqual({ x: 50, y: 0 });
  });

  it('moves beside an obstacle, keeping the gap', () => {
    const obstacle = { x: 20, y: 10, width: 10, height: 10 };
    const spot = nearestFreeSpot({ area, obstacles: [obstacle], size: { width: 10, height: 10 }, near: { x: 22, y: 10 }, gap: 2 });
    expect(spot).toEqual({ x: 32, y: 10 });
  });

  it('answers null when nothing fits', () => {
    const wall = { x: 0, y: 0, width: 60, height: 40 };
    expect(nearestFreeSpot({ area, obstacles: [wall], size: { width: 5, height: 5 }, near: { x: 0, y: 0 }, gap: 0 })).toBeNull();
    expect(nearestFreeSpot({ area, obstacles: [], size: { width: 61, height: 5 }, near: { x: 0, y: 0 }, gap: 0 })).toBeNull();
  });

  it('searches an unbounded board beyond a crowd of obstacles', () => {
    const crowd = Array.from({ length: 400 }, (_, i) => ({ x: (i % 20) * 10, y: Math.floor(i / 20) * 10, width: 10, height: 10 }));
    const board = { x: 0, y: 0, width: Infinity, height: Infinity };
    const spot = nearestFreeSpot({ area: board, obstacles: crowd, size: { width: 10, height: 10 }, near: { x: 0, y: 0 }, gap: 2 });
    expect(spot).not.toBeNull();
    expect(crowd.some((o) => tooClose(rectAt(spot!, { width: 10, height: 10 }), o, 2))).toBe(false);
  });

  it('finds a free spot inside the area whenever one exists, and none nearer exists', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 6 }), size, point, fc.integer({ min: 0, max: 3 }), (obstacles, card, near, gap) => {
        const spot = nearestFreeSpot({ area, obstacles, size: card, near, gap });
        const freeAt = (at: Point) => !obstacles.some((o) => tooClose(rectAt(at, card), o, gap));
        // Every whole-unit position, as a check on the search.
        const start = { x: Math.min(Math.max(near.x, 0), area.width - card.width), y: Math.min(Math.max(near.y, 0), area.height - card.height) };
        let best: number | null = null;
        for (let x = 0; x <= area.width - card.width; x++) {
          for (let y = 0; y <= area.height - card.height; y++) {
            if (freeAt({ x, y })) best = Math.min(best ?? Infinity, Math.hypot(x - start.x, y - start.y));
          }
        }
        if (spot === null) {
          expect(best).toBeNull();
          return;
        }
        expect(freeAt(spot)).toBe(true);
        expect(inside(rectAt(spot, card), area)).toBe(true);
        if (best !== null) expect(Math.hypot(spot.x - start.x, spot.y - start.y)).toBeLessThanOrEqual(best + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
