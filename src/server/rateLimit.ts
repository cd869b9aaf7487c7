// A token bucket per client address. Generous by default: a whole school may sit
// behind one address, with thirty pupils creating and joining in the same minute.
export interface RateOptions {
  /** Requests allowed at once from a fresh address. */
  readonly burst: number;
  /** Sustained requests per minute once the burst is spent. */
  readonly perMinute: number;
}

/** Answers whether one more request from an address may pass now. */
export interface Limiter {
  take(address: string): boolean | Promise<boolean>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The limiter of one process; redisCluster.ts shares the same buckets between processes. */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly opts: RateOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for the address; false when its bucket is empty. */
  take(address: string): boolean {
    const t = this.now();
    const refill = this.opts.perMinute / 60_000;
    const b = this.buckets.get(address) ?? { tokens: this.opts.burst, at: t };
    b.tokens = Math.min(this.opts.burst, b.tokens + (t - b.at) * refill);
    b.at = t;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.buckets.set(address, b);
    if (this.buckets.size > 10_000) this.forgetFull(t, refill);
    return ok;
  }

  /** Drops addresses whose bucket has refilled, so the map stays small. */
  private forgetFull(t: number, refill: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (t - b.at) * refill >= this.opts.burst) this.buckets.delete(k);
  }
}
