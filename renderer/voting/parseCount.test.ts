import { describe, expect, it } from 'vitest';
import { parseCount } from './parseCount';

describe('parseCount', () => {
  it('accepts whole numbers in range only', () => {
    expect(parseCount(' 3 ', 1, 12)).toBe(3);
    expect(parseCount('0', 1, 12)).toBeNull();
    expect(parseCount('13', 1, 12)).toBeNull();
    expect(parseCount('2.5', 0, 10)).toBeNull();
    expect(parseCount('-1', 0, 10)).toBeNull();
    expect(parseCount('', 0, 10)).toBeNull();
  });
});
