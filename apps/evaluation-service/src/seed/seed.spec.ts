import { DataSource } from 'typeorm';
import { runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { KHUSUS_SCORED } from './demo-data';
import { seedEvaluation } from './seed';

describe('evaluation seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('eval_seed');
    await runMigrations(evaluationDataSourceOptions(database.url));
  });
  afterAll(() => database?.drop());

  it('loads five cycles, 38 lokus with scores and results, a cycle being scored; a second run adds nothing', async () => {
    const first = await seedEvaluation(evaluationDataSourceOptions(database.url));
    expect(first).toEqual({
      nationalFigures: 5,
      evaluatorProfiles: 1,
      cycles: 5,
      lokus: 2 + 2 + 34 + 2 + 2,
      // The Khusus 2026 cycle is still being scored: part of one lokus, no results.
      scores: 38 * 30 + KHUSUS_SCORED,
      results: 38,
      assignments: 2 + 2,
    });
    const second = await seedEvaluation(evaluationDataSourceOptions(database.url));
    expect(second).toEqual({ nationalFigures: 0, evaluatorProfiles: 0, cycles: 0, lokus: 0, scores: 0, results: 0, assignments: 0 });
  });

  it('without demo data it loads only the published national figures, marked OFFICIAL with their source', async () => {
    const empty = await createEmptyDatabase('eval_seed_reference');
    try {
      await runMigrations(evaluationDataSourceOptions(empty.url));
      const counts = await seedEvaluation(evaluationDataSourceOptions(empty.url), new Date(), { demo: false });
      expect(counts).toEqual({ nationalFigures: 5, evaluatorProfiles: 0, cycles: 0, lokus: 0, scores: 0, results: 0, assignments: 0 });
      const dataSource = new DataSource(evaluationDataSourceOptions(empty.url));
      await dataSource.initialize();
      try {
        const figures: { origin: string; source: string }[] = await dataSource.query(
          `SELECT DISTINCT origin, source FROM evaluation.national_figures`,
        );
        expect(figures).toEqual([{ origin: 'OFFICIAL', source: 'IPP nasional hasil PEKPPP yang dipublikasikan Kementerian PANRB' }]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await empty.drop();
    }
  });

  it('rule: the demo cycles are stored as DEMO, and only the published figures among their results are OFFICIAL', async () => {
    const dataSource = new DataSource(evaluationDataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const cycles: { origin: string; count: string }[] = await dataSource.query(
        `SELECT origin, count(*) FROM evaluation.cycles GROUP BY origin`,
      );
      expect(cycles).toEqual([{ origin: 'DEMO', count: '5' }]);
      const official: { unit_name: string; year: number }[] = await dataSource.query(
        `SELECT l.unit_name, c.year FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id JOIN evaluation.cycles c ON c.id = r.cycle_id
         WHERE r.origin = 'OFFICIAL' AND r.source IS NOT NULL ORDER BY c.year, l.unit_name`,
      );
      expect(official.map((row) => `${row.year} ${row.unit_name}`)).toEqual([
        '2019 DPMPTSP Provinsi Kalimantan Tengah',
        '2019 SAMSAT Kalimantan Tengah',
        '2020 DPMPTSP Provinsi Kalimantan Tengah',
        '2020 SAMSAT Kalimantan Tengah',
        '2022 SAMSAT Kalimantan Selatan',
      ]);
      const demo: { count: string }[] = await dataSource.query(
        `SELECT count(*) FROM evaluation.results WHERE origin = 'DEMO' AND source IS NULL`,
      );
      expect(demo[0].count).toBe('33');
    } finally {
      await dataSource.destroy();
    }
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
