import { DataSource, type DataSourceOptions } from 'typeorm';
import { withMigrationLock, type MigrationLock } from './migration-lock';

/** The migrations table lives in the service's schema, so the schema has to exist first. */
async function ensureSchema(dataSource: DataSource): Promise<void> {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
}

async function withDataSource<T>(options: DataSourceOptions, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Pending migrations, with the schema's lock held; returns the names it ran. */
async function migrateLocked(options: DataSourceOptions, lock: MigrationLock): Promise<string[]> {
  return withDataSource(options, async (dataSource) => {
    await ensureSchema(dataSource);
    if (!(await dataSource.showMigrations())) return [];
    // Services' migrations create the same extensions (pg_trgm, unaccent), which CREATE EXTENSION IF
    // NOT EXISTS does not guard against two sessions at once: pending migrations of all services run
    // one after another. A start with nothing pending never waits for this lock.
    await lock.takeSharedLock();
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((migration) => migration.name);
  });
}

/**
 * Runs every pending migration, each in its own transaction, holding the schema's advisory lock
 * (migration-lock.ts); returns the names it ran.
 */
export async function runMigrations(options: DataSourceOptions): Promise<string[]> {
  return withMigrationLock(options, (lock) => migrateLocked(options, lock));
}

/**
 * What a service does when it starts with its own database preparation (`serve` with
 * MIGRATE_ON_START): pending migrations, then `seed` when given, under one hold of the schema's lock,
 * so a second replica starting at the same moment waits and then finds nothing to do.
 */
export async function prepareDatabase<T>(
  options: DataSourceOptions,
  seed?: () => Promise<T>,
): Promise<{ ran: string[]; seeded: T | undefined }> {
  return withMigrationLock(options, async (lock) => {
    const ran = await migrateLocked(options, lock);
    return { ran, seeded: seed ? await seed() : undefined };
  });
}

/** Reverts the most recent migration (one step down), holding the schema's lock. */
export async function revertLastMigration(options: DataSourceOptions): Promise<void> {
  await withMigrationLock(options, () =>
    withDataSource(options, async (dataSource) => {
      await ensureSchema(dataSource);
      await dataSource.undoLastMigration({ transaction: 'each' });
    }),
  );
}

/** Names of the migrations already applied, oldest first. */
export async function appliedMigrations(options: DataSourceOptions): Promise<string[]> {
  return withDataSource(options, async (dataSource) => {
    await ensureSchema(dataSource);
    const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
    const exists = await dataSource.query<{ t: string | null }[]>(`SELECT to_regclass($1) AS t`, [`"${schema}".migrations`]);
    if (!exists[0]?.t) return [];
    const rows = await dataSource.query<{ name: string }[]>(`SELECT name FROM "${schema}".migrations ORDER BY id`);
    return rows.map((row) => row.name);
  });
}
