import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  isSearchHitKind,
  jobsScheduledByDefault,
  one,
  rows,
  SEARCH_FEED_MAX_LIMIT,
  type JobSource,
  type SearchDocument,
  type SearchFeedSource,
  type SearchHitKindName,
  type ServiceJob,
} from '@simpul/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DELETE_GONE_FEED_DOCUMENTS,
  DELETE_GONE_REGISTRY_DOCUMENTS,
  UPSERT_FEED_DOCUMENTS,
  UPSERT_REGISTRY_DOCUMENTS,
} from './registry-documents-sql';
import { SearchMemory } from './memory/search-memory';
import { SEARCH_FEED_SOURCES } from './search-feed-sources.token';
import { refreshSearchSynonyms } from './search-synonyms';

/** Which kinds each service may feed: a service never writes another's kind. */
const KINDS_OF: Record<string, readonly SearchHitKindName[]> = {
  kipp: ['INNOVATION'],
  mpp: ['MALL'],
  evaluation: ['PUBLISHED_RESULT', 'OMBUDSMAN_RESULT'],
};

/** A full read (which also removes what is gone) at the first run of a process and then every hour. */
const FULL_EVERY_MS = 60 * 60 * 1000;
/** Incremental reads start this much before the last run: the services' clocks may differ a little. */
const OVERLAP_MS = 2 * 60 * 1000;

export interface SourceSyncResult {
  source: string;
  full: boolean;
  written: number;
  /** The registry's run only: documents whose vectors were recomputed because the synonym list changed. */
  reindexed?: number;
  error?: string;
}

/**
 * Keeps registry.search_documents in step: the registry's own units, services and agencies from its
 * tables, and the public rows of KIPP, MPP and evaluation from their GET /internal/search-documents.
 * A job every minute (and once shortly after start); a source that is down is left as it was, with
 * the error recorded in registry.search_sources, and tried again next minute.
 */
@Injectable()
export class SearchIndexSync implements JobSource, OnApplicationBootstrap {
  private readonly logger = new Logger('SearchIndex');
  /** Sources read in full by this process: the first run of a process is always a full one. */
  private readonly fullyRead = new Set<string>();

  constructor(
    private readonly db: DataSource,
    @Inject(SEARCH_FEED_SOURCES) private readonly sources: readonly SearchFeedSource[],
    private readonly memory: SearchMemory,
  ) {}

  /**
   * A started registry indexes its own rows at once, in the background, instead of waiting for the
   * job's first run: a search right after start (a fresh `npm start`, the end-to-end stack) already
   * finds the units. Only where jobs run (not under Jest, not with SIMPUL_JOBS=off).
   */
  onApplicationBootstrap(): void {
    if (!jobsScheduledByDefault() || !this.db.isInitialized) return;
    this.syncRegistry(new Date()).catch((error: unknown) =>
      this.logger.warn(
        `search index: the registry's own rows were not indexed at start (${error instanceof Error ? error.message : String(error)})`,
      ),
    );
  }

  jobs(): ServiceJob[] {
    return [{ name: 'search-index', cron: '* * * * *', run: (now) => this.run(now) }];
  }

  /** Every source, one after the other (the registry's own first). */
  async run(now: Date, options: { full?: boolean } = {}): Promise<SourceSyncResult[]> {
    const results = [await this.syncRegistry(now, options.full)];
    for (const source of this.sources) results.push(await this.syncSource(source, now, options.full));
    return results;
  }

  async syncRegistry(now: Date, forceFull?: boolean): Promise<SourceSyncResult> {
    const { full, since } = await this.plan('registry', now, forceFull);
    const result = await this.db.transaction(async (tx) => {
      // The synonym tokens first: a changed list re-indexes every document (the feeds' too) before new rows are written.
      const reindexed = await refreshSearchSynonyms(tx);
      if (reindexed > 0) this.logger.log(`search index: the synonym list changed; ${reindexed} documents re-indexed`);
      const written = await rows<{ source_id: string }>(tx, `${UPSERT_REGISTRY_DOCUMENTS} RETURNING d.source_id`, [now, since]);
      if (full) {
        await tx.query(DELETE_GONE_REGISTRY_DOCUMENTS);
        // Replicas read removals every second and reload in full after an hour without: a day is plenty.
        await tx.query(`DELETE FROM registry.search_removals WHERE removed_at < now() - interval '1 day'`);
      }
      await this.record(tx, 'registry', now, full, null);
      return { source: 'registry', full, written: written.length, reindexed };
    });
    // This process's copy of the index reads what was just written; other replicas within a second.
    await this.memory.refresh();
    return result;
  }

  async syncSource(source: SearchFeedSource, now: Date, forceFull?: boolean): Promise<SourceSyncResult> {
    const { full, since } = await this.plan(source.name, now, forceFull);
    const allowed = KINDS_OF[source.name] ?? [];
    const seen: { kind: string; id: string }[] = [];
    let written = 0;
    try {
      // Pages are written as they come (each page its own statement); a full read removes the rest at the end.
      let after: string | null = null;
      do {
        const page = await source.page({ since, after, limit: SEARCH_FEED_MAX_LIMIT });
        const documents = page.documents.filter((document) => this.acceptable(document, allowed, source.name));
        for (const document of documents) seen.push({ kind: document.kind, id: document.sourceId });
        if (documents.length > 0) {
          const changed = await rows(this.db, `${UPSERT_FEED_DOCUMENTS} RETURNING d.source_id`, [
            JSON.stringify(documents),
            source.name,
            now,
          ]);
          written += changed.length;
        }
        after = page.next;
      } while (after);
      if (full) {
        await this.db.query(DELETE_GONE_FEED_DOCUMENTS, [source.name, seen.map((item) => item.kind), seen.map((item) => item.id)]);
      }
      await this.record(this.db, source.name, now, full, null);
      await this.memory.refresh();
      return { source: source.name, full, written };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`search index: the ${source.name} service's documents were not read (${message}); the index keeps what it had`);
      await this.record(this.db, source.name, null, false, message);
      return { source: source.name, full, written, error: message };
    }
  }

  private acceptable(document: SearchDocument, allowed: readonly SearchHitKindName[], source: string): boolean {
    const ok =
      isSearchHitKind(document.kind) &&
      allowed.includes(document.kind) &&
      typeof document.sourceId === 'string' &&
      document.sourceId !== '' &&
      typeof document.title === 'string' &&
      document.title.trim() !== '' &&
      typeof document.url === 'string' &&
      document.url.startsWith('/');
    if (!ok)
      this.logger.warn(`search index: a ${source} document was left out (kind ${String(document.kind)}, id ${String(document.sourceId)})`);
    return ok;
  }

  private async plan(source: string, now: Date, forceFull?: boolean): Promise<{ full: boolean; since: Date | null }> {
    const state = await one<{ synced_at: Date | null; full_synced_at: Date | null }>(
      this.db,
      `SELECT synced_at, full_synced_at FROM registry.search_sources WHERE source = $1`,
      [source],
    );
    const full =
      forceFull === true ||
      !this.fullyRead.has(source) ||
      !state?.synced_at ||
      !state.full_synced_at ||
      now.getTime() - state.full_synced_at.getTime() >= FULL_EVERY_MS;
    return { full, since: full ? null : new Date(state.synced_at!.getTime() - OVERLAP_MS) };
  }

  private async record(
    db: DataSource | EntityManager,
    source: string,
    at: Date | null,
    full: boolean,
    error: string | null,
  ): Promise<void> {
    if (at && full) this.fullyRead.add(source);
    await db.query(
      `INSERT INTO registry.search_sources AS s (source, synced_at, full_synced_at, document_count, last_error, last_error_at)
       VALUES ($1, $2, CASE WHEN $3 THEN $2::timestamptz END, (SELECT count(*) FROM registry.search_documents WHERE source = $1), $4, CASE WHEN $4::text IS NOT NULL THEN now() END)
       ON CONFLICT (source) DO UPDATE SET
         synced_at = coalesce(excluded.synced_at, s.synced_at),
         full_synced_at = coalesce(excluded.full_synced_at, s.full_synced_at),
         document_count = excluded.document_count,
         last_error = excluded.last_error,
         last_error_at = coalesce(excluded.last_error_at, s.last_error_at)`,
      [source, at, full, error],
    );
  }
}
