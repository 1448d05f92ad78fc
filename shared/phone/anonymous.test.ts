import { describe, expect, it } from 'vitest';
import { nextAnonymousName } from './anonymous';

describe('nextAnonymousName', () => {
  it('starts at 1 and follows the highest number in use, gaps left alone', () => {
    expect(nextAnonymousName([])).toBe('Anonym 1');
    expect(nextAnonymousName(['Eva', 'Anonym 1', 'Anonym 3'])).toBe('Anonym 4');
  });

  it('counts only names that are exactly the numbered form', () => {
    expect(nextAnonymousName(['Anonym 2b', 'anonym 5', 'Anonym 07', 'Anonym', 'Anonyma 9'])).toBe('Anonym 1');
  });
});
