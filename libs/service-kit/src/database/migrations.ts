import { DataSource, type DataSourceOptions } from 'typeorm';

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

/** Runs every pending migration, each in its own transaction; returns the names it ran. */
export async function runMigrations(options: DataSourceOptions): Promise<string[]> {
  return withDataSource(options, async (dataSource) => {
    await ensureSchema(dataSource);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((migration) => migration.name);
  });
}

/** Reverts the most recent migration (one step down). */
export async function revertLastMigration(options: DataSourceOptions): Promise<void> {
  await withDataSource(options, async (dataSource) => {
    await ensureSchema(dataSource);
    await dataSource.undoLastMigration({ transaction: 'each' });
  });
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
