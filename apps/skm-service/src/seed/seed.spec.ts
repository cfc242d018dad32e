import { DataSource } from 'typeorm';
import { runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { skmDataSourceOptions } from '../skm-database';
import { rollupAgainstAnswers } from '../test-support/rollup-check';
import { generateSkmCsv } from './bulk-csv';
import { surveyId } from './demo-keys';
import { seedSkm } from './seed';

const NOW = new Date('2026-05-20T03:00:00Z');

describe('skm demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('skm_seed');
    await runMigrations(skmDataSourceOptions(database.url));
  });
  afterAll(() => database?.drop());

  it('loads quarterly surveys for the demo units, a year survey for every province, six Banjarmasin desks (last year and this); a second run adds nothing', async () => {
    const first = await seedSkm(skmDataSourceOptions(database.url), NOW);
    expect(first.surveys).toBe(12 * 4 + (38 * 2 - 4) + 6 * 2);
    expect(first.responses).toBeGreaterThan(10_000);
    expect(first.follow_ups).toBe(24);
    expect(await seedSkm(skmDataSourceOptions(database.url), NOW)).toEqual({ surveys: 0, responses: 0, follow_ups: 0 });
  });

  it('writes rollups that match the answers, follow-ups in every state, and only 1–4 answers with no names', async () => {
    for (const key of ['samsat-63:Q1-2026', 'desk-7:Y-2026', 'dpmptsp-11:Y-2026']) {
      const check = await rollupAgainstAnswers(database.url, surveyId(key));
      expect(check.rollup).toEqual(check.answers);
      expect(check.rollup.length).toBeGreaterThan(9);
    }
    const dataSource = new DataSource(skmDataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const statuses: { status: string }[] = await dataSource.query(`SELECT DISTINCT status FROM skm.follow_ups ORDER BY 1`);
      expect(statuses.map((s) => s.status)).toEqual(['CANCELLED', 'DONE', 'IN_PROGRESS', 'PLANNED']);
      const columns: { column_name: string }[] = await dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'skm' AND table_name = 'responses'`,
      );
      expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['name']));
      expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['nik']));
    } finally {
      await dataSource.destroy();
    }
  });

  it('generates bulk CSV for the benchmark: header, n rows, answers 1–4, dates in range, repeatable', () => {
    const csv = generateSkmCsv(500, { startsOn: '2026-01-01', endsOn: '2026-03-31', seed: 5 });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('U1,U2,U3,U4,U5,U6,U7,U8,U9,answered_on,age_band,sex,education,occupation');
    expect(lines).toHaveLength(501);
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells.slice(0, 9).every((v) => ['1', '2', '3', '4'].includes(v))).toBe(true);
      expect(cells[9] >= '2026-01-01' && cells[9] <= '2026-03-31').toBe(true);
    }
    expect(generateSkmCsv(500, { startsOn: '2026-01-01', endsOn: '2026-03-31', seed: 5 })).toBe(csv);
  });
});
