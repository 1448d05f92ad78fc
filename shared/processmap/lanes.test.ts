import { describe, expect, it } from 'vitest';
import { absoluteY, clampOffset, LANE_PADDING, laneAt, laneMinHeight, laneSpans, placeInLane } from './lanes';

// Ranks out of order on purpose: lanes stack by rank, not by list position.
const lanes = [
  { id: 'c', rank: 3, height: 200 },
  { id: 'a', rank: 1, height: 100 },
  { id: 'b', rank: 2, height: 150 },
];

describe('lanes', () => {
  it('stack by rank from the top', () => {
    expect(laneSpans(lanes).map((s) => [s.lane.id, s.top, s.bottom])).toEqual([
      ['a', 0, 100],
      ['b', 100, 250],
      ['c', 250, 450],
    ]);
  });

  it('say which lane a y falls in; a top edge belongs to its lane; nothing outside', () => {
    expect(laneAt(lanes, 0)?.lane.id).toBe('a');
    expect(laneAt(lanes, 99.9)?.lane.id).toBe('a');
    expect(laneAt(lanes, 100)?.lane.id).toBe('b');
    expect(laneAt(lanes, 449)?.lane.id).toBe('c');
    expect(laneAt(lanes, 450)).toBeNull();
    expect(laneAt(lanes, -1)).toBeNull();
    expect(laneAt([], 0)).toBeNull();
  });

  it('put a dropped element in the lane its middle is in, snapped inside it', () => {
    // Top at 80 in lane a, but the middle (120) is in lane b: it goes to b, at b's top padding.
    expect(placeInLane(lanes, 80, 80)).toEqual({ lane: lanes[2], offset: LANE_PADDING });
    expect(placeInLane(lanes, 130, 80)).toEqual({ lane: lanes[2], offset: 30 });
    // Hanging over the bottom of c: pulled back up inside.
    expect(placeInLane(lanes, 400, 80)).toEqual({ lane: lanes[0], offset: 200 - 80 - LANE_PADDING });
    expect(placeInLane(lanes, 420, 80)).toBeNull();
    expect(placeInLane(lanes, -60, 80)).toBeNull();
  });

  it('give up padding before overflowing a lane barely taller than the element', () => {
    expect(clampOffset(50, 90, 100)).toBe(5);
    expect(clampOffset(-10, 100, 100)).toBe(0);
  });

  it('turn a lane and offset back into a canvas y', () => {
    expect(absoluteY(lanes, 'c', 30)).toBe(280);
    expect(absoluteY(lanes, 'a', 30)).toBe(30);
  });

  it('keep a lane tall enough for its elements when resized', () => {
    expect(laneMinHeight([])).toBe(60);
    expect(laneMinHeight([{ offset: 100, height: 80 }, { offset: 10, height: 60 }])).toBe(180);
  });
});
