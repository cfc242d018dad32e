import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { rateLimited } from '@simpul/service-kit';

/** Failures allowed before the back-off starts: per account, and per client address (an office behind one address). */
export const ACCOUNT_FAILURES_ALLOWED = 5;
export const ADDRESS_FAILURES_ALLOWED = 20;
/** The first wait; each further failure doubles it, up to an hour. */
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 3600;
/** Failures are forgotten this long after the last one (or after the wait ended). */
const FORGET_AFTER_MS = 15 * 60_000;
/** How long an attempt waits for another attempt on the same account or address to finish. */
const LOCK_WAIT_MS = 3000;
const LOCK_NOT_AVAILABLE = '55P03';

interface ThrottleRow {
  key: string;
  failures: number;
  last_failure_at: Date | null;
  blocked_until: Date | null;
}

export type AttemptOutcome<T> = { ok: true; value: T } | { ok: false; countsAsFailure: boolean; error: Error };

function waitFor(failures: number, allowed: number): number {
  return failures < allowed ? 0 : Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - allowed));
}

/**
 * Sign-in throttling kept in PostgreSQL, per account (lower(email)) and per client address. An
 * attempt locks both counters (in key order, so attempts never deadlock) for the time of the
 * password check: attempts on one key run one after another, so thirty `signIn` aliases in one
 * request count thirty (the check runs on the same connection, so waiting attempts never starve
 * the one holding the lock). After the allowed failures every attempt waits a growing time; a blocked
 * attempt is refused with RATE_LIMITED before the password is even looked at.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async attempt<T>(email: string, clientAddress: string, check: (manager: EntityManager) => Promise<AttemptOutcome<T>>): Promise<T> {
    const accountKey = `account:${email.trim().toLowerCase()}`;
    const addressKey = `address:${clientAddress}`;
    const keys = [accountKey, addressKey].sort();
    const outcome = await this.dataSource.transaction(async (manager) => {
      // A flood on one key must not hold connections for long: wait a bounded time for the lock.
      await manager.query(`SET LOCAL lock_timeout = '${LOCK_WAIT_MS}ms'`);
      let rows: ThrottleRow[];
      try {
        await manager.query(`INSERT INTO registry.sign_in_throttle (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [keys]);
        rows = await manager.query(
          `SELECT key, failures, last_failure_at, blocked_until FROM registry.sign_in_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
          [keys],
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === LOCK_NOT_AVAILABLE)
          return { blocked: 1 } as const;
        throw error;
      }
      const now = Date.now();
      let wait = 0;
      for (const row of rows) {
        const quietSince = Math.max(row.last_failure_at?.getTime() ?? 0, row.blocked_until?.getTime() ?? 0);
        if (row.failures > 0 && now - quietSince > FORGET_AFTER_MS) row.failures = 0;
        else if (row.blocked_until && row.blocked_until.getTime() > now)
          wait = Math.max(wait, Math.ceil((row.blocked_until.getTime() - now) / 1000));
      }
      if (wait > 0) return { blocked: wait } as const;

      const result = await check(manager);
      for (const row of rows) {
        const allowed = row.key === accountKey ? ACCOUNT_FAILURES_ALLOWED : ADDRESS_FAILURES_ALLOWED;
        if (result.ok && row.key === accountKey) {
          await manager.query(`UPDATE registry.sign_in_throttle SET failures = 0, blocked_until = NULL WHERE key = $1`, [row.key]);
        } else if (!result.ok && result.countsAsFailure) {
          const failures = row.failures + 1;
          const seconds = waitFor(failures, allowed);
          await manager.query(
            `UPDATE registry.sign_in_throttle SET failures = $2, last_failure_at = now(), blocked_until = CASE WHEN $3::int > 0 THEN now() + make_interval(secs => $3::int) END WHERE key = $1`,
            [row.key, failures, seconds],
          );
        } else if (row.failures === 0) {
          await manager.query(`UPDATE registry.sign_in_throttle SET failures = 0 WHERE key = $1 AND failures > 0`, [row.key]);
        }
      }
      return { result } as const;
    });
    if ('blocked' in outcome) {
      throw rateLimited(
        outcome.blocked as number,
        `Too many sign-in attempts. Try again in ${outcome.blocked} seconds.`,
        `Terlalu banyak percobaan masuk. Coba lagi dalam ${outcome.blocked} detik.`,
      );
    }
    if (!outcome.result.ok) throw outcome.result.error;
    return outcome.result.value;
  }
}
