/** Past this many keys, buckets that have refilled are forgotten, so a stream of new addresses cannot grow the map without bound. */
const TRACKED_BEFORE_FORGETTING = 1024;

interface Bucket {
  readonly tokens: number;
  readonly at: number;
}

/**
 * A token bucket per key (a remote address, a device): `burst` calls at once,
 * then one more every `refillMs`. Pure: the caller passes the time.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    readonly burst: number,
    readonly refillMs: number,
  ) {}

  /** Takes one call's worth for `key` at `now` (ms); false when the bucket is empty (the call is refused and costs nothing). */
  take(key: string, now: number): boolean {
    const tokens = this.#tokens(this.#buckets.get(key), now);
    if (tokens < 1) return false;
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.#buckets.size > TRACKED_BEFORE_FORGETTING) this.#forgetFull(now);
    return true;
  }

  /** How many keys are tracked (for tests of the forgetting). */
  get size(): number {
    return this.#buckets.size;
  }

  #tokens(bucket: Bucket | undefined, now: number): number {
    return bucket ? Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs) : this.burst;
  }

  #forgetFull(now: number): void {
    for (const [key, bucket] of this.#buckets) if (this.#tokens(bucket, now) >= this.burst) this.#buckets.delete(key);
  }
}
