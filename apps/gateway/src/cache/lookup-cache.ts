export interface LookupCacheOptions {
  /** How long an answer is trusted: one lookup per key per this many ms, never per request. */
  ttlMs?: number;
  /** While the source cannot be reached, an answer up to this old is still used (then the request fails). */
  staleMs?: number;
  /** Keys remembered at once; the least recently used one goes first. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  fetchedAt: number;
}

export const LOOKUP_TTL_MS = 30_000;
const STALE_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * A bounded LRU of answers the registry gave (a user's token state, a plugin's status): one lookup
 * per key per TTL, concurrent requests for one key share one lookup, and a recent answer bridges a
 * short registry outage.
 */
export class LookupCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly inFlight = new Map<string, Promise<T>>();
  private readonly ttlMs: number;
  private readonly staleMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly lookup: (key: string) => Promise<T>,
    options: LookupCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? LOOKUP_TTL_MS;
    this.staleMs = options.staleMs ?? STALE_MS;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.fetchedAt < this.ttlMs) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    return this.shared(key, entry);
  }

  /** Asks the source now, whatever is remembered (shared with a lookup already under way). */
  async refresh(key: string): Promise<T> {
    return this.shared(key, this.entries.get(key));
  }

  private async shared(key: string, previous: Entry<T> | undefined): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const lookup = this.fetch(key, previous);
    this.inFlight.set(key, lookup);
    try {
      return await lookup;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async fetch(key: string, previous: Entry<T> | undefined): Promise<T> {
    let value: T;
    try {
      value = await this.lookup(key);
    } catch (error) {
      if (previous && this.now() - previous.fetchedAt < this.staleMs) return previous.value;
      throw error;
    }
    this.entries.delete(key);
    this.entries.set(key, { value, fetchedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
