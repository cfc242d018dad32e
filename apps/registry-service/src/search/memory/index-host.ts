import type { IndexedQueryTerm } from '@simpul/service-kit';
import { toDocument, type DocumentRow } from './document-row';
import { SearchMemoryIndex, type MemoryPage } from './search-memory-index';

/** How big the index being searched is: the owner reloads past a size bound or too many dead slots. */
export interface IndexStats {
  size: number;
  deadRatio: number;
}

/** A search as the index takes it (search-memory-index.ts `search`). */
export interface IndexSearch {
  terms: IndexedQueryTerm[];
  wanted: string[];
  offset: number;
  limit: number;
  ranked: number;
}

/**
 * Where this process's copy of the index lives: in the process's own thread (LocalIndexHost) or in
 * a worker thread (WorkerIndexHost). `begin`, `load` and `commit` build a new index while the
 * current one answers; `change` applies what changed to the current one.
 */
export interface IndexHost {
  begin(): Promise<void>;
  load(rows: DocumentRow[]): Promise<void>;
  commit(): Promise<IndexStats>;
  change(puts: DocumentRow[], gone: { kind: string; sourceId: string }[]): Promise<IndexStats>;
  search(search: IndexSearch): Promise<MemoryPage>;
  close(): Promise<void>;
}

/** The index in the calling thread. */
export class LocalIndexHost implements IndexHost {
  private current: SearchMemoryIndex | null = null;
  private next: SearchMemoryIndex | null = null;

  begin(): Promise<void> {
    this.next = new SearchMemoryIndex();
    return Promise.resolve();
  }

  load(rows: DocumentRow[]): Promise<void> {
    for (const row of rows) this.next!.put(toDocument(row));
    return Promise.resolve();
  }

  commit(): Promise<IndexStats> {
    this.next!.seal();
    this.current = this.next;
    this.next = null;
    return Promise.resolve(this.stats());
  }

  change(puts: DocumentRow[], gone: { kind: string; sourceId: string }[]): Promise<IndexStats> {
    for (const row of puts) this.current?.put(toDocument(row));
    for (const { kind, sourceId } of gone) this.current?.remove(kind, sourceId);
    return Promise.resolve(this.stats());
  }

  search({ terms, wanted, offset, limit, ranked }: IndexSearch): Promise<MemoryPage> {
    return Promise.resolve(this.current!.search(terms, new Set(wanted), offset, limit, ranked));
  }

  close(): Promise<void> {
    this.current = this.next = null;
    return Promise.resolve();
  }

  private stats(): IndexStats {
    return { size: this.current?.size ?? 0, deadRatio: this.current?.deadRatio ?? 0 };
  }
}
