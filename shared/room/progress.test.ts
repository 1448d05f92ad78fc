import { describe, expect, it } from 'vitest';
import { participantsDone } from './progress';

describe('participantsDone', () => {
  it('counts those who placed their whole budget', () => {
    const placed = { anna: 3, bo: 3, cia: 2, dan: 0 };
    expect(participantsDone(placed, 3, ['anna', 'bo', 'cia', 'dan', 'eva'])).toBe(2);
  });

  it('leaves out people no longer in the workshop', () => {
    expect(participantsDone({ gone: 3, anna: 3 }, 3, ['anna'])).toBe(1);
  });

  it('is zero before anyone has voted', () => {
    expect(participantsDone({}, 3, ['anna', 'bo'])).toBe(0);
  });
});
