import { describe, expect, it } from 'vitest';
import { clampPoint, nudge, pointInBox, samePoint } from './geometry';

describe('matrix geometry', () => {
  it('keeps nudged points inside the matrix and free of float drift', () => {
    expect(nudge({ x: 0.25, y: 0.25 }, 0.02, -0.1)).toEqual({ x: 0.27, y: 0.15 });
    expect(nudge({ x: 0.99, y: 0.05 }, 0.1, -0.1)).toEqual({ x: 1, y: 0 });
    let point = { x: 0.1, y: 0.1 };
    for (let i = 0; i < 10; i++) point = nudge(point, 0.02, 0.02);
    expect(point).toEqual({ x: 0.3, y: 0.3 });
  });

  it('maps a pointer inside the box to a point and one outside to null', () => {
    const box = { left: 100, top: 50, width: 400, height: 200 };
    expect(pointInBox(box, 300, 150)).toEqual({ x: 0.5, y: 0.5 });
    expect(pointInBox(box, 100, 250)).toEqual({ x: 0, y: 1 });
    expect(pointInBox(box, 99, 150)).toBeNull();
    expect(pointInBox({ ...box, width: 0 }, 100, 50)).toBeNull();
  });

  it('compares points with a tolerance', () => {
    expect(samePoint(clampPoint({ x: 0.1 + 0.2, y: 0 }), { x: 0.3, y: 0 })).toBe(true);
  });
});
