import { sliceConnection, type Connection, decodeKeysetCursor, encodeKeysetCursor } from '@simpul/service-kit';
import type { StoredResult } from './result.row';

/** The CacheInvalidation topic of published rankings; the key is the cycle id. */
export const RANKING_TOPIC = 'published-ranking';

/**
 * Published cohort rankings change only through a correction, so each replica keeps them for a
 * short while: the public ranking page is then served without touching PostgreSQL. A correction
 * notifies every replica when it commits (CacheInvalidation), and each clears that cycle; the TTL
 * bounds what a replica serves while it cannot hear those notices. `T` is what is kept per cohort:
 * its ranked rows, or what is computed from them (RankRangeService keeps their rank ranges).
 */
export class RankingCache<T = StoredResult[]> {
  private readonly entries = new Map<string, { rows: T; until: number }>();
  /** Bumped by every clear: rows read before a clear are not kept after it (they may predate the change). */
  private cleared = 0;

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 500,
  ) {}

  get(cycleId: string, cohort: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(`${cycleId}|${cohort}`);
    if (!entry) return undefined;
    if (entry.until < now) {
      this.entries.delete(`${cycleId}|${cohort}`);
      return undefined;
    }
    return entry.rows;
  }

  /** Take it before reading the rows you will `set`. */
  get generation(): number {
    return this.cleared;
  }

  set(cycleId: string, cohort: string, rows: T, now = Date.now(), readAt = this.cleared): void {
    if (readAt !== this.cleared) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(`${cycleId}|${cohort}`, { rows, until: now + this.ttlMs });
  }

  clearCycle(cycleId: string): void {
    this.cleared += 1;
    for (const key of this.entries.keys()) if (key.startsWith(`${cycleId}|`)) this.entries.delete(key);
  }

  clear(): void {
    this.cleared += 1;
    this.entries.clear();
  }
}

/** The cursor of a ranked row, the same as a keyset page over RANKED_KEYS gives it. */
export function rankingCursor(row: StoredResult): string {
  return encodeKeysetCursor([String(row.rank ?? 2147483647), row.unitName, row.id]);
}

/**
 * One page of a whole ranked cohort kept in memory. Null when the cursor's row is not in it (the
 * cohort changed since): the caller reads the cohort again.
 */
export function pageOfRanking(ranked: StoredResult[], first: number, after: string | null | undefined): Connection<StoredResult> | null {
  let start = 0;
  if (after) {
    const [, , id] = decodeKeysetCursor(after, 3);
    const at = ranked.findIndex((row) => row.id === id);
    if (at < 0) return null;
    start = at + 1;
  }
  return sliceConnection(ranked, start, first, rankingCursor);
}
