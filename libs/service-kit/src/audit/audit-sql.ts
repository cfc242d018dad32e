/**
 * SQL for the audit trail a service keeps in its own schema: one `audit_log` table and one trigger
 * function, and a trigger per audited table. Migrations call these helpers, so every service writes
 * the same rows and `audit-query.ts` reads them the same way.
 *
 * The trigger runs in the transaction of the change, so a rolled-back write leaves no audit row.
 * Who acted comes from the transaction-local settings `runAsActor` sets; writes outside it (seeds,
 * background jobs) record no actor, which the product shows as "Sistem".
 */

/** Columns never copied into the audit log, whatever the table: secrets and their hashes. */
export const AUDIT_SECRET_COLUMN_PATTERN = '(password|token|secret|_hash$)';
/** When a secret changed (`password_changed_at`) is no secret: such stamps are audited, their value never shown. */
export const AUDIT_SECRET_STAMP_PATTERN = '_changed_at$';

/** The table and the trigger function of `schema`; run once, in the schema's own migration. */
export function auditLogSql(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz(3) NOT NULL DEFAULT now(),
      actor_id text,
      actor_name text,
      action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
      object_type text NOT NULL,
      object_id text NOT NULL,
      source_table text NOT NULL,
      part text,
      before jsonb,
      after jsonb,
      changed_fields text[] NOT NULL
    )`,
    `CREATE INDEX audit_log_object ON ${schema}.audit_log (object_type, object_id, at DESC, id DESC)`,
    `CREATE INDEX audit_log_at ON ${schema}.audit_log (at DESC, id DESC)`,
    `CREATE INDEX audit_log_actor ON ${schema}.audit_log (actor_id, at DESC, id DESC)`,
    auditRowFunctionSql(schema),
  ];
}

/**
 * The trigger function alone, created or replaced: the schema's first audit migration makes it, and a
 * later migration re-runs it when the rule of what is copied changes.
 */
export function auditRowFunctionSql(schema: string): string {
  return (
    // Arguments: object type, column holding the object's id, part name (child rows of an object,
    // e.g. a desk's assignments; '' for the object's own row), key columns always listed on an
    // update of a part (which assignment changed), ignored columns (bookkeeping such as updated_at).
    `CREATE OR REPLACE FUNCTION ${schema}.audit_row() RETURNS trigger LANGUAGE plpgsql AS $audit$
    DECLARE
      object_type text := TG_ARGV[0];
      id_column text := TG_ARGV[1];
      part text := NULLIF(TG_ARGV[2], '');
      key_columns text[] := coalesce(string_to_array(NULLIF(TG_ARGV[3], ''), ','), '{}');
      ignored text[] := coalesce(string_to_array(NULLIF(TG_ARGV[4], ''), ','), '{}');
      old_row jsonb;
      new_row jsonb;
      object_id text;
      columns text[];
      changed text[];
    BEGIN
      IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
      IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
      object_id := coalesce(new_row, old_row) ->> id_column;
      SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO columns
        FROM pg_attribute a
       WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
         AND NOT (a.attname::text = ANY (ignored))
         AND (a.attname::text !~* '${AUDIT_SECRET_COLUMN_PATTERN}' OR a.attname::text ~* '${AUDIT_SECRET_STAMP_PATTERN}');
      old_row := (SELECT jsonb_object_agg(c, old_row -> c) FROM unnest(columns) c WHERE old_row IS NOT NULL);
      new_row := (SELECT jsonb_object_agg(c, new_row -> c) FROM unnest(columns) c WHERE new_row IS NOT NULL);
      IF TG_OP = 'UPDATE' THEN
        changed := ARRAY(SELECT c FROM unnest(columns) WITH ORDINALITY AS u(c, n) WHERE (old_row -> c) IS DISTINCT FROM (new_row -> c) ORDER BY n);
        IF cardinality(changed) = 0 THEN RETURN NULL; END IF;
        IF part IS NOT NULL THEN
          changed := ARRAY(SELECT c FROM unnest(columns) WITH ORDINALITY AS u(c, n) WHERE c = ANY (key_columns) OR c = ANY (changed) ORDER BY n);
        END IF;
      ELSE
        changed := ARRAY(SELECT c FROM unnest(columns) WITH ORDINALITY AS u(c, n)
                          WHERE jsonb_typeof(coalesce(new_row, old_row) -> c) <> 'null' ORDER BY n);
      END IF;
      INSERT INTO ${schema}.audit_log (actor_id, actor_name, action, object_type, object_id, source_table, part, before, after, changed_fields)
      VALUES (NULLIF(current_setting('simpul.actor_id', true), ''), NULLIF(current_setting('simpul.actor_name', true), ''),
              CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
              object_type, object_id, TG_TABLE_NAME, part, old_row, new_row, changed);
      RETURN NULL;
    END
    $audit$`
  );
}

export function dropAuditLogSql(schema: string): string[] {
  return [`DROP TABLE ${schema}.audit_log`, `DROP FUNCTION ${schema}.audit_row()`];
}

export interface AuditedTable {
  schema: string;
  table: string;
  /** The GraphQL type the change is shown on, e.g. `ServiceUnit` or `Desk`. */
  objectType: string;
  /** Column with the id of that object: `id` for its own table, e.g. `desk_id` for a part. */
  idColumn?: string;
  /** For rows that are a part of the object (a desk's assignments): the name changes are listed under. */
  part?: string;
  /** For parts: columns listed on every update, so the entry says which part changed. */
  keyColumns?: readonly string[];
  /** Bookkeeping columns whose changes are not worth an entry (updated_at, cached checks). */
  ignoredColumns?: readonly string[];
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The trigger that audits every inserted, updated and deleted row of a table. */
export function auditTriggerSql(spec: AuditedTable): string {
  const args = [
    spec.objectType,
    spec.idColumn ?? 'id',
    spec.part ?? '',
    (spec.keyColumns ?? []).join(','),
    (spec.ignoredColumns ?? []).join(','),
  ];
  return `CREATE TRIGGER ${spec.table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${spec.schema}.${spec.table}
    FOR EACH ROW EXECUTE FUNCTION ${spec.schema}.audit_row(${args.map(literal).join(', ')})`;
}

export function dropAuditTriggerSql(spec: Pick<AuditedTable, 'schema' | 'table'>): string {
  return `DROP TRIGGER ${spec.table}_audit ON ${spec.schema}.${spec.table}`;
}
