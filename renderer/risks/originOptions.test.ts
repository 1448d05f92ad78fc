import { describe, expect, it } from 'vitest';
import { originOf, originValue } from './originOptions';

const id = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';

describe('origin values', () => {
  it('round-trip each kind of origin through the select', () => {
    for (const origin of [{ source: 'free' }, { source: 'workshop', workshopId: id }, { source: 'area', areaId: id }] as const) {
      expect(originOf(originValue(origin as never))).toEqual(origin);
    }
  });

  it('reads anything unknown as a free risk', () => {
    expect(originOf('')).toEqual({ source: 'free' });
    expect(originOf('plan:x')).toEqual({ source: 'free' });
  });
});
