import { describe, expect, it } from 'vitest';
import { LANE_LABEL_WIDTH, MIN_LANE_REACH } from '../../shared/processmap/canvas';
import { canvasPointAt, frameOf, minimapPicture } from './minimapPicture';

const lanes = [
  { id: 'b', rank: 2, height: 200, name: 'Kommunen' },
  { id: 'a', rank: 1, height: 160, name: 'Sjukhuset' },
];
const elements = [
  { laneId: 'a', x: 40, offset: 40, width: 180, height: 80 },
  { laneId: 'b', x: 300, offset: 10, width: 120, height: 120 },
];
const SIZE = { width: 200, height: 150 };

describe('minimapPicture', () => {
  const picture = minimapPicture({ lanes, elements }, SIZE);

  it('draws the lanes in rank order, every other one marked, and each element as one sub-path', () => {
    expect(picture.lanes.map((lane) => [lane.id, lane.y, lane.even])).toEqual([
      ['a', 0, false],
      ['b', 160, true],
    ]);
    expect(picture.elements).toBe('M40 40h180v80h-180zM300 170h120v120h-120z');
  });

  it('fits the whole map in the box with the box’s aspect, centred, with a margin of 5 px', () => {
    const mapWidth = MIN_LANE_REACH + LANE_LABEL_WIDTH;
    expect(picture.scale).toBeCloseTo(mapWidth / (SIZE.width - 10));
    expect(picture.viewBox.width / picture.viewBox.height).toBeCloseTo(SIZE.width / SIZE.height);
    expect(picture.viewBox.x + picture.viewBox.width / 2).toBeCloseTo(-LANE_LABEL_WIDTH + mapWidth / 2);
    expect(picture.viewBox.y + picture.viewBox.height / 2).toBeCloseTo(180);
  });

  it('draws an empty map as its lanes', () => {
    expect(minimapPicture({ lanes, elements: [] }, SIZE).elements).toBe('');
  });
});

describe('frameOf and canvasPointAt', () => {
  const picture = minimapPicture({ lanes, elements }, SIZE);

  it('frames what a canvas of the given size shows at the given pan and zoom', () => {
    // At zoom 0.5 a 400 × 300 canvas panned by (100, 50) shows the canvas from (−200, −100), 800 × 600 wide.
    const frame = frameOf(picture, [100, 50, 0.5], { width: 400, height: 300 });
    expect(frame.width).toBeCloseTo(800 / picture.scale);
    expect(frame.height).toBeCloseTo(600 / picture.scale);
    expect(canvasPointAt(picture, frame)).toEqual({ x: expect.closeTo(-200), y: expect.closeTo(-100) });
  });

  it('finds the canvas point under the middle of the box at the middle of the map', () => {
    const middle = canvasPointAt(picture, { x: SIZE.width / 2, y: SIZE.height / 2 });
    expect(middle.x).toBeCloseTo(picture.viewBox.x + picture.viewBox.width / 2);
    expect(middle.y).toBeCloseTo(180);
  });
});
