import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Synonym groups go into the index instead of the query (issue #16 bench): a document whose text
 * holds any term of a group also carries the group's token (`syn0kalsel` for "Kalimantan Selatan"),
 * so "samsat kalsel" asks two rare words instead of GIN walking the posting lists of selatan, satu,
 * kalimantan. registry.search_synonyms holds each group's token and index query; the search-index
 * job writes them from synonyms.json (SearchSynonyms) and, when they change, recomputes every
 * document's vector. The vector stops being a generated column (one may not read a table): a
 * BEFORE trigger computes it from the same text, plus the tokens, each with the weight of the field
 * its term is in (title A, subtitle B, body C), so a title-only query still means "the title says so".
 * The word list for typo correction leaves the tokens out.
 */
export class SearchSynonymTokens1766800000000 implements MigrationInterface {
  name = 'SearchSynonymTokens1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registry.search_synonyms (
        token text COLLATE "C" PRIMARY KEY CHECK (token ~ '^syn0[a-z0-9]+$'),
        query_text text NOT NULL,
        query tsquery GENERATED ALWAYS AS (to_tsquery('simple'::regconfig, query_text)) STORED
      )`);
    // A token gets a position per field its group matches alone (1A title, 2B subtitle, 3C body);
    // a term whose words are spread over fields matches only the whole text: it counts as body.
    await db.query(`
      CREATE FUNCTION registry.search_vector_of(title text, subtitle text, body text) RETURNS tsvector
      STABLE PARALLEL SAFE LANGUAGE sql AS $$
        WITH f AS (
          SELECT setweight(to_tsvector('simple'::regconfig, registry.search_key(title)), 'A') AS t,
                 setweight(to_tsvector('simple'::regconfig, registry.search_key(coalesce(subtitle, ''))), 'B') AS s,
                 setweight(to_tsvector('simple'::regconfig, registry.search_key(body)), 'C') AS b
        )
        SELECT f.t || f.s || f.b || coalesce((
          SELECT string_agg(quote_literal(y.token) || ':' || concat_ws(',',
              CASE WHEN f.t @@ y.query THEN '1A' END,
              CASE WHEN f.s @@ y.query THEN '2B' END,
              CASE WHEN f.b @@ y.query OR NOT (f.t @@ y.query OR f.s @@ y.query) THEN '3C' END), ' ')
          FROM registry.search_synonyms y
          WHERE (f.t || f.s || f.b) @@ y.query)::tsvector, ''::tsvector)
        FROM f
      $$`);
    await db.query(`ALTER TABLE registry.search_documents ALTER COLUMN search_vector DROP EXPRESSION`);
    await db.query(`
      CREATE FUNCTION registry.set_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := registry.search_vector_of(NEW.title, NEW.subtitle, NEW.body);
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER search_documents_vector BEFORE INSERT OR UPDATE ON registry.search_documents
       FOR EACH ROW EXECUTE FUNCTION registry.set_search_vector()`,
    );
    await db.query(`
      CREATE OR REPLACE FUNCTION registry.add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO registry.search_lexicon (word)
        SELECT DISTINCT word FROM changed, unnest(tsvector_to_array(changed.search_vector)) AS word
        WHERE length(word) BETWEEN 3 AND 60 AND word !~ '^[0-9]+$' AND left(word, 4) <> 'syn0'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`DELETE FROM registry.search_lexicon WHERE left(word, 4) = 'syn0'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION registry.add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO registry.search_lexicon (word)
        SELECT DISTINCT word FROM changed, unnest(tsvector_to_array(changed.search_vector)) AS word
        WHERE length(word) BETWEEN 3 AND 60 AND word !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`DROP TRIGGER search_documents_vector ON registry.search_documents`);
    await db.query(`DROP FUNCTION registry.set_search_vector()`);
    await db.query(`DROP FUNCTION registry.search_vector_of(text, text, text)`);
    await db.query(`DROP TABLE registry.search_synonyms`);
    // A column can not become generated again: it is rebuilt, with its index.
    await db.query(`ALTER TABLE registry.search_documents DROP COLUMN search_vector`);
    await db.query(`
      ALTER TABLE registry.search_documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, registry.search_key(title)), 'A') ||
        setweight(to_tsvector('simple'::regconfig, registry.search_key(coalesce(subtitle, ''))), 'B') ||
        setweight(to_tsvector('simple'::regconfig, registry.search_key(body)), 'C')
      ) STORED`);
    await db.query(`CREATE INDEX search_documents_vector_idx ON registry.search_documents USING gin (search_vector)`);
  }
}
