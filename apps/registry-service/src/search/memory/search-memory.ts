import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { rows, runInBackground } from '@simpul/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { SearchMemoryIndex, type MemoryDocument } from './search-memory-index';
import { parseTsVector } from './tsvector-text';

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

interface DocumentRow {
  kind: string;
  source_id: string;
  title: string;
  subtitle: string | null;
  url: string;
  rank_weight: number;
  change_xid: string;
  vector: string;
}

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

const toDocument = (row: DocumentRow): MemoryDocument => ({
  kind: row.kind,
  sourceId: row.source_id,
  title: row.title,
  subtitle: row.subtitle,
  url: row.url,
  rankWeight: row.rank_weight,
  changeXid: row.change_xid,
  vector: parseTsVector(row.vector),
});

/**
 * This process's copy of the search index (SearchMemoryIndex), kept fresh from
 * registry.search_documents: loaded in full at start (in one REPEATABLE READ snapshot), then every
 * second the documents written and removed since (change_xid, registry.search_removals), and at once
 * after this process's own index job wrote. Each replica keeps its own; none is a cache of answers,
 * every search is matched against the current documents. While it is not loaded, disabled
 * (SEARCH_MEMORY=off) or over its size bound, `index` is null and searches read PostgreSQL only.
 */
@Injectable()
export class SearchMemory implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchMemory');
  private current: SearchMemoryIndex | null = null;
  private horizon: string | null = null;
  private loadedAt = 0;
  private refreshedAt = 0;
  private running: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private readonly enabled = process.env.SEARCH_MEMORY !== 'off';
  private readonly maxDocuments = Number(process.env.SEARCH_MEMORY_MAX_DOCUMENTS ?? DEFAULT_MAX_DOCUMENTS);

  constructor(private readonly db: DataSource) {}

  /** The index to search, or null: search PostgreSQL. */
  get index(): SearchMemoryIndex | null {
    return this.current;
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

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
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
      (this.current?.deadRatio ?? 0) > MAX_DEAD_RATIO;
    if (due) return this.reload();
    const changes = await rows<DocumentRow & { op: 'put' | 'gone' | 'horizon'; horizon: string }>(this.db, CHANGES_SQL, [this.horizon], {
      prepared: true,
    });
    const index = this.current;
    if (index) {
      if (index.size + changes.length > this.maxDocuments) return this.reload();
      for (const change of changes) {
        if (change.op === 'put') index.put(toDocument(change));
        else if (change.op === 'gone') index.remove(change.kind, change.source_id);
      }
    }
    this.horizon = changes.find((change) => change.op === 'horizon')!.horizon;
    this.refreshedAt = now;
  }

  /** Everything, in one snapshot, into a new index that replaces the old one when complete. */
  private async reload(): Promise<void> {
    const started = Date.now();
    const loaded = await this.db.transaction('REPEATABLE READ', async (tx: EntityManager) => {
      const [{ horizon, total }] = await rows<{ horizon: string; total: number }>(tx, HORIZON_SQL);
      if (total > this.maxDocuments) return { index: null, horizon, total };
      const index = new SearchMemoryIndex();
      let last: DocumentRow | null = null;
      for (;;) {
        const batch: DocumentRow[] = await rows<DocumentRow>(tx, LOAD_SQL, [last?.kind ?? null, last?.source_id ?? null]);
        for (const row of batch) index.put(toDocument(row));
        if (batch.length < LOAD_BATCH) break;
        last = batch[batch.length - 1];
      }
      index.seal();
      return { index, horizon, total };
    });
    if (!loaded.index && (this.current !== null || this.horizon === null)) {
      this.logger.warn(
        `search index: ${loaded.total} documents are more than SEARCH_MEMORY_MAX_DOCUMENTS (${this.maxDocuments}); searching PostgreSQL only`,
      );
    }
    this.current = loaded.index;
    this.horizon = loaded.horizon;
    this.loadedAt = this.refreshedAt = started;
    if (loaded.index && loaded.total > 0) {
      this.logger.log(`search index: ${loaded.index.size} documents in memory, loaded in ${Date.now() - started} ms`);
    }
  }

  private warn(what: string, error: unknown): void {
    this.logger.warn(
      `search index in memory ${what} (${error instanceof Error ? error.message : String(error)}); searching PostgreSQL meanwhile`,
    );
  }
}
