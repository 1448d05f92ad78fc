import { describe, expect, it } from 'vitest';
import { includedMaps, toggled } from './reportMaps';

describe('the maps a status report includes', () => {
  const maps = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('keeps the programme’s order and drops maps that are gone', () => {
    expect(includedMaps(maps, ['c', 'gone', 'a'])).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(includedMaps(maps, [])).toEqual([]);
  });

  it('ticks a map in once and out again', () => {
    expect(toggled(toggled(['a'], 'b', true), 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
