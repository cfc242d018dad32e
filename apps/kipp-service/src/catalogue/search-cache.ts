/**
 * A small per-process cache of public catalogue search pages. The catalogue changes a few times a
 * year (Top 99 and Top 45 decisions, yearly status checks) while the public searches it all day, so
 * a page may be up to `ttlMs` stale; `ttlMs = 0` turns the cache off. Oldest entries go first.
 */
export class SearchCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expires: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    // A failed load is not kept.
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

export const SEARCH_CACHE = Symbol('SearchCache');

/** Seconds from KIPP_SEARCH_CACHE_SECONDS (default 15). */
export function searchCacheTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.KIPP_SEARCH_CACHE_SECONDS ?? 15);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
