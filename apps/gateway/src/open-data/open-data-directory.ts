import { fetchOpenDataCatalog, type OpenDataCatalogEntry } from '@simpul/service-kit';
import type { GatewayConfig } from '../config/gateway-config';
import { urlBesideGraphql } from '../config/subgraph-endpoints';

/** One service's part of the catalogue, with where its downloads are served. */
export interface OwnedEntry {
  entry: OpenDataCatalogEntry;
  /** Where the owning subgraph's routes start (its /graphql URL without /graphql, no trailing slash). */
  base: string;
  subgraph: string;
}

/** How long the merged catalogue is kept: `modified` moves at most this late. */
const TTL_MS = 30_000;
const CATALOG_TIMEOUT_MS = 5_000;

/**
 * Asks every subgraph for its open-data catalogue (GET /open-data/catalog beside its /graphql) and
 * keeps the merged list for 30 s. A subgraph without open data (404) is skipped; one that fails is
 * left out of this answer with a warning, and asked again next time: the others' datasets stay
 * downloadable. No list of datasets lives in the gateway: a service that adds one is found.
 */
export class OpenDataDirectory {
  private cached: { at: number; entries: OwnedEntry[] } | null = null;
  private pending: Promise<OwnedEntry[]> | null = null;

  constructor(
    private readonly config: GatewayConfig,
    private readonly now: () => number = Date.now,
  ) {}

  async entries(): Promise<OwnedEntry[]> {
    if (this.cached && this.now() - this.cached.at < TTL_MS) return this.cached.entries;
    this.pending ??= this.load().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  async owner(id: string): Promise<OwnedEntry | undefined> {
    return (await this.entries()).find((owned) => owned.entry.identifier === id);
  }

  private async load(): Promise<OwnedEntry[]> {
    let complete = true;
    const parts = await Promise.all(
      this.config.subgraphs.map(async (subgraph) => {
        const base = urlBesideGraphql(subgraph.url, '').replace(/\/$/, '');
        try {
          const entries = await fetchOpenDataCatalog(base, this.config.internalSecret, AbortSignal.timeout(CATALOG_TIMEOUT_MS));
          return entries.map((entry) => ({ entry, base, subgraph: subgraph.name }));
        } catch (error) {
          const message = (error as Error).message;
          if (!message.endsWith('HTTP 404')) {
            complete = false;
            this.config.log({ level: 'warn', msg: 'open data catalogue unavailable', subgraph: subgraph.name, error: message });
          }
          return [];
        }
      }),
    );
    const entries = parts.flat().sort((a, b) => a.entry.identifier.localeCompare(b.entry.identifier));
    // A partial answer is not kept: the next request asks the missing service again.
    this.cached = complete ? { at: this.now(), entries } : null;
    return entries;
  }
}
