import { describe, expect, it } from 'vitest';
import { everyoneVoted, firstVoter, nextVoter } from './turns';

const people = ['anna', 'karin', 'jonas', 'omar'];
const leftFrom = (left: Record<string, number>) => (id: string) => left[id] ?? 0;

describe('whose turn it is', () => {
  it('moves on to the next participant in the list who still has dots', () => {
    const left = leftFrom({ anna: 0, karin: 0, jonas: 3, omar: 3 });
    expect(nextVoter(people, 'anna', left)).toBe('jonas');
    expect(nextVoter(people, 'jonas', left)).toBe('omar');
  });

  it('wraps round to the start of the list', () => {
    expect(nextVoter(people, 'omar', leftFrom({ anna: 0, karin: 2, jonas: 3, omar: 0 }))).toBe('karin');
  });

  it('never picks the current voter again, and answers null when nobody else has dots', () => {
    expect(nextVoter(people, 'jonas', leftFrom({ jonas: 2 }))).toBeNull();
    expect(nextVoter(people, 'jonas', leftFrom({}))).toBeNull();
  });

  it('starts from the top when nobody is picked, or the current voter is gone', () => {
    const left = leftFrom({ karin: 1, omar: 3 });
    expect(nextVoter(people, null, left)).toBe('karin');
    expect(nextVoter(people, 'removed', left)).toBe('karin');
  });

  it('lets the first participant with dots vote first', () => {
    expect(firstVoter(people, leftFrom({ jonas: 3, omar: 3 }))).toBe('jonas');
    expect(firstVoter(people, leftFrom({}))).toBe('anna');
    expect(firstVoter([], leftFrom({}))).toBeNull();
  });

  it('knows when every budget is used', () => {
    expect(everyoneVoted(people, leftFrom({}))).toBe(true);
    expect(everyoneVoted(people, leftFrom({ omar: 1 }))).toBe(false);
    expect(everyoneVoted([], leftFrom({}))).toBe(false);
  });
});
