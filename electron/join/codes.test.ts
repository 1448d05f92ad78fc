import { describe, expect, it } from 'vitest';
import { JoinCode, JOIN_CODE_ALPHABET } from '../../shared/join/schema';
import { CODE_ACCEPTED_MS, CODE_ROTATION_MS, JoinCodes, randomJoinCode } from './codes';

/** Bytes that count up, so each draw is a different, known code. */
function countingBytes() {
  let next = 0;
  return (size: number) => Buffer.from(Array.from({ length: size }, () => next++ % 256));
}

describe('join codes', () => {
  it('draws six characters of the alphabet, every one reachable', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const code = randomJoinCode();
      expect(JoinCode.parse(code)).toBe(code);
      for (const char of code) seen.add(char);
    }
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
    expect(randomJoinCode(() => Buffer.from([0, 31, 32, 255, 8, 40]))).toBe('A9A9JJ');
  });

  it('shows the same code for a minute, then a new one', () => {
    const codes = new JoinCodes(countingBytes());
    const first = codes.current(0);
    expect(first.expiresAt).toBe(CODE_ROTATION_MS);
    expect(codes.current(CODE_ROTATION_MS - 1)).toEqual(first);
    const second = codes.current(CODE_ROTATION_MS);
    expect(second.code).not.toBe(first.code);
    expect(second.expiresAt).toBe(2 * CODE_ROTATION_MS);
  });

  it('takes a code until two minutes after it was first shown, and nothing else', () => {
    const codes = new JoinCodes(countingBytes());
    const { code } = codes.current(1_000);
    codes.current(1_000 + CODE_ROTATION_MS);
    expect(codes.accepts(code, 1_000 + CODE_ACCEPTED_MS - 1)).toBe(true);
    expect(codes.accepts(code, 1_000 + CODE_ACCEPTED_MS)).toBe(false);
    expect(codes.accepts('ZZZZZZ', 1_000)).toBe(false);
    expect(codes.accepts(code.slice(1), 1_000)).toBe(false);
  });

  it('counts a code’s life from when it was asked for, not from a fixed schedule', () => {
    const codes = new JoinCodes(countingBytes());
    codes.current(0);
    // Nobody looked for five minutes: the code shown now lives a full two minutes from now.
    const late = codes.current(300_000);
    expect(late.expiresAt).toBe(300_000 + CODE_ROTATION_MS);
    expect(codes.accepts(late.code, 300_000 + CODE_ACCEPTED_MS - 1)).toBe(true);
  });

  it('never shows a code again while it is still taken', () => {
    let draws = 0;
    const codes = new JoinCodes((size) => Buffer.alloc(size, draws++ < 2 ? 0 : 1));
    expect(codes.current(0).code).toBe('AAAAAA');
    expect(codes.current(CODE_ROTATION_MS).code).toBe('BBBBBB');
    expect(draws).toBe(3);
  });
});
