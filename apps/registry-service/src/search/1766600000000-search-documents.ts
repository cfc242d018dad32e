import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cross-module search index (issue #16): one row per public thing a person may look for — the
 * registry's units, services and agencies, and what KIPP, MPP and evaluation feed it — with a
 * weighted 'simple' tsvector over accent-folded lower-case text (title A, subtitle B, body C) on a GIN
 * index, and the distinct words of the index with a trigram index, so a word that is in no document
 * is corrected to the closest one (a word list is far cheaper to match than every document).
 */
export class SearchDocuments1766600000000 implements MigrationInterface {
  name = 'SearchDocuments1766600000000';

  async up(db: QueryRunner): Promise<void> {
    // Already there since the first migration; kept so this one stands on its own.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await db.query(`
      CREATE TABLE registry.search_documents (
        kind text NOT NULL CHECK (kind IN ('SERVICE_UNIT', 'SERVICE', 'AGENCY', 'MALL', 'INNOVATION', 'PUBLISHED_RESULT', 'OMBUDSMAN_RESULT')),
        source_id text NOT NULL,
        source text NOT NULL,
        title text NOT NULL CHECK (btrim(title) <> ''),
        subtitle text,
        body text NOT NULL DEFAULT '',
        url text NOT NULL CHECK (url LIKE '/%'),
        region_code text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple'::regconfig, registry.search_key(title)), 'A') ||
          setweight(to_tsvector('simple'::regconfig, registry.search_key(coalesce(subtitle, ''))), 'B') ||
          setweight(to_tsvector('simple'::regconfig, registry.search_key(body)), 'C')
        ) STORED,
        PRIMARY KEY (kind, source_id)
      )`);
    await db.query(`CREATE INDEX search_documents_vector_idx ON registry.search_documents USING gin (search_vector)`);
    await db.query(`CREATE INDEX search_documents_source_idx ON registry.search_documents (source)`);

    await db.query(`CREATE TABLE registry.search_lexicon (word text COLLATE "C" PRIMARY KEY)`);
    await db.query(`CREATE INDEX search_lexicon_trgm_idx ON registry.search_lexicon USING gin (word public.gin_trgm_ops)`);
    // Words only grow: a word left by a deleted document still corrects to nothing worse than no hit.
    await db.query(`
      CREATE FUNCTION registry.add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO registry.search_lexicon (word)
        SELECT DISTINCT word FROM changed, unnest(tsvector_to_array(changed.search_vector)) AS word
        WHERE length(word) BETWEEN 3 AND 60 AND word !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await db.query(
        `CREATE TRIGGER search_documents_words_${event.toLowerCase()} AFTER ${event} ON registry.search_documents
         REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION registry.add_search_words()`,
      );
    }

    // Where each source's feed was read up to, for the next run's ?since=.
    await db.query(`
      CREATE TABLE registry.search_sources (
        source text PRIMARY KEY,
        synced_at timestamptz(3),
        full_synced_at timestamptz(3),
        document_count integer NOT NULL DEFAULT 0,
        last_error text,
        last_error_at timestamptz(3)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registry.search_sources`);
    await db.query(`DROP TABLE registry.search_documents`);
    await db.query(`DROP FUNCTION registry.add_search_words()`);
    await db.query(`DROP TABLE registry.search_lexicon`);
  }
}
