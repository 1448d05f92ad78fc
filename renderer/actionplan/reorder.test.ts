import { describe, expect, it } from 'vitest';
import { dropInto, moveBy } from './reorder';

describe('moveBy', () => {
  it('swaps with the neighbour and stops at the ends', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveBy(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveBy(['a'], 'x', 1)).toBeNull();
  });
});

describe('dropInto', () => {
  it('puts the dragged item before the target, or last', () => {
    expect(dropInto(['a', 'b', 'c'], 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(dropInto(['a', 'b', 'c'], 'a', null)).toEqual(['b', 'c', 'a']);
  });

  it('takes an item from another list', () => {
    expect(dropInto(['a', 'b'], 'x', 'b')).toEqual(['a', 'x', 'b']);
    expect(dropInto([], 'x', null)).toEqual(['x']);
  });

  it('is null when nothing would change', () => {
    expect(dropInto(['a', 'b'], 'a', 'a')).toBeNull();
    expect(dropInto(['a', 'b'], 'a', 'b')).toBeNull();
    expect(dropInto(['a', 'b'], 'b', null)).toBeNull();
    expect(dropInto(['a', 'b'], 'x', 'nope')).toBeNull();
  });
});
