import { describe, expect, it } from 'vitest';
import { clampPoint } from '../../shared/matrix/quadrant';
import { pointInBox, samePoint } from './geometry';

describe('matrix geometry', () => {
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
