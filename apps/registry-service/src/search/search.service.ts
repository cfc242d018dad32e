import { Injectable } from '@nestjs/common';
import {
  freeWords,
  offsetConnection,
  offsetPage,
  parseSearchText,
  rows,
  SEARCH_HIT_KINDS,
  toTsQuery,
  type QueryPart,
} from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { SearchHitKind, type SearchHit, type SearchHitConnection } from './search-hit.model';

/**
 * Typed words that are in no document (not even as the start of one) are replaced by the most
 * similar word of the index (pg_trgm similarity on registry.search_lexicon, its GIN index). The
 * prefix check is a range on the C-collated primary key, so each word is two index lookups.
 */
const CORRECTIONS_SQL = `
  SELECT w.word,
    CASE WHEN length(w.word) < 4 OR w.word ~ '[0-9]'
           OR EXISTS (SELECT 1 FROM registry.search_lexicon l WHERE l.word >= w.word AND l.word < w.word || chr(1114111))
      THEN NULL
      ELSE (SELECT l.word FROM registry.search_lexicon l WHERE l.word % w.word ORDER BY similarity(l.word, w.word) DESC, l.word LIMIT 1)
    END AS closest
  FROM unnest($1::text[]) AS w(word)`;

/**
 * One statement: the matches (GIN index on the stored vector) scored once, narrow; the count per
 * kind over all of them; the page of the kinds asked for, best first. The score is ts_rank with the
 * title weighing most, normalised by document length (a short title that is all the words wins over
 * a long one that merely contains them), plus a small bonus per kind so that, scores equal, a unit
 * comes before its services. The tsquery is built once (MATERIALIZED), not per row.
 */
const SEARCH_SQL = `
  WITH q AS MATERIALIZED (SELECT to_tsquery('simple', $1) AS query),
  matches AS MATERIALIZED (
    SELECT d.kind, d.source_id,
      ts_rank('{0.05, 0.2, 0.5, 1.0}', d.search_vector, q.query, 1)
        + CASE d.kind WHEN 'SERVICE_UNIT' THEN 0.03 WHEN 'AGENCY' THEN 0.02 WHEN 'MALL' THEN 0.02 WHEN 'SERVICE' THEN 0.01 ELSE 0 END AS score
    FROM q, registry.search_documents d
    WHERE d.search_vector @@ q.query
  ),
  facets AS (SELECT kind, count(*)::int AS count FROM matches GROUP BY kind),
  chosen AS MATERIALIZED (SELECT * FROM matches WHERE kind = ANY($2::text[])),
  page AS (SELECT * FROM chosen ORDER BY score DESC, kind, source_id LIMIT $3 OFFSET $4)
  SELECT 'facet' AS row_type, f.kind, NULL AS source_id, NULL AS title, NULL AS subtitle, NULL AS url, NULL::real AS score, f.count
    FROM facets f
  UNION ALL
  SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*)::int FROM chosen)
  UNION ALL
  SELECT 'hit', d.kind, d.source_id, d.title, d.subtitle, d.url, p.score, NULL
    FROM page p JOIN registry.search_documents d ON d.kind = p.kind AND d.source_id = p.source_id`;

interface SearchRow {
  row_type: 'facet' | 'total' | 'hit';
  kind: SearchHitKind;
  source_id: string;
  title: string;
  subtitle: string | null;
  url: string;
  score: number;
  count: number;
}

@Injectable()
export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(text: string, first?: number | null, after?: string | null, kinds?: SearchHitKind[] | null): Promise<SearchHitConnection> {
    const parts = parseSearchText(text);
    const page = offsetPage(first, after);
    const corrected = await this.corrections(parts);
    const wanted = kinds && kinds.length > 0 ? kinds : [...SEARCH_HIT_KINDS];
    const found = await rows<SearchRow>(this.db, SEARCH_SQL, [toTsQuery(parts, corrected), wanted, page.limit + 1, page.offset], {
      prepared: true,
    });
    const hits: SearchHit[] = found
      .filter((row) => row.row_type === 'hit')
      .sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.source_id.localeCompare(b.source_id))
      .map((row) => ({ kind: row.kind, id: row.source_id, title: row.title, subtitle: row.subtitle, url: row.url, score: row.score }));
    const facetCounts = new Map(found.filter((row) => row.row_type === 'facet').map((row) => [row.kind, row.count]));
    const total = found.find((row) => row.row_type === 'total')?.count ?? 0;
    return {
      ...offsetConnection(hits, total, page),
      facets: SEARCH_HIT_KINDS.filter((kind) => facetCounts.has(kind as SearchHitKind)).map((kind) => ({
        kind: kind as SearchHitKind,
        count: facetCounts.get(kind as SearchHitKind)!,
      })),
      correctedText: corrected.size > 0 ? parts.map((part) => corrected.get(part.typed) ?? part.typed).join(' ') : null,
    };
  }

  private async corrections(parts: readonly QueryPart[]): Promise<Map<string, string>> {
    const words = freeWords(parts);
    if (words.length === 0) return new Map();
    const found = await rows<{ word: string; closest: string | null }>(this.db, CORRECTIONS_SQL, [words], { prepared: true });
    return new Map(found.filter((row) => row.closest !== null && row.closest !== row.word).map((row) => [row.word, row.closest!]));
  }
}
