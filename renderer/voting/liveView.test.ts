import { describe, expect, it } from 'vitest';
import type { RoundState, VoterRound } from '../../shared/voting/schema';
import { laterAnswer, liveView, NO_FLIGHT, newestRound, sendVote, settleVote, type Fetched, type HeldAnswer, type PendingVote } from './liveView';

const round = (placed: number): RoundState => ({
  round: {
    id: '00000000-0000-4000-8000-000000000001' as RoundState['round']['id'],
    workshopId: '00000000-0000-4000-8000-000000000000' as RoundState['round']['workshopId'],
    number: 1,
    status: 'open',
    mode: 'participants',
    dotsPerParticipant: 3,
    maxPerItem: null,
    votableItemIds: ['a', 'b'],
    anonymous: false,
    revealed: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  placedBy: placed > 0 ? { p: placed } : {},
  totalDots: placed,
  dotsFromRemoved: 0,
  results: null,
});

const voter = (onA: number, participantId = 'p'): VoterRound => ({
  ...round(onA),
  participantId: participantId as VoterRound['participantId'],
  mine: onA > 0 ? { a: onA } : {},
});

const queried = (placed: number, requestedAt: number) => ({ data: round(placed), requestedAt });
const asked = (onA: number, requestedAt: number): Fetched<VoterRound> => ({ data: voter(onA), requestedAt });
const cast = (sentAt: number, itemId = 'a'): PendingVote => ({ kind: 'cast', dot: { participantId: 'p', itemId }, sentAt });

describe('which round the voting screen shows', () => {
  const third: HeldAnswer = { state: voter(3), sentAt: 10, receivedAt: 20 };

  it('keeps a vote answer over a refetch sent before it arrived, even when the refetch lands later', () => {
    // The refetch for the second dot went out at 15 and came back after the third dot's answer.
    expect(newestRound(round(2), 15, third)).toBe(third.state);
  });

  it('shows the query once it was asked for after the answer came in', () => {
    const later = round(3);
    expect(newestRound(later, 21, third)).toBe(later);
  });

  it('shows the query when no vote has been answered', () => {
    const shown = round(1);
    expect(newestRound(shown, 5, null)).toBe(shown);
  });

  it('holds the answer to the vote sent last when answers come back out of order', () => {
    const second = { state: voter(2), sentAt: 5, receivedAt: 25 };
    expect(laterAnswer(third, second)).toBe(third);
    expect(laterAnswer(second, third)).toBe(third);
    expect(laterAnswer(null, second)).toBe(second);
  });
});

describe('a vote in flight', () => {
  it('counts a dot once when a refetch that already holds it lands before the vote is answered', () => {
    const before = liveView(queried(1, 1), asked(1, 1), 'p', null, NO_FLIGHT);
    expect(before).toEqual({ placedBy: { p: 1 }, mine: { a: 1 } });
    const vote = cast(10);
    let flight = sendVote(NO_FLIGHT, vote, before);
    expect(liveView(queried(1, 1), asked(1, 1), 'p', null, flight)).toEqual({ placedBy: { p: 2 }, mine: { a: 2 } });
    // The vote's change event refetched both queries at 12; they answer with the dot at 14, before the vote's own answer.
    expect(liveView(queried(2, 12), asked(2, 12), 'p', null, flight)).toEqual({ placedBy: { p: 2 }, mine: { a: 2 } });
    // The answer comes in at 16: it is what the screen shows, with nothing laid over it any more.
    const held: HeldAnswer = { state: voter(2), sentAt: vote.sentAt, receivedAt: 16 };
    flight = settleVote(flight, vote);
    expect(flight).toEqual(NO_FLIGHT);
    expect(liveView(queried(2, 12), asked(2, 12), 'p', held, flight)).toEqual({ placedBy: { p: 2 }, mine: { a: 2 } });
    expect(liveView(queried(2, 17), asked(2, 17), 'p', held, flight)).toEqual({ placedBy: { p: 2 }, mine: { a: 2 } });
  });

  it('lays only the votes sent after an answer over that answer', () => {
    const before = liveView(queried(0, 1), asked(0, 1), 'p', null, NO_FLIGHT);
    const first = cast(10);
    const second = cast(11, 'b');
    let flight = sendVote(NO_FLIGHT, first, before);
    flight = sendVote(flight, second, liveView(queried(0, 1), asked(0, 1), 'p', null, flight));
    expect(liveView(queried(0, 1), asked(0, 1), 'p', null, flight)).toEqual({ placedBy: { p: 2 }, mine: { a: 1, b: 1 } });
    flight = settleVote(flight, first);
    const held: HeldAnswer = { state: voter(1), sentAt: first.sentAt, receivedAt: 13 };
    // A refetch sent at 12 holds both dots; the first answer holds one; the second is still in flight.
    expect(liveView(queried(2, 12), asked(2, 12), 'p', held, flight)).toEqual({ placedBy: { p: 2 }, mine: { a: 1, b: 1 } });
  });

  it('takes back what a refused vote laid over', () => {
    const before = liveView(queried(1, 1), asked(1, 1), 'p', null, NO_FLIGHT);
    const vote = cast(10);
    const flight = settleVote(sendVote(NO_FLIGHT, vote, before), vote);
    expect(liveView(queried(1, 12), asked(1, 12), 'p', null, flight)).toEqual(before);
  });

  it('needs no question for a voter without dots, and waits for one who has some', () => {
    const other: Fetched<VoterRound> = { data: undefined, requestedAt: undefined };
    expect(liveView(queried(0, 1), other, 'p', null, NO_FLIGHT).mine).toEqual({});
    expect(liveView(queried(2, 1), other, 'p', null, NO_FLIGHT).mine).toBeNull();
    // An answer about somebody else is not this voter's dots.
    expect(liveView(queried(2, 1), { data: voter(2, 'q'), requestedAt: 1 }, 'p', null, NO_FLIGHT).mine).toBeNull();
  });
});
