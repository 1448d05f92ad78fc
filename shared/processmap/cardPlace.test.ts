import { describe, expect, it } from 'vitest';
import { newElementPlace } from './canvas';
import { cardPlace } from './cardPlace';

const lanes = [
  { id: 'a', rank: 1, height: 200 },
  { id: 'b', rank: 2, height: 200 },
];
const elements = [
  { laneId: 'a', x: 100, offset: 40, width: 180, height: 80 },
  { laneId: 'a', x: 400, offset: 40, width: 180, height: 80 },
];

describe('cardPlace', () => {
  it('puts a card pinned to a step of another lane in line with the step, and anything else after its lane’s last element', () => {
    const after = newElementPlace(lanes, elements, 'a', 'challenge')!;
    expect(cardPlace(lanes, elements, 'b', { laneId: 'a', x: 100 })).toEqual({ x: 100, y: newElementPlace(lanes, elements, 'b', 'challenge')!.y });
    expect(cardPlace(lanes, elements, 'a', { laneId: 'a', x: 100 })).toEqual(after);
    expect(cardPlace(lanes, elements, 'a', null)).toEqual(after);
    expect(after.x).toBeGreaterThan(580);
    expect(cardPlace(lanes, elements, 'gone', null)).toBeNull();
  });
});
