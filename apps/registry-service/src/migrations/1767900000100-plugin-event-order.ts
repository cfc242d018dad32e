import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plugin's history in the order it was written: events of one transaction (the demo plugin's
 * submission and approval) share their millisecond, and the random id left their order to chance.
 * Existing rows are numbered in their timestamp order.
 */
export class PluginEventOrder1767900000100 implements MigrationInterface {
  name = 'PluginEventOrder1767900000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.desk_plugin_events ADD COLUMN seq bigint`);
    await db.query(`
      UPDATE registry.desk_plugin_events e SET seq = n.seq
      FROM (SELECT id, row_number() OVER (ORDER BY at, CASE kind WHEN 'SUBMITTED' THEN 0 ELSE 1 END, id) AS seq FROM registry.desk_plugin_events) n
      WHERE n.id = e.id`);
    await db.query(`CREATE SEQUENCE registry.desk_plugin_events_seq OWNED BY registry.desk_plugin_events.seq`);
    await db.query(
      `SELECT setval('registry.desk_plugin_events_seq', coalesce((SELECT max(seq) FROM registry.desk_plugin_events), 0) + 1, false)`,
    );
    await db.query(
      `ALTER TABLE registry.desk_plugin_events ALTER COLUMN seq SET DEFAULT nextval('registry.desk_plugin_events_seq'), ALTER COLUMN seq SET NOT NULL`,
    );
    await db.query(`CREATE INDEX desk_plugin_events_plugin_seq_idx ON registry.desk_plugin_events (plugin_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.desk_plugin_events DROP COLUMN seq`);
  }
}
