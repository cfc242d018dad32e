import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What changed in the search index, for the copy each registry process keeps in memory
 * (SearchMemory): every written document records the transaction that wrote it (change_xid, set by
 * the vector trigger), every removed one is logged in registry.search_removals with its
 * transaction. A process reads "changed since the oldest transaction still running when I last
 * read" (pg_snapshot_xmin), so a transaction that commits late is read next time, never skipped.
 * Removals are kept a day (the index job prunes them); a process that has not read for an hour
 * reloads everything.
 */
export class SearchChangeLog1766900000000 implements MigrationInterface {
  name = 'SearchChangeLog1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.search_documents ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await db.query(`CREATE INDEX search_documents_change_idx ON registry.search_documents (change_xid)`);
    await db.query(`
      CREATE OR REPLACE FUNCTION registry.set_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := registry.search_vector_of(NEW.title, NEW.subtitle, NEW.body);
        NEW.change_xid := pg_current_xact_id();
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TABLE registry.search_removals (
        kind text NOT NULL,
        source_id text NOT NULL,
        change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        removed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX search_removals_change_idx ON registry.search_removals (change_xid)`);
    await db.query(`
      CREATE FUNCTION registry.log_search_removals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO registry.search_removals (kind, source_id) SELECT kind, source_id FROM gone;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER search_documents_removed AFTER DELETE ON registry.search_documents
       REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION registry.log_search_removals()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER search_documents_removed ON registry.search_documents`);
    await db.query(`DROP FUNCTION registry.log_search_removals()`);
    await db.query(`DROP TABLE registry.search_removals`);
    await db.query(`
      CREATE OR REPLACE FUNCTION registry.set_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := registry.search_vector_of(NEW.title, NEW.subtitle, NEW.body);
        RETURN NEW;
      END $$`);
    await db.query(`ALTER TABLE registry.search_documents DROP COLUMN change_xid`);
  }
}
