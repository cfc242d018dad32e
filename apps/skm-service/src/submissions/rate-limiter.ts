/** Token-bucket settings: `capacity` questionnaires at once, refilled at `perMinute`. */
export interface RateLimit {
  capacity: number;
  perMinute: number;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** SKM_RATE_CAPACITY (default 60) and SKM_RATE_PER_MINUTE (default 60) per client. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  const capacity = Number(env.SKM_RATE_CAPACITY ?? 60);
  const perMinute = Number(env.SKM_RATE_PER_MINUTE ?? 60);
  if (!(capacity >= 1) || !(perMinute > 0)) throw new Error('SKM_RATE_CAPACITY and SKM_RATE_PER_MINUTE must be positive numbers.');
  return { capacity, perMinute };
}

/**
 * In-memory token buckets per client key, one set per replica: with R replicas a client gets at
 * most R × the limit, which is acceptable for abuse control and needs no shared store. Buckets that
 * have refilled completely carry no information and are dropped when the map grows.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = 50_000,
  ) {}

  /**
   * Takes `tokens` tokens (one per questionnaire) or none: a request the bucket cannot cover whole
   * is refused whole. `retryAfterSeconds` says when enough are due; a request larger than the
   * bucket itself can never pass, and says so with `maxPerRequest` instead.
   */
  take(key: string, tokens = 1, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number; maxPerRequest?: number } {
    const rate = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.capacity, at: now };
    bucket.tokens = Math.min(this.limit.capacity, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    if (tokens > this.limit.capacity) {
      this.buckets.set(key, bucket);
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((this.limit.capacity - bucket.tokens) / rate / 1000)),
        maxPerRequest: this.limit.capacity,
      };
    }
    if (bucket.tokens < tokens) {
      this.buckets.set(key, bucket);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((tokens - bucket.tokens) / rate / 1000)) };
    }
    bucket.tokens -= tokens;
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.sweep(now);
    return { ok: true };
  }

  private sweep(now: number): void {
    const rate = this.limit.perMinute / 60_000;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * rate >= this.limit.capacity) this.buckets.delete(key);
    }
  }
}
