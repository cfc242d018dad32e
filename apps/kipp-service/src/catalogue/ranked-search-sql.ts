/**
 * The statements of the catalogue search, measured with EXPLAIN (ANALYZE, BUFFERS) over 26,000
 * innovations (bench/kipp). Common words match 1,400–2,200 rows; the former statement carried every
 * matching row at full width (title, summary, 16 columns) through `count(*) OVER ()` and sorted all of
 * them, about 6 ms per search on a quiet machine. Here the matches are collected once, narrow (id,
 * year, rank), straight from the GIN index on the stored folded vector; the total is counted over
 * that narrow set (exact, no second index scan) and only the rows of the page are read in full by
 * primary key: about 2 ms. The tsquery is built once in a MATERIALIZED CTE: inlined, a generic
 * (prepared) plan evaluated `to_tsquery(kipp.fold($1))` for every matching row, 30–50 ms.
 */

/** Lists the innovation columns the GraphQL model needs, read only for the rows of a page. */
export const INNOVATION_COLUMNS = `i.id, i.title, i.summary, i.service_unit_id, i.agency_id, i.agency_type, i.region_code, i.province_code, i.category, i.group_code,
  i.first_year, i.latest_year, i.award, i.replicates_id, i.status, i.status_reason`;

/** The words as a prefix-match tsquery, folded like the stored vector: `perizi` finds `perizinan`. */
export const prefixQuerySql = (textParam: string) => `to_tsquery('simple', kipp.fold(${textParam}))`;

/**
 * The words with every word that is not a prefix of any catalogue word replaced by the most similar
 * one of `kipp.search_lexicon` (pg_trgm `%` with its similarity threshold, on the trigram GIN index),
 * as a tsquery: part of the rerun statement, so a typo costs one round trip more, not two. The words
 * hold only letters and digits (`searchWords`), so they need no LIKE escaping.
 */
export const correctedQuerySql = (wordsParam: string) => `(
  SELECT to_tsquery('simple', string_agg(c.word || ':*', ' & ' ORDER BY u.position))
  FROM unnest(${wordsParam}::text[]) WITH ORDINALITY AS u(raw, position),
       LATERAL (SELECT kipp.fold(u.raw) AS folded) f,
       LATERAL (SELECT CASE WHEN EXISTS (SELECT 1 FROM kipp.search_lexicon l WHERE l.word LIKE f.folded || '%') THEN f.folded
         ELSE coalesce((SELECT l.word FROM kipp.search_lexicon l WHERE l.word % f.folded ORDER BY similarity(l.word, f.folded) DESC, l.word LIMIT 1), f.folded)
         END AS word) c)`;

/**
 * One page of a ranked search and the exact number of matches, in one statement that always returns
 * at least one row (the total; page columns NULL when the page is empty). Order: ts_rank, then the
 * newest competition, then id, all descending, so `(rank, latest_year, id) < cursor` is the next page.
 */
export function rankedSearchSql(options: {
  tsquery: string;
  filters: string;
  cursor: { rank: string; latestYear: string; id: string } | null;
  limit: number;
}): string {
  const after = options.cursor
    ? `(m.rank, m.latest_year, m.id) < (${options.cursor.rank}::real, ${options.cursor.latestYear}::int, ${options.cursor.id}::uuid)`
    : 'true';
  return `
    WITH q AS MATERIALIZED (SELECT ${options.tsquery} AS query),
    matches AS MATERIALIZED (
      SELECT i.id, i.latest_year, ts_rank(i.search_vector, q.query) AS rank
      FROM q, kipp.innovations i
      WHERE i.search_vector @@ q.query AND ${options.filters}
    ),
    page AS (SELECT m.* FROM matches m WHERE ${after} ORDER BY m.rank DESC, m.latest_year DESC, m.id DESC LIMIT ${options.limit})
    SELECT t.total, p.rank::text AS rank_text, ${INNOVATION_COLUMNS}
    FROM (SELECT count(*)::int AS total FROM matches) t
    LEFT JOIN (page p JOIN kipp.innovations i ON i.id = p.id) ON true
    ORDER BY p.rank DESC, p.latest_year DESC, p.id DESC`;
}

/**
 * A page of the catalogue without search words (browsing, winners of a year), by position, and the
 * exact count of the filtered catalogue, in one statement that always returns the total.
 */
export function browseSql(options: { filters: string; limit: number; offset: number }): string {
  return `
    SELECT t.total, p.*
    FROM (SELECT count(*)::int AS total FROM kipp.innovations i WHERE ${options.filters}) t
    LEFT JOIN LATERAL (
      SELECT ${INNOVATION_COLUMNS} FROM kipp.innovations i WHERE ${options.filters}
      ORDER BY i.latest_year DESC, i.award DESC, i.title, i.id LIMIT ${options.limit} OFFSET ${options.offset}
    ) p ON true
    ORDER BY p.latest_year DESC, p.award DESC, p.title, p.id`;
}
