import pg from 'pg';
import { kippDataSourceOptions } from '../kipp-database';
import { seedKipp } from './seed';
import { SEEDED_KIPP, TEST_TODAY } from '../test-support/kipp-test-app';
import { createTestDatabase, type TestDatabase } from '@simpul/service-kit/testing';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('the KIPP demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_KIPP);
  });
  afterAll(() => database?.drop());

  it('carries about 200 proposals of 2023 to a Top 45, with about 30 % never submitted', async () => {
    const [funnel] = await query<{
      total: number;
      drafts: number;
      failed: number;
      top99: number;
      top45: number;
      disqualified: number;
      over_quota: number;
    }>(
      database.url,
      `
      SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'DRAFT')::int AS drafts, count(*) FILTER (WHERE status = 'ADMIN_FAILED')::int AS failed,
             count(*) FILTER (WHERE status IN ('TOP99', 'TOP45'))::int AS top99, count(*) FILTER (WHERE status = 'TOP45')::int AS top45,
             count(*) FILTER (WHERE status = 'DISQUALIFIED')::int AS disqualified,
             (SELECT count(*)::int FROM (SELECT agency_id, group_code FROM kipp.proposals WHERE status <> 'DRAFT' AND competition_id = p.competition_id
               GROUP BY 1, 2 HAVING count(*) > 10) over) AS over_quota
      FROM kipp.proposals p JOIN kipp.competitions c ON c.id = p.competition_id WHERE c.year = 2023 GROUP BY p.competition_id`,
    );
    expect(funnel).toMatchObject({ total: 200, top99: 98, top45: 45, disqualified: 1, over_quota: 0 });
    expect(funnel.drafts / funnel.total).toBeGreaterThan(0.2);
    expect(funnel.drafts / funnel.total).toBeLessThan(0.4);
    expect(funnel.failed).toBeGreaterThan(0);
  });

  it('catalogues earlier winners with a replication pair, and running it again adds nothing', async () => {
    const pair = await query<{ title: string; source: string }>(
      database.url,
      `SELECT i.title, s.title AS source FROM kipp.innovations i JOIN kipp.innovations s ON s.id = i.replicates_id WHERE i.title = 'SAMSAT Terapung Kahayan'`,
    );
    expect(pair).toEqual([{ title: 'SAMSAT Terapung Kahayan', source: 'SAMSAT Terapung: Layanan Pajak Kendaraan di Atas Sungai' }]);
    const again = await seedKipp(kippDataSourceOptions(database.url), { demo: true, today: TEST_TODAY });
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
  });
});
