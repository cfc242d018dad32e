import pg from 'pg';
import { appliedMigrations, revertLastMigration, runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { kippDataSourceOptions } from '../kipp-database';
import { KIPP_MIGRATIONS } from '.';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'kipp' ORDER BY 1`,
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('KIPP migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('kipp_migrations');
  });
  afterAll(() => database?.drop());

  it('go up, down one step, and up again, tracked in kipp.migrations', async () => {
    const options = kippDataSourceOptions(database.url);
    expect(await runMigrations(options)).toEqual(KIPP_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toContain('innovations');
    expect(await tables(database.url)).toContain('file_blobs');
    expect(await runMigrations(options)).toEqual([]);
    for (let step = 0; step < KIPP_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    expect(await tables(database.url)).toEqual(['migrations']);
    await runMigrations(options);
    expect(await appliedMigrations(options)).toEqual(KIPP_MIGRATIONS.map((migration) => migration.name));
  });
});
