import type { DataSource, EntityManager } from 'typeorm';

export type Queryable = DataSource | EntityManager;

/**
 * Rows of a statement. TypeORM's postgres driver returns `[rows, rowCount]` for UPDATE and DELETE
 * and plain rows otherwise; this always gives the rows.
 */
export async function rows<T>(db: Queryable, text: string, params: unknown[] = []): Promise<T[]> {
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
