import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql, dropAuditTriggerSql, type AuditedTable } from '@simpul/service-kit';

const AUDITED: AuditedTable = { schema: 'registry', table: 'desk_plugins', objectType: 'DeskPlugin', ignoredColumns: ['submitted_at'] };

/**
 * Agency desk plugins (issue #15): an agency's own microfrontend, its review state, and every
 * decision on it (who, when, why) as events. The plugin row is audited like the registry's other
 * rows; the events are the history a reviewer reads.
 */
export class DeskPlugins1765700000000 implements MigrationInterface {
  name = 'DeskPlugins1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registry.desk_plugins (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES registry.agencies(id),
        name_id text NOT NULL,
        name_en text NOT NULL,
        entry_url text NOT NULL,
        exposed_module text NOT NULL,
        version text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        pages text[] NOT NULL CHECK (cardinality(pages) > 0 AND pages <@ ARRAY['DESK_HOME', 'UNIT_PAGE', 'MALL_DESK']),
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['UNIT_INDICATORS_READ', 'MPP_DESK_SCHEDULE_READ']),
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
        submitted_by uuid REFERENCES registry.users(id),
        submitted_by_name text,
        submitted_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The review list (per agency and status, newest first) and a page's run-time question.
    await db.query(`CREATE INDEX desk_plugins_agency_idx ON registry.desk_plugins (agency_id, submitted_at DESC, id DESC)`);
    await db.query(`CREATE INDEX desk_plugins_status_idx ON registry.desk_plugins (status, submitted_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE registry.desk_plugin_events (
        id uuid PRIMARY KEY,
        plugin_id uuid NOT NULL REFERENCES registry.desk_plugins(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'SUSPENDED')),
        actor_id uuid,
        actor_name text,
        reason text,
        at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX desk_plugin_events_plugin_idx ON registry.desk_plugin_events (plugin_id, at, id)`);
    await db.query(auditTriggerSql(AUDITED));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropAuditTriggerSql(AUDITED));
    await db.query(`DROP TABLE registry.desk_plugin_events`);
    await db.query(`DROP TABLE registry.desk_plugins`);
  }
}
