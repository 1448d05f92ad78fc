import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

function takeMany(limiter: RateLimiter, key: string, count: number, now: number): number {
  let allowed = 0;
  for (let i = 0; i < count; i++) if (limiter.take(key, now)) allowed++;
  return allowed;
}

describe('rate limiter', () => {
  it('lets a burst through, then refills at the given rate', () => {
    const limiter = new RateLimiter(30, 200);
    expect(takeMany(limiter, 'phone', 40, 0)).toBe(30);
    expect(limiter.take('phone', 100)).toBe(false);
    expect(limiter.take('phone', 200)).toBe(true);
    expect(takeMany(limiter, 'phone', 10, 1_200)).toBe(5);
  });

  it('keeps keys apart', () => {
    const limiter = new RateLimiter(10, 6_000);
    expect(takeMany(limiter, '10.0.0.2', 11, 0)).toBe(10);
    expect(takeMany(limiter, '10.0.0.3', 10, 0)).toBe(10);
    expect(limiter.take('10.0.0.2', 5_999)).toBe(false);
    expect(limiter.take('10.0.0.2', 6_000)).toBe(true);
  });

  it('refused calls cost nothing, and the bucket never fills past its burst', () => {
    const limiter = new RateLimiter(2, 1_000);
    expect(takeMany(limiter, 'k', 100, 0)).toBe(2);
    expect(takeMany(limiter, 'k', 5, 1_000)).toBe(1);
    expect(takeMany(limiter, 'k', 5, 3_600_000)).toBe(2);
  });

  it('forgets refilled buckets once many keys are tracked', () => {
    const limiter = new RateLimiter(1, 1_000);
    for (let i = 0; i < 1_024; i++) limiter.take(`a${i}`, 0);
    expect(limiter.size).toBe(1_024);
    limiter.take('late', 10_000);
    expect(limiter.size).toBe(1);
  });
});
