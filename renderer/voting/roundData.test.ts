import { describe, expect, it } from 'vitest';
import { dotsLeft, refuseDot, roundRules } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import { dotsOf, latestRevealed, latestRound, shownVotes } from './roundData';

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
  dotsByParticipant: {},
  totalDots: 0,
  dotsFromRemoved: 0,
  results: null,
  ...over,
});

describe('round data for the voting view', () => {
  it('feeds the shared rules with the dots as placed', () => {
    const s = state(1, { dotsByParticipant: { p: { a: 2 }, q: { b: 1 } } });
    const dots = dotsOf(s);
    expect(dots).toHaveLength(3);
    const rules = roundRules(s.round, { clusters: [{ id: 'a' }, { id: 'b' }], notes: [], placements: [] });
    expect(dotsLeft(rules, dots, 'p')).toBe(1);
    expect(refuseDot(rules, dots, { participantId: 'p', itemId: 'a' })).toBe('vote_cap_exceeded');
    expect(refuseDot(rules, dots, { participantId: 'p', itemId: 'b' })).toBeNull();
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
