import { describe, expect, it } from 'vitest';
import { moveBy } from './reorder';

describe('moveBy', () => {
  it('swaps the item with its neighbour in the direction of the step', () => {
    expect(moveBy(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses a move past either end, so the first cannot go up nor the last down', () => {
    expect(moveBy(['a', 'b'], 0, -1)).toBeNull();
    expect(moveBy(['a', 'b'], 1, 1)).toBeNull();
    expect(moveBy(['a'], 3, -1)).toBeNull();
  });
});
