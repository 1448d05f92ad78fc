import { describe, expect, it } from 'vitest';
import type { PhoneRound, PhoneState } from '../../shared/phone/schema';
import { dotControl, screenFor } from './screenFor';

const round = (over: Partial<PhoneRound> = {}): PhoneRound =>
  ({ id: 'r', number: 1, status: 'open', dotsPerParticipant: 3, maxPerItem: null, items: [], mine: {}, remaining: 3, ...over }) as PhoneRound;

const state = (over: { view?: PhoneState['room']['view']; named?: boolean; round?: PhoneRound | null; results?: PhoneState['results'] } = {}): PhoneState =>
  ({
    room: { view: over.view ?? 'board' },
    me: { participant: over.named === false ? null : { id: 'p', name: 'Anna' } },
    round: over.round ?? null,
    results: over.results ?? null,
  }) as unknown as PhoneState;

describe('screenFor', () => {
  it('asks who the phone is before anything else', () => {
    expect(screenFor(state({ named: false, view: 'voting', round: round() }))).toBe('identify');
  });

  it('writes on the welcome and board views, follows the shared screen on the matrix and the summary', () => {
    expect(screenFor(state({ view: 'welcome' }))).toBe('write');
    expect(screenFor(state({ view: 'board' }))).toBe('write');
    expect(screenFor(state({ view: 'matrix' }))).toBe('follow');
    expect(screenFor(state({ view: 'summary' }))).toBe('follow');
  });

  it('votes in an open round, waits on a closed one and shows results once revealed', () => {
    expect(screenFor(state({ view: 'voting', round: round() }))).toBe('vote');
    expect(screenFor(state({ view: 'voting', round: round({ status: 'closed' }) }))).toBe('follow');
    expect(screenFor(state({ view: 'voting' }))).toBe('follow');
    expect(screenFor(state({ view: 'voting', round: round({ status: 'closed' }), results: [] }))).toBe('results');
  });
});

describe('dotControl', () => {
  it('adds while dots are left and the item is under its cap, removes only own dots', () => {
    expect(dotControl(round(), 'a')).toEqual({ mine: 0, canAdd: true, canRemove: false });
    expect(dotControl(round({ mine: { a: 2 }, remaining: 1, maxPerItem: 2 }), 'a')).toEqual({ mine: 2, canAdd: false, canRemove: true });
    expect(dotControl(round({ mine: { a: 1 }, remaining: 0 }), 'b')).toEqual({ mine: 0, canAdd: false, canRemove: false });
  });

  it('allows nothing in a closed round', () => {
    expect(dotControl(round({ status: 'closed', mine: { a: 1 } }), 'a')).toEqual({ mine: 1, canAdd: false, canRemove: false });
  });
});
