import { describe, expect, it } from 'vitest';
import type { RoundState } from '../../shared/voting/schema';
import { laterAnswer, newestRound } from './useLiveRound';

const round = (dots: number): RoundState => ({
  round: {
    id: '00000000-0000-4000-8000-000000000001' as RoundState['round']['id'],
    workshopId: '00000000-0000-4000-8000-000000000000' as RoundState['round']['workshopId'],
    number: 1,
    status: 'open',
    mode: 'participants',
    dotsPerParticipant: 3,
    maxPerItem: null,
    votableItemIds: ['a'],
    anonymous: false,
    revealed: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  dotsByParticipant: { p: { a: dots } },
  totalDots: dots,
  dotsFromRemoved: 0,
  results: null,
});

describe('which round the voting screen shows', () => {
  const third = { state: round(3), sentAt: 10, receivedAt: 20 };

  it('keeps a vote answer over a refetch sent before it arrived, even when the refetch lands later', () => {
    // The refetch for the second dot went out at 15 and came back after the third dot's answer.
    expect(newestRound(round(2), 15, third)).toBe(third.state);
  });

  it('shows the query once it was asked for after the answer came in', () => {
    const later = round(3);
    expect(newestRound(later, 21, third)).toBe(later);
  });

  it('shows the query when no vote has been answered', () => {
    const queried = round(1);
    expect(newestRound(queried, 5, null)).toBe(queried);
  });

  it('holds the answer to the vote sent last when answers come back out of order', () => {
    const second = { state: round(2), sentAt: 5, receivedAt: 25 };
    expect(laterAnswer(third, second)).toBe(third);
    expect(laterAnswer(second, third)).toBe(third);
    expect(laterAnswer(null, second)).toBe(second);
  });
});
