import { DataSource } from 'typeorm';
import { runMigrations, stableId } from '@simpul/service-kit';
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

  it('loads five cycles, 38 past lokus with their figures only, a cycle being scored; a second run adds nothing', async () => {
    const first = await seedEvaluation(evaluationDataSourceOptions(database.url));
    expect(first).toEqual({
      nationalFigures: 5,
      evaluatorProfiles: 1,
      cycles: 5,
      lokus: 2 + 2 + 34 + 2 + 2,
      // Past cycles hold figures, not scores; the Khusus 2026 cycle is still being scored: part of one lokus.
      scores: KHUSUS_SCORED,
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

  it('rule: a past cycle records the instrument of its year (none where the form is not transcribed) and keeps no scores behind its figures', async () => {
    const dataSource = new DataSource(evaluationDataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const cycles: { year: number; instrument_ids: string[]; scores: string; bases: string[] }[] = await dataSource.query(
        `SELECT c.year, c.instrument_ids,
           (SELECT count(*) FROM evaluation.f02_scores s JOIN evaluation.lokus l ON l.id = s.lokus_id WHERE l.cycle_id = c.id) AS scores,
           (SELECT array_agg(DISTINCT r.basis) FROM evaluation.results r WHERE r.cycle_id = c.id) AS bases
         FROM evaluation.cycles c WHERE c.year < 2026 ORDER BY c.year`,
      );
      expect(cycles).toEqual([
        { year: 2019, instrument_ids: [], scores: '0', bases: ['PUBLISHED_AGGREGATE'] },
        { year: 2020, instrument_ids: [], scores: '0', bases: ['PUBLISHED_AGGREGATE'] },
        { year: 2022, instrument_ids: ['pekppp-2022-a'], scores: '0', bases: ['PUBLISHED_AGGREGATE'] },
      ]);
      const invented: { count: string }[] = await dataSource.query(
        `SELECT count(*) FROM evaluation.results WHERE basis = 'PUBLISHED_AGGREGATE' AND (explanation IS NOT NULL OR inputs IS NOT NULL OR evaluator_index IS NOT NULL)`,
      );
      expect(invented[0].count).toBe('0');
    } finally {
      await dataSource.destroy();
    }
  });

  it('an older database whose past cycles had scores invented behind their figures is brought to the figures alone, keeping each figure', async () => {
    const dataSource = new DataSource(evaluationDataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      // As an earlier seed left it: 2022 on pekppp-2024-a, a computed result with a made-up score behind it.
      const [kalsel]: { lokus_id: string; cycle_id: string }[] = await dataSource.query(
        `SELECT r.lokus_id, r.cycle_id FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id WHERE l.unit_name = 'SAMSAT Kalimantan Selatan'`,
      );
      await dataSource.query(`UPDATE evaluation.cycles SET instrument_ids = '{pekppp-2024-a}' WHERE id = $1`, [kalsel.cycle_id]);
      await dataSource.query(`UPDATE evaluation.lokus SET instrument_id = 'pekppp-2024-a' WHERE cycle_id = $1`, [kalsel.cycle_id]);
      await dataSource.query(
        `UPDATE evaluation.results SET basis = 'EVALUATOR_ONLY', evaluator_index = index, inputs = '{}', explanation = '{}' WHERE lokus_id = $1`,
        [kalsel.lokus_id],
      );
      await dataSource.query(
        `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, scored_by, updated_at) VALUES ($1, '1.a.Ak', 4, 1, $2, now())`,
        [kalsel.lokus_id, stableId('user', 'evaluator@simpul.test')],
      );
      await seedEvaluation(evaluationDataSourceOptions(database.url));
      const [after]: {
        index: string;
        basis: string;
        explanation: unknown;
        scores: string;
        instrument_id: string;
        instrument_ids: string[];
      }[] = await dataSource.query(
        `SELECT r.index, r.basis, r.explanation, l.instrument_id, c.instrument_ids,
             (SELECT count(*) FROM evaluation.f02_scores s WHERE s.lokus_id = r.lokus_id) AS scores
           FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id JOIN evaluation.cycles c ON c.id = r.cycle_id WHERE r.lokus_id = $1`,
        [kalsel.lokus_id],
      );
      expect(after).toEqual({
        index: '4.02',
        basis: 'PUBLISHED_AGGREGATE',
        explanation: null,
        scores: '0',
        instrument_id: 'pekppp-2022-a',
        instrument_ids: ['pekppp-2022-a'],
      });
    } finally {
      await dataSource.destroy();
    }
  });
});
