import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';

// Advisory lock keys (two int4 form): one namespace for Simpul's migration locks, the second key the
// schema's hash; the shared lock below has a namespace of its own so no schema's hash can collide with it.
const SCHEMA_LOCK_SPACE = 0x53_4d_50_4c; // 'SMPL'
const SHARED_LOCK_SPACE = SCHEMA_LOCK_SPACE + 1;

/** The lock connection, for work that must also take the shared DDL lock while it holds a schema's. */
export interface MigrationLock {
  /** Waits for the lock every service's pending migrations share (see migrations.ts), held until release. */
  takeSharedLock(): Promise<void>;
}

function schemaOf(options: DataSourceOptions): string {
  return (options as { schema?: string }).schema ?? 'public';
}

/**
 * Runs `work` holding a PostgreSQL advisory lock on the service's schema, on a connection of its own,
 * so two replicas (or a replica and the migration Job) starting together migrate and seed one after
 * the other instead of racing. Session locks end with the connection, so a process that dies
 * mid-migration does not leave the lock behind.
 */
export async function withMigrationLock<T>(options: DataSourceOptions, work: (lock: MigrationLock) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: (options as { url?: string }).url,
    application_name: `simpul-${schemaOf(options)}-migrate`,
  });
  // A connection dropped while waiting or working rejects the query under way; nothing to add here.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [SCHEMA_LOCK_SPACE, schemaOf(options)]);
    return await work({
      takeSharedLock: async () => {
        await client.query('SELECT pg_advisory_lock($1, 0)', [SHARED_LOCK_SPACE]);
      },
    });
  } finally {
    // Closing the session releases every advisory lock it holds.
    await client.end().catch(() => undefined);
  }
}
