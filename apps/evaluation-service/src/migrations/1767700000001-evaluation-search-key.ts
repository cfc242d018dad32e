import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * evaluation.search_key: a lokus's unit name lower-cased and without accents, so the lokus list's
 * search box reads what people type as the registry's lists do (listSearchCondition of
 * @simpul/service-kit: "samsat kalsel" finds "SAMSAT Kalimantan Selatan"). unaccent() is only
 * STABLE; the wrapper pins the dictionary so it can be IMMUTABLE, as registry.search_key is.
 */
export class EvaluationSearchKey1767700000001 implements MigrationInterface {
  name = 'EvaluationSearchKey1767700000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await db.query(`
      CREATE FUNCTION evaluation.search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The extension stays: other schemas of the same database may use it.
    await db.query(`DROP FUNCTION evaluation.search_key(text)`);
  }
}
