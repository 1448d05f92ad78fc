import { randomBytes, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../../shared/join/schema';

/** A new code is shown every minute… */
export const CODE_ROTATION_MS = 60_000;
/** …and each is taken for two minutes after it first showed, so one read off the screen just before it changed still works. */
export const CODE_ACCEPTED_MS = 120_000;

const CODE_LENGTH = 6;

export type RandomBytes = (size: number) => Buffer;

/** Six characters drawn uniformly from the alphabet (32 letters: 256 is a multiple of 32, so `byte % 32` has no bias). */
export function randomJoinCode(random: RandomBytes = randomBytes): string {
  return [...random(CODE_LENGTH)].map((byte) => JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]).join('');
}

interface ShownCode {
  readonly code: string;
  readonly shownAt: number;
}

/**
 * The rotating join codes of one session. Rotation is lazy: a code is drawn
 * when one is asked for and the last has been up for a minute, so a code's
 * life counts from when the facilitator's screen could first show it.
 */
export class JoinCodes {
  #shown: ShownCode[] = [];

  constructor(private readonly random: RandomBytes = randomBytes) {}

  /** The code to show at `now` (ms) and when the next one replaces it. */
  current(now: number): { code: string; expiresAt: number } {
    let last = this.#shown.at(-1);
    if (!last || now >= last.shownAt + CODE_ROTATION_MS) {
      this.#shown = this.#shown.filter((shown) => now < shown.shownAt + CODE_ACCEPTED_MS);
      let code = randomJoinCode(this.random);
      while (this.#shown.some((shown) => shown.code === code)) code = randomJoinCode(this.random);
      last = { code, shownAt: now };
      this.#shown.push(last);
    }
    return { code: last.code, expiresAt: last.shownAt + CODE_ROTATION_MS };
  }

  /** Whether `code` was shown less than two minutes before `now`. */
  accepts(code: string, now: number): boolean {
    const given = Buffer.from(code);
    return this.#shown.some((shown) => {
      const expected = Buffer.from(shown.code);
      return now < shown.shownAt + CODE_ACCEPTED_MS && given.length === expected.length && timingSafeEqual(given, expected);
    });
  }
}
