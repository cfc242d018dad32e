import { Injectable } from '@nestjs/common';
import {
  freeWords,
  indexedQueryTerms,
  offsetConnection,
  offsetPage,
  type OffsetPage,
  parseSearchText,
  rows,
  SEARCH_HIT_KINDS,
  toTsQuery,
  type QueryPart,
} from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { SearchMemory } from './memory/search-memory';
import type { MemoryPage } from './memory/search-memory-index';
import { SearchHitKind, type SearchHit, type SearchHitConnection } from './search-hit.model';
import { SCORE_SQL } from './search-score';

/**
 * Typed words that are in no document (not even as the start of one) are replaced by the most
 * similar word of the index (pg_trgm similarity on registry.search_lexicon, its GIN index). The
 * prefix check is a range on the C-collated primary key, so each word is two index lookups. Asked
 * only when a search matches nothing at all (see `search`), so a search that finds is one statement.
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
 * Synonym parts are asked as their group's token: every document carries the tokens of the groups its
 * text holds (registry.search_synonyms, migration 1766800000000-search-synonym-tokens), so the query
 * reads one short posting list instead of every term's words.
 */
const INDEXED_SYNONYMS = { indexedSynonyms: true };

/** How many of the best-placed matches are ranked with ts_rank (pages up to 25 × 20 are fully ranked). */
export const RANKED_CANDIDATES = 500;

/**
 * One statement. The matches (GIN index on the stored vector) are collected once, narrow, with a
 * cheap placement: whether the title alone matches (the same query restricted to weight A) and the
 * document's stored rank_weight (the length normalisation and kind bonus ts_rank's score uses).
 * Only the best RANKED_CANDIDATES of them get the full score, ts_rank with the title weighing most,
 * normalised by document length, plus a small bonus per kind so that, scores equal, a unit comes
 * before its services; the rest follow in placement order with score 0 (the Append runs its
 * branches in order, so the second one is only read for pages past the candidates). Counts per kind
 * are over every match. The tsqueries are built once (MATERIALIZED), not per row.
 */
const SEARCH_SQL = `
  WITH q AS MATERIALIZED (SELECT to_tsquery('simple', $1) AS query, to_tsquery('simple', $2) AS title_query),
  matches AS MATERIALIZED (
    SELECT d.kind, d.source_id, (d.search_vector @@ q.title_query)::int + d.rank_weight AS placement
    FROM q, registry.search_documents d
    WHERE d.search_vector @@ q.query
  ),
  candidates AS MATERIALIZED (
    SELECT kind, source_id FROM matches WHERE kind = ANY($3::text[]) ORDER BY placement DESC, kind COLLATE "C", source_id COLLATE "C" LIMIT $6
  ),
  ranked AS (
    SELECT d.kind, d.source_id, ${SCORE_SQL} AS score
    FROM q, candidates c JOIN registry.search_documents d ON d.kind = c.kind AND d.source_id = c.source_id
  ),
  page AS (
    SELECT * FROM (
      (SELECT 0 AS tier, kind, source_id, score, 0::real AS placement FROM ranked ORDER BY score DESC, kind COLLATE "C", source_id COLLATE "C")
      UNION ALL
      (SELECT 1, kind, source_id, 0::real, placement FROM matches WHERE kind = ANY($3::text[]) ORDER BY placement DESC, kind COLLATE "C", source_id COLLATE "C" OFFSET $6)
    ) ordered LIMIT $4 OFFSET $5
  )
  SELECT 'facet' AS row_type, kind, NULL AS source_id, NULL AS title, NULL AS subtitle, NULL AS url, NULL::real AS score, NULL::int AS tier, NULL::real AS placement, count(*)::int AS count
    FROM matches GROUP BY kind
  UNION ALL
  SELECT 'hit', d.kind, d.source_id, d.title, d.subtitle, d.url, p.score, p.tier, p.placement, NULL
    FROM page p JOIN registry.search_documents d ON d.kind = p.kind AND d.source_id = p.source_id`;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface SearchRow {
  row_type: 'facet' | 'hit';
  kind: SearchHitKind;
  source_id: string;
  title: string;
  subtitle: string | null;
  url: string;
  score: number;
  tier: number;
  placement: number;
  count: number;
}

@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly memory: SearchMemory,
  ) {}

  async search(text: string, first?: number | null, after?: string | null, kinds?: SearchHitKind[] | null): Promise<SearchHitConnection> {
    const parts = parseSearchText(text);
    const page = offsetPage(first, after);
    const wanted = kinds && kinds.length > 0 ? kinds : [...SEARCH_HIT_KINDS];
    let corrected = new Map<string, string>();
    let found = await this.find(parts, corrected, wanted, page);
    // Every word must match, so a word that is in no document (the only kind corrected) leaves no
    // match of any kind: only then is the word list asked, and the search run again if it corrected.
    if (!found.some((row) => row.row_type === 'facet')) {
      corrected = await this.corrections(parts);
      if (corrected.size > 0) found = await this.find(parts, corrected, wanted, page);
    }
    // The join to the documents does not keep the page's order: put it back (ranked, then placed;
    // ties by kind and id in byte order, as COLLATE "C" picked the page).
    const hits: SearchHit[] = found
      .filter((row) => row.row_type === 'hit')
      .sort(
        (a, b) =>
          a.tier - b.tier || b.score - a.score || b.placement - a.placement || byCode(a.kind, b.kind) || byCode(a.source_id, b.source_id),
      )
      .map((row) => ({ kind: row.kind, id: row.source_id, title: row.title, subtitle: row.subtitle, url: row.url, score: row.score }));
    const facetCounts = new Map(found.filter((row) => row.row_type === 'facet').map((row) => [row.kind, row.count]));
    const total = wanted.reduce((sum, kind) => sum + (facetCounts.get(kind as SearchHitKind) ?? 0), 0);
    return {
      ...offsetConnection(hits, total, page),
      facets: SEARCH_HIT_KINDS.filter((kind) => facetCounts.has(kind as SearchHitKind)).map((kind) => ({
        kind: kind as SearchHitKind,
        count: facetCounts.get(kind as SearchHitKind)!,
      })),
      correctedText: corrected.size > 0 ? parts.map((part) => corrected.get(part.typed) ?? part.typed).join(' ') : null,
    };
  }

  private async find(
    parts: readonly QueryPart[],
    corrected: ReadonlyMap<string, string>,
    wanted: readonly string[],
    page: OffsetPage,
  ): Promise<SearchRow[]> {
    const found = this.memory.search({
      terms: indexedQueryTerms(parts, corrected),
      wanted: [...wanted],
      offset: page.offset,
      limit: page.limit + 1,
      ranked: RANKED_CANDIDATES,
    });
    if (found) return this.rowsOf(await found);
    return rows<SearchRow>(
      this.db,
      SEARCH_SQL,
      [
        toTsQuery(parts, corrected, '', INDEXED_SYNONYMS),
        toTsQuery(parts, corrected, 'A', INDEXED_SYNONYMS),
        wanted,
        page.limit + 1,
        page.offset,
        RANKED_CANDIDATES,
      ],
      { prepared: true },
    );
  }

  /** The same rows as SEARCH_SQL, from a page the copy of the index answered. */
  private rowsOf({ counts, hits }: MemoryPage): SearchRow[] {
    const facets = [...counts].map(([kind, count]) => ({ row_type: 'facet', kind, count }) as SearchRow);
    return [
      ...facets,
      ...hits.map(
        (hit) =>
          ({
            row_type: 'hit',
            kind: hit.kind,
            source_id: hit.sourceId,
            title: hit.title,
            subtitle: hit.subtitle,
            url: hit.url,
            score: hit.score,
            tier: hit.tier,
            placement: hit.placement,
          }) as SearchRow,
      ),
    ];
  }

  private async corrections(parts: readonly QueryPart[]): Promise<Map<string, string>> {
    const words = freeWords(parts);
    if (words.length === 0) return new Map();
    const found = await rows<{ word: string; closest: string | null }>(this.db, CORRECTIONS_SQL, [words], { prepared: true });
    return new Map(found.filter((row) => row.closest !== null && row.closest !== row.word).map((row) => [row.word, row.closest!]));
  }
}
