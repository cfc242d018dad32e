import pg from 'pg';
import { appliedMigrations, revertLastMigration, runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { mppDataSourceOptions } from '../mpp-database';
import { MPP_MIGRATIONS } from '.';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'mpp' ORDER BY 1`,
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('MPP migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('mpp_migrations');
  });
  afterAll(() => database?.drop());

  it('go up, down one step, and up again, tracked in mpp.migrations', async () => {
    const options = mppDataSourceOptions(database.url);
    expect(await runMigrations(options)).toEqual(MPP_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toEqual([
      'agreement_addenda',
      'agreements',
      'audit_log',
      'desk_assignments',
      'desk_day_services',
      'desk_days',
      'desks',
      'file_blobs',
      'files',
      'mall_documents',
      'mall_opening_hours',
      'mall_status_changes',
      'malls',
      'migrations',
      'published_mall_counts',
      'tenancies',
      'tenancy_services',
      'tenancy_steps',
    ]);
    expect(await runMigrations(options)).toEqual([]);
    for (let step = 0; step < MPP_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    expect(await tables(database.url)).toEqual(['migrations']);
    expect(await appliedMigrations(options)).toEqual([]);
    await runMigrations(options);
    expect(await appliedMigrations(options)).toEqual(MPP_MIGRATIONS.map((migration) => migration.name));
  });
});
