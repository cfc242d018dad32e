import { DataSource } from 'typeorm';
import { one } from '@simpul/service-kit';

/** Token-bucket settings: `capacity` questionnaires at once, refilled at `perMinute`. */
export interface RateLimit {
  capacity: number;
  perMinute: number;
}

export type Taken = { ok: true } | { ok: false; retryAfterSeconds: number; maxPerRequest?: number };

/** What the write paths take tokens from (one per questionnaire). */
export interface RateLimiter {
  take(key: string, tokens?: number): Promise<Taken>;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** SKM_RATE_CAPACITY (default 60) and SKM_RATE_PER_MINUTE (default 60) per client. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  const capacity = Number(env.SKM_RATE_CAPACITY ?? 60);
  const perMinute = Number(env.SKM_RATE_PER_MINUTE ?? 60);
  if (!(capacity >= 1) || !(perMinute > 0)) throw new Error('SKM_RATE_CAPACITY and SKM_RATE_PER_MINUTE must be positive numbers.');
  return { capacity, perMinute };
}

// $1 client key, $2 capacity, $3 tokens asked for, $4 tokens per second. The bucket after refill,
// from the stored time and the database clock (one clock for every replica); greatest() because a
// statement that waited for the row lock may have started before the one that held it.
const AVAILABLE = `least($2::float8, b.tokens + greatest(0, extract(epoch FROM now() - b.refilled_at)) * $4::float8)`;

/**
 * One statement per take: an absent client gets a full bucket; otherwise the row is locked, refilled
 * and either charged whole or left as it is (`granted` says which). Concurrent takes on one client,
 * from any replica, queue on the row lock, so the bucket never goes below zero.
 */
const TAKE = `
  INSERT INTO skm.rate_buckets AS b (client_key, tokens, refilled_at, granted)
  VALUES ($1, CASE WHEN $3::float8 <= $2::float8 THEN $2::float8 - $3::float8 ELSE $2::float8 END, now(), $3::float8 <= $2::float8)
  ON CONFLICT (client_key) DO UPDATE SET
    tokens = CASE WHEN ${AVAILABLE} >= $3::float8 THEN ${AVAILABLE} - $3::float8 ELSE ${AVAILABLE} END,
    granted = ${AVAILABLE} >= $3::float8,
    refilled_at = greatest(b.refilled_at, now())
  RETURNING tokens, granted`;

/**
 * Token buckets per client address in PostgreSQL (skm.rate_buckets), so the limit is one limit
 * however many replicas serve the public form: each take is one INSERT … ON CONFLICT DO UPDATE on
 * the pool the write path uses anyway. Full buckets carry no information and are swept by a job.
 */
export class PostgresRateLimiter implements RateLimiter {
  constructor(
    private readonly db: DataSource,
    private readonly limit: RateLimit,
  ) {}

  private get perSecond(): number {
    return this.limit.perMinute / 60;
  }

  /**
   * Takes `tokens` tokens (one per questionnaire) or none: a request the bucket cannot cover whole
   * is refused whole. `retryAfterSeconds` says when enough are due; a request larger than the
   * bucket itself can never pass, and says so with `maxPerRequest` instead.
   */
  async take(key: string, tokens = 1): Promise<Taken> {
    const row = await one<{ tokens: number; granted: boolean }>(this.db, TAKE, [key, this.limit.capacity, tokens, this.perSecond]);
    if (!row) throw new Error('The rate bucket statement returned no row.');
    if (row.granted) return { ok: true };
    const wait = (needed: number) => Math.max(1, Math.ceil((needed - row.tokens) / this.perSecond));
    if (tokens > this.limit.capacity)
      return { ok: false, retryAfterSeconds: wait(this.limit.capacity), maxPerRequest: this.limit.capacity };
    return { ok: false, retryAfterSeconds: wait(tokens) };
  }

  /** Deletes the buckets that have refilled completely since their last take; resolves with how many. */
  async sweep(): Promise<number> {
    const deleted = await one<{ n: number }>(
      this.db,
      `WITH gone AS (DELETE FROM skm.rate_buckets WHERE refilled_at < now() - make_interval(secs => $1) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [this.limit.capacity / this.perSecond],
    );
    return deleted?.n ?? 0;
  }
}
