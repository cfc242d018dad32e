import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

export type Queryable = DataSource | EntityManager;

/**
 * Rows of a statement. TypeORM's postgres driver returns `[rows, rowCount]` for UPDATE and DELETE
 * and plain rows otherwise; this always gives the rows.
 */
export async function rows<T>(db: Queryable, text: string, params: unknown[] = [], options: { prepared?: boolean } = {}): Promise<T[]> {
  if (options.prepared && db instanceof DataSource) return preparedRows<T>(db, text, params);
  const raw: unknown = await db.query(text, params);
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}

export async function one<T>(db: Queryable, text: string, params: unknown[] = []): Promise<T | null> {
  return (await rows<T>(db, text, params))[0] ?? null;
}

/** numeric columns arrive as text from pg; results are two-decimal values. */
export function num(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

/**
 * A read on a hot path as a named prepared statement: PostgreSQL parses and plans it once per
 * connection instead of on every call (for the task lists, planning cost several times the
 * execution). The name is the text's hash, so one statement text is one prepared statement.
 */
async function preparedRows<T>(db: DataSource, text: string, params: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  // Through TypeORM's logger like every other statement, so query logs and counters still see it.
  db.logger.logQuery(text, params);
  const result = await pool.query({ name, text, values: params });
  return result.rows as T[];
}
