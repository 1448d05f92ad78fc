import { describe, expect, it } from 'vitest';
import { pngScale } from './svgToPng';

describe('the PNG scale', () => {
  it('is twice the drawing for an ordinary map', () => {
    expect(pngScale(2692, 1036)).toBe(2);
  });

  it('shrinks for a map so long a browser would refuse the canvas, keeping within its side and area', () => {
    const scale = pngScale(40_000, 1200);
    expect(scale).toBeLessThan(1);
    expect(40_000 * scale).toBeLessThanOrEqual(16_384);
    const square = pngScale(9000, 9000);
    expect(9000 * square * 9000 * square).toBeLessThanOrEqual(40_000_000 + 1);
  });
});
