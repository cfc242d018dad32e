import pg from 'pg';
import { appliedMigrations, revertLastMigration, runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { EVALUATION_MIGRATIONS } from '.';

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'evaluation' ORDER BY 1`,
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('evaluation migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('eval_migrations');
  });
  afterAll(() => database?.drop());

  it('go up, down one step, and up again, tracked in evaluation.migrations', async () => {
    const options = evaluationDataSourceOptions(database.url);
    expect(await runMigrations(options)).toEqual(EVALUATION_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toEqual([
      'appeals',
      'assignments',
      'claim_evidence',
      'conflict_declarations',
      'cycle_phases',
      'cycles',
      'documents',
      'evaluator_profiles',
      'evidence_events',
      'f01_claims',
      'f01_submissions',
      'f02_scores',
      'f02_second_scores',
      'field_verifications',
      'file_blobs',
      'follow_up_actions',
      'follow_up_plans',
      'lokus',
      'migrations',
      'national_figures',
      'ombudsman_dimension_scores',
      'ombudsman_results',
      'ombudsman_unit_findings',
      'phase_extensions',
      'phase_schedule_changes',
      'results',
      'score_comments',
      'survey_responses',
      'survey_tokens',
    ]);
    expect(await runMigrations(options)).toEqual([]);

    for (let step = 0; step < EVALUATION_MIGRATIONS.length; step += 1) await revertLastMigration(options);
    expect(await tables(database.url)).toEqual(['migrations']);
    expect(await appliedMigrations(options)).toEqual([]);

    await runMigrations(options);
    expect(await appliedMigrations(options)).toEqual(EVALUATION_MIGRATIONS.map((migration) => migration.name));
    expect(await tables(database.url)).toContain('results');
  });
});
