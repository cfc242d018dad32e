import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/sql';

/** What a subscriber is told: one key changed, or `null`, everything (notifications may have been missed). */
export type Invalidated = (key: string | null) => void;

const CHANNEL = /^[a-z][a-z0-9_]{0,62}$/;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 30_000;

/**
 * Cache invalidation across a service's replicas over PostgreSQL LISTEN/NOTIFY, on the database they
 * already share. A writer publishes in its own transaction, so the notice goes out at commit, to
 * every replica listening (itself included), and never for a change that was rolled back. Each
 * replica keeps one listening connection; when it drops, notices may have been missed, so every
 * subscriber is told to forget everything, and the connection is opened again with back-off. A
 * cache using this keeps a TTL as well: that bounds staleness while the listener is away.
 *
 * LISTEN needs a session of its own: behind PgBouncer in transaction mode, give the listener a
 * direct (or session-mode) address in SIMPUL_LISTEN_URL; notices are sent on the ordinary pool.
 */
export class CacheInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidation.name);
  private readonly subscribers = new Map<string, Set<Invalidated>>();
  private client: pg.Client | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    readonly channel: string,
    private readonly listenUrl: string | undefined = process.env.SIMPUL_LISTEN_URL?.trim() || undefined,
  ) {
    if (!CHANNEL.test(channel)) throw new Error(`Invalid notification channel "${channel}"`);
  }

  /** Calls `listener` for each change of `topic` on any replica; returns the unsubscribe. */
  subscribe(topic: string, listener: Invalidated): () => void {
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Tells every replica that `key` of `topic` changed, when `db`'s transaction commits (at once outside one). */
  async publish(db: Queryable, topic: string, key: string): Promise<void> {
    await db.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify({ topic, key })]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.db.isInitialized) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const url = this.listenUrl ?? (this.db.options as { url?: string }).url;
    if (!url || this.stopped) return;
    const client = new pg.Client({ connectionString: url, application_name: `simpul-cache-${this.channel}` });
    client.on('notification', (message) => this.received(message.payload));
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.logger.warn(`cache notifications lost${error ? `: ${error.message}` : ''}; caches cleared, listening again`);
      this.forgetEverything();
      this.reconnectLater();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.logger.warn(`cannot listen for cache notifications: ${(error as Error).message}`);
      this.reconnectLater();
      return;
    }
    if (this.stopped) return void (await client.end());
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    // Whatever changed while nobody listened (the first start, or a gap) is unknown: start clean.
    this.forgetEverything();
  }

  private reconnectLater(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(LONGEST_RETRY_MS, this.retryMs * 2);
  }

  private received(payload: string | undefined): void {
    let notice: { topic?: unknown; key?: unknown };
    try {
      notice = JSON.parse(payload ?? '') as { topic?: unknown; key?: unknown };
    } catch {
      return;
    }
    if (typeof notice.topic !== 'string') return;
    const key = typeof notice.key === 'string' ? notice.key : null;
    for (const listener of this.subscribers.get(notice.topic) ?? []) listener(key);
  }

  private forgetEverything(): void {
    for (const set of this.subscribers.values()) for (const listener of set) listener(null);
  }
}
