import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored per-document ranking weight, so a search ranks with `ts_rank` only a few hundred
 * candidates instead of every match (issue #16 bench: 12,451 matches for "dinas kabupaten"). The
 * weight is what `ts_rank(…, 1)` divides by (1 + log of the document's word count), as 1/ln, plus the
 * small per-kind bonus the score adds; the search orders matches by "title matches" and then this
 * weight to pick the candidates. Computed from the same columns as search_vector (a generated
 * column may not read another one).
 */
export class SearchRankWeight1766700000000 implements MigrationInterface {
  name = 'SearchRankWeight1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION registry.search_rank_weight(kind text, title text, subtitle text, body text) RETURNS real
      IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
        SELECT (1 / ln(2 + coalesce((SELECT sum(coalesce(array_length(positions, 1), 1))
            FROM unnest(to_tsvector('simple'::regconfig, registry.search_key(title || ' ' || coalesce(subtitle, '') || ' ' || body)))), 0)))::real
          + CASE kind WHEN 'SERVICE_UNIT' THEN 0.03 WHEN 'AGENCY' THEN 0.02 WHEN 'MALL' THEN 0.02 WHEN 'SERVICE' THEN 0.01 ELSE 0 END::real
      $$`);
    await db.query(`
      ALTER TABLE registry.search_documents
        ADD COLUMN rank_weight real GENERATED ALWAYS AS (registry.search_rank_weight(kind, title, subtitle, body)) STORED`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.search_documents DROP COLUMN rank_weight`);
    await db.query(`DROP FUNCTION registry.search_rank_weight(text, text, text, text)`);
  }
}
