import pg from 'pg';
import { runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { mppDataSourceOptions } from '../mpp-database';
import { TEST_TODAY } from '../test-support/mpp-test-app';
import { seedMpp } from './seed';

describe('MPP demo seed', () => {
  let database: TestDatabase;
  let db: pg.Client;
  beforeAll(async () => {
    database = await createEmptyDatabase('mpp_seed');
    await runMigrations(mppDataSourceOptions(database.url));
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('loads the Banjarmasin demo once and changes nothing the second time', async () => {
    const first = await seedMpp(mppDataSourceOptions(database.url), TEST_TODAY);
    expect(first.malls).toBe(8);
    expect(first.deskDays).toBeGreaterThan(300);
    const second = await seedMpp(mppDataSourceOptions(database.url), TEST_TODAY);
    expect(Object.values(second).every((count) => count === 0)).toBe(true);
  });

  it('has desks shared by weekday, a tenant mid-onboarding and an agreement expiring soon', async () => {
    const shared = await db.query(
      `SELECT desk_id FROM mpp.desk_assignments WHERE released_at IS NULL GROUP BY desk_id HAVING count(DISTINCT tenancy_id) > 1`,
    );
    expect(shared.rowCount).toBeGreaterThan(0);
    const midway = await db.query(
      `SELECT t.step, s.unpublished_components FROM mpp.tenancies t JOIN mpp.tenancy_services s ON s.tenancy_id = t.id WHERE t.step = 'DESK_ASSIGNED' AND NOT s.delivery_ready`,
    );
    expect(midway.rows).toContainEqual({ step: 'DESK_ASSIGNED', unpublished_components: ['DURATION'] });
    const expiring = await db.query<{ number: string }>(
      `SELECT number FROM mpp.agreements WHERE expires_on BETWEEN $1::date AND $1::date + 60`,
      [TEST_TODAY],
    );
    expect(expiring.rows.map((row) => row.number)).toEqual(['120/PKS-SAMSAT/BAKEUDA/2021']);
    const series = await db.query<{ count: number }>(`SELECT count FROM mpp.published_mall_counts ORDER BY as_of`);
    expect(series.rows.map((row) => row.count)).toEqual([3, 43, 103, 152, 272, 305]);
  });
});
