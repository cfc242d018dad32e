import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mpp.search_key: a mall's name lower-cased and without accents, so the malls' search box finds
 * "Banjarmasin" from "BANJARMASIN" or "Bánjarmasin" as the registry's lists do (listSearchCondition
 * of @simpul/service-kit). unaccent() is only STABLE; the wrapper pins the dictionary so it can be
 * IMMUTABLE, as registry.search_key is.
 */
export class MppSearchKey1767700000000 implements MigrationInterface {
  name = 'MppSearchKey1767700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await db.query(`
      CREATE FUNCTION mpp.search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The extension stays: other schemas of the same database may use it.
    await db.query(`DROP FUNCTION mpp.search_key(text)`);
  }
}
