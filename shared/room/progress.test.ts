import { describe, expect, it } from 'vitest';
import { participantsDone } from './progress';

describe('participantsDone', () => {
  it('counts those who placed their whole budget, on one item or several', () => {
    const dots = { anna: { a: 3 }, bo: { a: 1, b: 2 }, cia: { a: 2 }, dan: {} };
    expect(participantsDone(dots, 3, ['anna', 'bo', 'cia', 'dan', 'eva'])).toBe(2);
  });

  it('leaves out people no longer in the workshop', () => {
    expect(participantsDone({ gone: { a: 3 }, anna: { a: 3 } }, 3, ['anna'])).toBe(1);
  });

  it('is zero before anyone has voted', () => {
    expect(participantsDone({}, 3, ['anna', 'bo'])).toBe(0);
  });
});
