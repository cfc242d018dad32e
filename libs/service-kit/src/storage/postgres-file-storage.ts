import type { DataSource } from 'typeorm';
import { one, rows } from '../database/sql';
import { assertStorageKey, FileNotFoundError, type FileStorage } from './file-storage';

const SCHEMA = /^[a-z][a-z0-9_]{0,62}$/;

function schemaName(schema: string): string {
  if (!SCHEMA.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  return schema;
}

/**
 * The table a service's files live in when SIMPUL_FILES_STORE=postgres: `<schema>.file_blobs`, one
 * row per key, the whole file in one bytea (TOAST keeps it out of line, in 2 kB chunks, so the row
 * itself stays small). EXTERNAL storage: uploads are PDFs and JPEG/PNG, already compressed, so
 * PostgreSQL does not try again. For a service's migration; changing it means a new migration.
 */
export function fileBlobsTableSql(schema: string): string[] {
  const table = `${schemaName(schema)}.file_blobs`;
  return [
    `CREATE TABLE ${table} (
       key text PRIMARY KEY,
       bytes bytea NOT NULL,
       size_bytes integer NOT NULL,
       stored_at timestamptz NOT NULL DEFAULT now()
     )`,
    `ALTER TABLE ${table} ALTER COLUMN bytes SET STORAGE EXTERNAL`,
  ];
}

export function dropFileBlobsTableSql(schema: string): string {
  return `DROP TABLE ${schemaName(schema)}.file_blobs`;
}

/**
 * Files in the owning service's own schema, on the connection pool it already has: every replica
 * reads what any replica stored, backups and replicas of the database carry the files with the rows
 * that name them, and there is no second system to run. Each call is one statement; `put` is an
 * upsert, so a reader sees the old bytes or the new ones, never half. Meant for the sizes the
 * upload policies allow (10 MB by default; a bytea holds up to 1 GB).
 */
export class PostgresFileStorage implements FileStorage {
  private readonly table: string;

  constructor(
    private readonly db: DataSource,
    schema: string,
  ) {
    this.table = `${schemaName(schema)}.file_blobs`;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.table} (key, bytes, size_bytes) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET bytes = EXCLUDED.bytes, size_bytes = EXCLUDED.size_bytes, stored_at = now()`,
      [assertStorageKey(key), bytes, bytes.length],
    );
  }

  async get(key: string): Promise<Buffer> {
    const found = await one<{ bytes: Buffer }>(this.db, `SELECT bytes FROM ${this.table} WHERE key = $1`, [assertStorageKey(key)]);
    if (!found) throw new FileNotFoundError(key);
    return found.bytes;
  }

  async exists(key: string): Promise<boolean> {
    return (await rows(this.db, `SELECT 1 FROM ${this.table} WHERE key = $1`, [assertStorageKey(key)])).length > 0;
  }

  async delete(key: string): Promise<void> {
    await this.db.query(`DELETE FROM ${this.table} WHERE key = $1`, [assertStorageKey(key)]);
  }
}
