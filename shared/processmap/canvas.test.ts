import { describe, expect, it } from 'vitest';
import { dropLane, dropRefused, elementPosition, LANE_LABEL_WIDTH, laneRects, MIN_LANE_REACH, newElementPlace } from './canvas';
import { defaultSize } from './sizes';

// Given out of order: rank decides, not the array.
const lanes = [
  { id: 'b', rank: 2, height: 200, name: 'Kommunen' },
  { id: 'a', rank: 1, height: 160, name: 'Sjukhuset' },
];

describe('laneRects', () => {
  it('stacks the lanes in rank order from the top, each with the label column to the left of x = 0', () => {
    expect(laneRects(lanes, [])).toEqual([
      { lane: lanes[1], x: -LANE_LABEL_WIDTH, y: 0, width: MIN_LANE_REACH + LANE_LABEL_WIDTH, height: 160 },
      { lane: lanes[0], x: -LANE_LABEL_WIDTH, y: 160, width: MIN_LANE_REACH + LANE_LABEL_WIDTH, height: 200 },
    ]);
  });

  it('reaches past the furthest element with room for the next', () => {
    const [first] = laneRects(lanes, [{ x: 3000, width: 180 }]);
    expect(first!.width + first!.x).toBeGreaterThan(3180);
  });
});

describe('elementPosition', () => {
  it('is the lane top plus the offset', () => {
    expect(elementPosition(lanes, { laneId: 'b', x: 40, offset: 12 })).toEqual({ x: 40, y: 172 });
  });
});

describe('newElementPlace', () => {
  it('starts an empty lane at the left, centred in its height', () => {
    expect(newElementPlace(lanes, [], 'b', 'step')).toEqual({ x: 40, y: 160 + (200 - defaultSize('step').height) / 2 });
  });

  it('goes after the last element of the lane, ignoring the other lanes', () => {
    const elements = [
      { laneId: 'a', x: 40, width: 180 },
      { laneId: 'a', x: 260, width: 180 },
      { laneId: 'b', x: 2000, width: 180 },
    ];
    expect(newElementPlace(lanes, elements, 'a', 'decision')?.x).toBe(480);
  });

  it('is null for a lane the map does not have', () => {
    expect(newElementPlace(lanes, [], 'nope', 'step')).toBeNull();
  });
});

describe('dropLane and dropRefused', () => {
  it('names the lane the middle falls in', () => {
    expect(dropLane(lanes, 130, 80)?.id).toBe('b');
    expect(dropLane(lanes, 50, 80)?.id).toBe('a');
  });

  it('refuses a drag when any of its elements lands outside every lane', () => {
    expect(dropRefused(lanes, [{ y: 10, height: 80 }])).toBe(false);
    expect(dropRefused(lanes, [{ y: 10, height: 80 }, { y: 400, height: 80 }])).toBe(true);
    expect(dropRefused(lanes, [{ y: -60, height: 80 }])).toBe(true);
  });
});
