/** What the registry says about a user's tokens (`GET /internal/users/:id/token-state`). */
export interface TokenState {
  tokenVersion: number;
  active: boolean;
}

/** `null` when the registry has no such user (deleted): every token of theirs is refused. */
export type TokenStateLookup = (userId: string) => Promise<TokenState | null>;

export interface TokenStateCacheOptions {
  /** How long an answer is trusted: one registry lookup per user per this many ms, never per request. */
  ttlMs?: number;
  /** While the registry cannot be reached, an answer up to this old is still used (then the request fails). */
  staleMs?: number;
  /** Users remembered at once; the least recently used one goes first. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  state: TokenState | null;
  fetchedAt: number;
}

export const TOKEN_STATE_TTL_MS = 30_000;
const STALE_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * A bounded LRU of token states per user. A revoked token (deactivation, role change, password
 * reset) is refused within TTL + one request; concurrent requests of one user share one lookup.
 */
export class TokenStateCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<TokenState | null>>();
  private readonly ttlMs: number;
  private readonly staleMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly lookup: TokenStateLookup,
    options: TokenStateCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? TOKEN_STATE_TTL_MS;
    this.staleMs = options.staleMs ?? STALE_MS;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(userId: string): Promise<TokenState | null> {
    const entry = this.entries.get(userId);
    const now = this.now();
    if (entry && now - entry.fetchedAt < this.ttlMs) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.entries.delete(userId);
      this.entries.set(userId, entry);
      return entry.state;
    }
    const pending = this.inFlight.get(userId);
    if (pending) return pending;
    const lookup = this.fetch(userId, entry);
    this.inFlight.set(userId, lookup);
    try {
      return await lookup;
    } finally {
      this.inFlight.delete(userId);
    }
  }

  /**
   * Asks the registry now, whatever is remembered (shared with a lookup already under way): for a
   * token newer than the remembered answer, which cannot judge it.
   */
  async refresh(userId: string): Promise<TokenState | null> {
    const pending = this.inFlight.get(userId);
    if (pending) return pending;
    const lookup = this.fetch(userId, this.entries.get(userId));
    this.inFlight.set(userId, lookup);
    try {
      return await lookup;
    } finally {
      this.inFlight.delete(userId);
    }
  }

  private async fetch(userId: string, previous: Entry | undefined): Promise<TokenState | null> {
    let state: TokenState | null;
    try {
      state = await this.lookup(userId);
    } catch (error) {
      if (previous && this.now() - previous.fetchedAt < this.staleMs) return previous.state;
      throw error;
    }
    this.entries.delete(userId);
    this.entries.set(userId, { state, fetchedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return state;
  }
}

/**
 * Whether a remembered answer is older than the token it is asked about: the token carries a later
 * version (signed in again after a password reset or role change), or the same version while the
 * answer says deactivated (versions move on deactivation, so it was minted after a reactivation).
 */
export function tokenNewerThan(state: TokenState | null, tokenVersion: number): boolean {
  return state !== null && (tokenVersion > state.tokenVersion || (tokenVersion === state.tokenVersion && !state.active));
}

/** Whether a token minted at `tokenVersion` is still good for this user. */
export function tokenStillValid(state: TokenState | null, tokenVersion: number): boolean {
  return state !== null && state.active && state.tokenVersion === tokenVersion;
}
