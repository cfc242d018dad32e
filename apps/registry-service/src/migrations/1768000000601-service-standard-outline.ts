import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql, dropAuditTriggerSql, type AuditedTable } from '@simpul/service-kit';

// Every character String.prototype.trim removes (ECMAScript WhiteSpace, the Zs separators included,
// and LineTerminator), as a PostgreSQL string: completenessOf calls content with any other character filled.
const TRIMMED = `E'\\u0009\\u000a\\u000b\\u000c\\u000d\\u0020\\u00a0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff'`;

const audited = (ignored: string[]): AuditedTable => ({
  schema: 'registry',
  table: 'services',
  objectType: 'Service',
  ignoredColumns: ['created_at', 'updated_at', 'complete', ...ignored],
});

/**
 * A list of units shows each service's completeness, which needs only which components of its
 * Standar Pelayanan have content and which are published, not the ~3 kB of text PostgreSQL would
 * decompress and send and Node parse for every service. A trigger keeps both lists beside the
 * standard on every insert and update (whichever path writes it), like `complete`; the audit
 * trail ignores them like `complete` (the standard itself is audited).
 */
export class ServiceStandardOutline1768000000601 implements MigrationInterface {
  name = 'ServiceStandardOutline1768000000601';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE registry.services ADD COLUMN filled_components text[] NOT NULL DEFAULT '{}',
      ADD COLUMN published_components text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE FUNCTION registry.service_standard_outline() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.filled_components := ARRAY(SELECT c.key FROM jsonb_each(NEW.standard) c
          WHERE jsonb_typeof(c.value->'content') = 'string' AND ltrim(c.value->>'content', ${TRIMMED}) <> '' ORDER BY c.key);
        NEW.published_components := ARRAY(SELECT c.key FROM jsonb_each(NEW.standard) c WHERE c.value->'published' = 'true'::jsonb ORDER BY c.key);
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER services_standard_outline BEFORE INSERT OR UPDATE OF standard ON registry.services
      FOR EACH ROW EXECUTE FUNCTION registry.service_standard_outline()`);
    await db.query(dropAuditTriggerSql(audited([])));
    await db.query(auditTriggerSql(audited(['filled_components', 'published_components'])));
    // Fills the lists of existing services; the audit trigger ignores them, so this adds no history.
    await db.query(`UPDATE registry.services SET standard = standard`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropAuditTriggerSql(audited([])));
    await db.query(auditTriggerSql(audited([])));
    await db.query(`DROP TRIGGER services_standard_outline ON registry.services`);
    await db.query(`DROP FUNCTION registry.service_standard_outline()`);
    await db.query(`ALTER TABLE registry.services DROP COLUMN filled_components, DROP COLUMN published_components`);
  }
}
