import { DataSource } from 'typeorm';
import { runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { seedEvaluation } from './seed';

describe('evaluation seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('eval_seed');
    await runMigrations(evaluationDataSourceOptions(database.url));
  });
  afterAll(() => database?.drop());

  it('loads four cycles, 38 lokus with scores and results; a second run adds nothing', async () => {
    const first = await seedEvaluation(evaluationDataSourceOptions(database.url));
    expect(first).toEqual({ nationalFigures: 5, evaluatorProfiles: 1, cycles: 4, lokus: 2 + 2 + 34 + 2, scores: 38 * 30, results: 38, assignments: 2 });
    const second = await seedEvaluation(evaluationDataSourceOptions(database.url));
    expect(second).toEqual({ nationalFigures: 0, evaluatorProfiles: 0, cycles: 0, lokus: 0, scores: 0, results: 0, assignments: 0 });
  });

  it('the 2022 cohort holds the 34 provinces of 2022, without the four created in late 2022', async () => {
    const dataSource = new DataSource(evaluationDataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const provinces: { province_code: string }[] = await dataSource.query(
        `SELECT l.province_code FROM evaluation.lokus l JOIN evaluation.cycles c ON c.id = l.cycle_id WHERE c.year = 2022 ORDER BY 1`,
      );
      const codes = provinces.map((row) => row.province_code);
      expect(codes).toHaveLength(34);
      expect(codes).toContain('92');
      expect(codes).not.toEqual(expect.arrayContaining(['93']));
      for (const late of ['93', '94', '95', '96']) expect(codes).not.toContain(late);
    } finally {
      await dataSource.destroy();
    }
  });
});
