import type { MemoryDocument } from './search-memory-index';
import { parseTsVector } from './tsvector-text';

/** A row of registry.search_documents as the copy in memory reads it (COLUMNS in search-memory.ts). */
export interface DocumentRow {
  kind: string;
  source_id: string;
  title: string;
  subtitle: string | null;
  url: string;
  rank_weight: number;
  change_xid: string;
  /** search_vector as text, parsed where the index is (a worker thread, when there is one). */
  vector: string;
}

export const toDocument = (row: DocumentRow): MemoryDocument => ({
  kind: row.kind,
  sourceId: row.source_id,
  title: row.title,
  subtitle: row.subtitle,
  url: row.url,
  rankWeight: row.rank_weight,
  changeXid: row.change_xid,
  vector: parseTsVector(row.vector),
});
