import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** Rows per FETCH: large enough to keep round trips few, small enough that memory stays flat. */
export const OPEN_DATA_BATCH_ROWS = 1000;

function poolOf(db: DataSource): Pool {
  return (db.driver as unknown as { master: Pool }).master;
}

/**
 * Reads a SELECT through a server-side cursor (DECLARE … FETCH) on one pooled connection inside a
 * read-only transaction: PostgreSQL keeps the result, Node holds one batch at a time. The
 * transaction also gives every batch the same snapshot, so a download is one consistent picture.
 * Stopping the loop early (the client went away) closes the cursor and frees the connection.
 */
export async function* cursorBatches(
  db: DataSource,
  sql: string,
  params: unknown[] = [],
  batchRows = OPEN_DATA_BATCH_ROWS,
): AsyncGenerator<Record<string, unknown>[]> {
  const client: PoolClient = await poolOf(db).connect();
  let failed: Error | undefined;
  let committed = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`DECLARE open_data_cursor NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const batch = await client.query(`FETCH FORWARD ${batchRows} FROM open_data_cursor`);
      if (batch.rows.length === 0) break;
      yield batch.rows as Record<string, unknown>[];
      if (batch.rows.length < batchRows) break;
    }
    await client.query('COMMIT');
    committed = true;
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    // Failed, or ended early by the consumer (return()): the transaction is still open.
    if (!committed) await client.query('ROLLBACK').catch(() => undefined);
    client.release(failed);
  }
}
