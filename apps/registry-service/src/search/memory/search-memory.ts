import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { rows, runInBackground } from '@simpul/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import type { DocumentRow } from './document-row';
import { LocalIndexHost, type IndexHost, type IndexSearch, type IndexStats } from './index-host';
import type { MemoryPage } from './search-memory-index';
import { WorkerIndexHost } from './worker-index-host';

/** How often a process reads what changed (other replicas' and the index job's writes). */
export const MEMORY_REFRESH_MS = 1000;
/** A full reload (which also compacts dead slots) at least this often, and when a process fell this far behind. */
const FULL_RELOAD_MS = 60 * 60 * 1000;
/** Above this share of dead slots the index is rebuilt. */
const MAX_DEAD_RATIO = 0.25;
/** Rows per read of a full load. */
const LOAD_BATCH = 1000;
/** Above this many documents the process keeps no copy and searches PostgreSQL only (memory bound; SEARCH_MEMORY_MAX_DOCUMENTS). */
const DEFAULT_MAX_DOCUMENTS = 300_000;

// The vector as text (its lexemes in stored order, with positions and weights), parsed here.
const COLUMNS = `d.kind, d.source_id, d.title, d.subtitle, d.url, d.rank_weight, d.change_xid::text AS change_xid, d.search_vector::text AS vector`;

/** The horizon first: everything committed before it is in what the same snapshot reads. */
const HORIZON_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, (SELECT count(*)::int FROM registry.search_documents) AS total`;

const LOAD_SQL = `
  SELECT ${COLUMNS} FROM registry.search_documents d
  WHERE ($1::text IS NULL OR (d.kind, d.source_id) > ($1, $2)) ORDER BY d.kind, d.source_id LIMIT ${LOAD_BATCH}`;

/**
 * One statement, one snapshot: the documents written by transactions from $1 on, the removed ones
 * that are gone now (a removed and re-added document stays), and the new horizon.
 */
const CHANGES_SQL = `
  WITH h AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon)
  SELECT 'put' AS op, ${COLUMNS}, h.horizon::text AS horizon
    FROM h, registry.search_documents d WHERE d.change_xid >= $1::xid8
  UNION ALL
  SELECT 'gone', r.kind, r.source_id, NULL, NULL, NULL, NULL, NULL, NULL, h.horizon::text
    FROM h, registry.search_removals r
    WHERE r.change_xid >= $1::xid8
      AND NOT EXISTS (SELECT 1 FROM registry.search_documents d WHERE d.kind = r.kind AND d.source_id = r.source_id)
  UNION ALL
  SELECT 'horizon', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, h.horizon::text FROM h`;

/**
 * This process's copy of the search index (SearchMemoryIndex), kept fresh from
 * registry.search_documents: loaded in full at start (in one REPEATABLE READ snapshot), then every
 * second the documents written and removed since (change_xid, registry.search_removals), and at once
 * after this process's own index job wrote. Each replica keeps its own; none is a cache of answers,
 * every search is matched against the current documents. The index lives in a worker thread
 * (WorkerIndexHost; with SEARCH_MEMORY_WORKER=off, or run from the TypeScript sources as Jest does,
 * which a worker cannot load: in the main thread). While it is not loaded, disabled (SEARCH_MEMORY=off),
 * over its size bound or its worker failed, `search` answers null and searches read PostgreSQL only.
 */
@Injectable()
export class SearchMemory implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchMemory');
  private host: IndexHost | null = null;
  /** What the host searches, once loaded; null: nothing loaded (or over the bound). */
  private stats: IndexStats | null = null;
  private horizon: string | null = null;
  private loadedAt = 0;
  private refreshedAt = 0;
  private running: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private readonly enabled = process.env.SEARCH_MEMORY !== 'off';
  private readonly maxDocuments = Number(process.env.SEARCH_MEMORY_MAX_DOCUMENTS ?? DEFAULT_MAX_DOCUMENTS);
  // A worker thread runs the built bundle's worker chunk: the TypeScript sources (Jest) keep the index in the main thread.
  private readonly inWorker = process.env.SEARCH_MEMORY_WORKER !== 'off' && !__filename.endsWith('.ts');

  constructor(private readonly db: DataSource) {}

  /** Live documents in the copy, or null when there is none to search. */
  get size(): number | null {
    return this.stats?.size ?? null;
  }

  /** A page of a search answered by the copy, or null: search PostgreSQL. */
  search(search: IndexSearch): Promise<MemoryPage> | null {
    return this.stats && this.host ? this.host.search(search) : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled || !this.db.isInitialized) return;
    // Loaded before the process reports healthy: a replica in the pool answers from its copy at once.
    await this.refresh().catch((error: unknown) => this.warn('not loaded at start', error));
    this.timer = setInterval(
      () => void runInBackground(() => this.refresh()).catch((error: unknown) => this.warn('not refreshed', error)),
      MEMORY_REFRESH_MS,
    );
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.host?.close();
    this.host = this.stats = null;
  }

  /** Reads what changed (or everything, when due or `full`); calls run one after the other. */
  refresh(full = false): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    const next = this.running.then(() => (full ? this.reload() : this.step()));
    this.running = next.catch(() => undefined);
    return next;
  }

  private async step(): Promise<void> {
    const now = Date.now();
    const due =
      this.horizon === null ||
      now - this.loadedAt >= FULL_RELOAD_MS ||
      now - this.refreshedAt >= FULL_RELOAD_MS ||
      (this.stats?.deadRatio ?? 0) > MAX_DEAD_RATIO;
    if (due) return this.reload();
    const changes = await rows<DocumentRow & { op: 'put' | 'gone' | 'horizon'; horizon: string }>(this.db, CHANGES_SQL, [this.horizon], {
      prepared: true,
    });
    if (this.stats && this.host) {
      if (this.stats.size + changes.length > this.maxDocuments) return this.reload();
      this.stats = await this.host.change(
        changes.filter((change) => change.op === 'put'),
        changes.filter((change) => change.op === 'gone').map((change) => ({ kind: change.kind, sourceId: change.source_id })),
      );
    }
    this.horizon = changes.find((change) => change.op === 'horizon')!.horizon;
    this.refreshedAt = now;
  }

  /** Everything, in one snapshot, into a new index that replaces the old one when complete. */
  private async reload(): Promise<void> {
    const started = Date.now();
    const host = (this.host ??= this.newHost());
    const loaded = await this.db.transaction('REPEATABLE READ', async (tx: EntityManager) => {
      const [{ horizon, total }] = await rows<{ horizon: string; total: number }>(tx, HORIZON_SQL);
      if (total > this.maxDocuments) return { stats: null, horizon, total };
      await host.begin();
      let last: DocumentRow | null = null;
      for (;;) {
        const batch: DocumentRow[] = await rows<DocumentRow>(tx, LOAD_SQL, [last?.kind ?? null, last?.source_id ?? null]);
        await host.load(batch);
        if (batch.length < LOAD_BATCH) break;
        last = batch[batch.length - 1];
      }
      return { stats: await host.commit(), horizon, total };
    });
    if (!loaded.stats && (this.stats !== null || this.horizon === null)) {
      this.logger.warn(
        `search index: ${loaded.total} documents are more than SEARCH_MEMORY_MAX_DOCUMENTS (${this.maxDocuments}); searching PostgreSQL only`,
      );
    }
    if (!loaded.stats) {
      // Over the bound the old copy goes too (and its worker): nothing is searched in memory.
      this.host = null;
      await host.close();
    }
    this.stats = loaded.stats;
    this.horizon = loaded.horizon;
    this.loadedAt = this.refreshedAt = started;
    if (loaded.stats && loaded.total > 0) {
      this.logger.log(
        `search index: ${loaded.stats.size} documents in memory${this.inWorker ? ' (worker thread)' : ''}, loaded in ${Date.now() - started} ms`,
      );
    }
  }

  private newHost(): IndexHost {
    if (!this.inWorker) return new LocalIndexHost();
    const host = new WorkerIndexHost((error) => {
      // Searches read PostgreSQL until the next refresh starts a new worker and loads it in full.
      if (this.host === host) this.host = this.stats = this.horizon = null;
      this.warn('lost (its worker thread failed)', error);
    });
    return host;
  }

  private warn(what: string, error: unknown): void {
    this.logger.warn(
      `search index in memory ${what} (${error instanceof Error ? error.message : String(error)}); searching PostgreSQL meanwhile`,
    );
  }
}
