import { describe, expect, it } from 'vitest';
import { fitView, READABLE_ZOOM } from './fitView';

const area = { width: 1400, height: 700 };

describe('fitting the board to the window', () => {
  it('shows a small board whole, centred, at most at 100 %', () => {
    const { view, whole } = fitView({ x: 100, y: 50, width: 400, height: 200 }, area, 32);
    expect(whole).toBe(true);
    expect(view).toEqual({ zoom: 1, x: (1400 - 400) / 2 - 100, y: (700 - 200) / 2 - 50 });
  });

  it('zooms out as far as needed while the notes stay readable', () => {
    const { view, whole } = fitView({ x: 0, y: 0, width: 1500, height: 600 }, area, 32);
    expect(whole).toBe(true);
    expect(view.zoom).toBeCloseTo((1400 - 64) / 1500);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('stops at the readable size and shows the board from its top left corner', () => {
    // Forty notes in six clusters: about 2,600 × 1,400 board pixels, which would need 25 %.
    const { view, whole } = fitView({ x: 40, y: 60, width: 2600, height: 1400 }, area, 32);
    expect(whole).toBe(false);
    expect(view).toEqual({ zoom: READABLE_ZOOM, x: 32 - 40 * READABLE_ZOOM, y: 32 - 60 * READABLE_ZOOM });
  });

  it('centres along the axis that fits even when the other does not', () => {
    const { view } = fitView({ x: 0, y: 0, width: 400, height: 2000 }, area, 32);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x).toBe((1400 - 400 * READABLE_ZOOM) / 2);
    expect(view.y).toBe(32);
  });

  it('falls back to 100 % at the origin with nothing to show or no window yet', () => {
    expect(fitView(null, area, 32)).toEqual({ view: { x: 0, y: 0, zoom: 1 }, whole: true });
    expect(fitView({ x: 0, y: 0, width: 10, height: 10 }, { width: 0, height: 0 }, 32).whole).toBe(true);
  });
});
