import { describe, expect, it } from 'vitest';
import { parseTokenFromHash } from './token';

describe('parseTokenFromHash', () => {
  it('reads the token from #token=…', () => {
    expect(parseTokenFromHash('#token=abc123')).toBe('abc123');
  });

  it('ignores route hashes and empty tokens', () => {
    expect(parseTokenFromHash('#/programme/1')).toBeNull();
    expect(parseTokenFromHash('#token=')).toBeNull();
    expect(parseTokenFromHash('')).toBeNull();
  });

  it('decodes URL-encoded tokens', () => {
    expect(parseTokenFromHash('#token=a%2Bb')).toBe('a+b');
  });
});
