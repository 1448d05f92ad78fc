import { describe, expect, it } from 'vitest';
import type { RoundState } from '../../shared/voting/schema';
import { latestRevealed, latestRound, leftOf, shownVotes } from './roundData';

const state = (number: number, over: Partial<RoundState> = {}): RoundState => ({
  round: {
    id: `00000000-0000-4000-8000-00000000000${number}` as RoundState['round']['id'],
    workshopId: '00000000-0000-4000-8000-000000000000' as RoundState['round']['workshopId'],
    number,
    status: 'open',
    mode: 'participants',
    dotsPerParticipant: 3,
    maxPerItem: 2,
    votableItemIds: ['a', 'b'],
    anonymous: false,
    revealed: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  placedBy: {},
  totalDots: 0,
  dotsFromRemoved: 0,
  results: null,
  ...over,
});

describe('round data for the voting view', () => {
  it('tells the dots each participant has left from how many they hold', () => {
    const s = state(1, { placedBy: { p: 2, q: 3 } });
    expect(leftOf(s.round, s.placedBy, 'p')).toBe(1);
    expect(leftOf(s.round, s.placedBy, 'q')).toBe(0);
    expect(leftOf(s.round, s.placedBy, 'new')).toBe(3);
  });

  it('shows votes on the matrix only while the newest round is revealed', () => {
    const revealed = state(1, { results: [{ itemId: 'a', votes: 4, rank: 1, tied: false, byHuvudman: {} as never }] });
    expect(shownVotes([revealed])?.get('a')).toBe(4);
    expect(shownVotes([revealed, state(2)])).toBeNull();
    expect(latestRound([state(2), revealed])?.round.number).toBe(2);
    expect(latestRevealed([state(2), revealed])?.round.number).toBe(1);
    expect(latestRound([])).toBeNull();
  });
});
