import pg from 'pg';
import { appliedMigrations, revertLastMigration, runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { skmDataSourceOptions } from '../skm-database';
import { SKM_MIGRATIONS } from '.';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'skm' ORDER BY 1`);
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('skm migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('skm_migrations');
  });
  afterAll(() => database?.drop());

  it('go up, down, and up again, tracked in skm.migrations', async () => {
    const options = skmDataSourceOptions(database.url);
    expect(await runMigrations(options)).toEqual(SKM_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toEqual([
      'exclusion_rollup', 'follow_ups', 'import_batches', 'migrations', 'responses', 'rollup_delta', 'rollup_now', 'survey_rollup', 'survey_tokens', 'surveys',
    ]);
    expect(await runMigrations(options)).toEqual([]);
    for (let step = 0; step < SKM_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    expect(await tables(database.url)).toEqual(['migrations']);
    expect(await appliedMigrations(options)).toEqual([]);
    await runMigrations(options);
    expect(await appliedMigrations(options)).toEqual(SKM_MIGRATIONS.map((migration) => migration.name));
  });
});
