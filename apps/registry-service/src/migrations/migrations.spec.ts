import pg from 'pg';
import { appliedMigrations, revertLastMigration, runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { registryDataSourceOptions } from '../registry-database';
import { REGISTRY_MIGRATIONS } from '.';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'registry' ORDER BY 1`,
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('registry migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('migrations');
  });
  afterAll(() => database?.drop());

  it('go up, down one step, and up again, tracked in registry.migrations', async () => {
    const options = registryDataSourceOptions(database.url);
    expect(await runMigrations(options)).toEqual(REGISTRY_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toEqual(
      expect.arrayContaining([
        'agencies',
        'audit_log',
        'mail_outbox',
        'migrations',
        'password_tokens',
        'regions',
        'service_units',
        'services',
        'sessions',
        'sign_in_throttle',
        'system_status',
        'users',
      ]),
    );
    expect(await runMigrations(options)).toEqual([]);

    for (let step = 0; step < REGISTRY_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    expect(await tables(database.url)).toEqual(['migrations']);
    expect(await appliedMigrations(options)).toEqual([]);

    await runMigrations(options);
    expect(await appliedMigrations(options)).toEqual(REGISTRY_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toContain('service_units');
  });
});
