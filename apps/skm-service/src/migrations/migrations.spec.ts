import pg from 'pg';
import { appliedMigrations, revertLastMigration, runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { skmDataSourceOptions } from '../skm-database';
import { SKM_MIGRATIONS } from '.';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'skm' ORDER BY 1`,
    );
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
      'audit_log',
      'exclusion_rollup',
      'follow_ups',
      'import_batches',
      'migrations',
      'paper_answers',
      'queue_keys',
      'queue_tickets',
      'rate_buckets',
      'responses',
      'rollup_delta',
      'rollup_now',
      'survey_rollup',
      'survey_tokens',
      'surveys',
    ]);
    expect(await runMigrations(options)).toEqual([]);
    for (let step = 0; step < SKM_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    expect(await tables(database.url)).toEqual(['migrations']);
    expect(await appliedMigrations(options)).toEqual([]);
    await runMigrations(options);
    expect(await appliedMigrations(options)).toEqual(SKM_MIGRATIONS.map((migration) => migration.name));
  });

  it('moves paper answers out of skm.responses into skm.paper_answers and back, unchanged', async () => {
    const options = skmDataSourceOptions(database.url);
    await runMigrations(options);
    // Back to just before the write-paths migration (the migrations after it are reverted first).
    const writePaths = SKM_MIGRATIONS.findIndex((migration) => migration.name === 'SkmWritePaths1764300000000');
    for (let step = writePaths; step < SKM_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const survey = '00000000-0000-4000-8000-00000000f001';
      const batch = '0190f000-0000-7000-8000-00000000b001';
      await client.query(
        `INSERT INTO skm.surveys (id, public_code, title, service_unit_id, period_kind, period_year, period_number, starts_on, ends_on, elements)
        VALUES ($1, 'migrasi', 'Migrasi', $1, 'YEAR', 2026, 1, '2026-01-01', '2026-12-31', '[]')`,
        [survey],
      );
      await client.query(
        `INSERT INTO skm.import_batches (id, survey_id, file_name, row_count, review) VALUES ($1, $2, 'kertas.csv', 2, 'EXCLUDED')`,
        [batch, survey],
      );
      await client.query(
        `INSERT INTO skm.responses (survey_id, channel, submitted_at, answered_at, answers, sex, import_batch_id, flags, review) VALUES
        ($1, 'PAPER', now(), '2026-03-02 12:00:00+07', '{4,3,NULL,2}', 'MALE', $2, '{STAFF_ENTERED}', 'EXCLUDED'),
        ($1, 'PAPER', now(), '2026-03-03 12:00:00+07', '{1,1,2,2}', NULL, $2, '{STAFF_ENTERED}', 'EXCLUDED'),
        ($1, 'QR', now(), '2026-03-03 09:00:00+07', '{4,4,3,3}', NULL, NULL, '{}', 'NONE')`,
        [survey, batch],
      );
      const paperRows = `SELECT answered_at AT TIME ZONE 'Asia/Jakarta' AS at, answers, sex, review FROM skm.responses WHERE channel = 'PAPER' ORDER BY answered_at`;
      const before = (await client.query(paperRows)).rows;

      await runMigrations(options);
      expect(
        (await client.query(`SELECT answered_on::text AS day, answers, sex FROM skm.paper_answers ORDER BY answered_on`)).rows,
      ).toEqual([
        { day: '2026-03-02', answers: '4302', sex: 'MALE' },
        { day: '2026-03-03', answers: '1122', sex: null },
      ]);
      expect((await client.query(`SELECT channel FROM skm.responses`)).rows).toEqual([{ channel: 'QR' }]);

      for (let step = writePaths; step < SKM_MIGRATIONS.length; step += 1) await revertLastMigration(options);
      expect((await client.query(paperRows)).rows).toEqual(before);
      await runMigrations(options);
    } finally {
      await client.end();
    }
  });
});
