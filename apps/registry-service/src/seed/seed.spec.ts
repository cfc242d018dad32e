import { DataSource } from 'typeorm';
import { runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { registryDataSourceOptions } from '../registry-database';
import { unitId } from './demo-data';
import { seedRegistry } from './seed';

async function counts(url: string): Promise<Record<string, number>> {
  const dataSource = new DataSource(registryDataSourceOptions(url));
  await dataSource.initialize();
  try {
    const [row] = await dataSource.query<Record<string, number>[]>(`SELECT
      (SELECT count(*)::int FROM registry.regions) AS regions, (SELECT count(*)::int FROM registry.agencies) AS agencies,
      (SELECT count(*)::int FROM registry.service_units) AS units, (SELECT count(*)::int FROM registry.services) AS services,
      (SELECT count(*)::int FROM registry.users) AS users`);
    return row;
  } finally {
    await dataSource.destroy();
  }
}

describe('seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('seed');
    await runMigrations(registryDataSourceOptions(database.url));
  });
  afterAll(() => database?.drop());

  it('loads 38 provinces, 514 kabupaten/kota and the demo data; a second run adds nothing', async () => {
    const first = await seedRegistry(registryDataSourceOptions(database.url));
    expect(first.regions).toBe(38 + 514);
    expect(first.units).toBeGreaterThanOrEqual(76);
    // 5 portal demo accounts + the KIPP local admin, panel chair, te2..te12 and tpi2..tpi5
    expect(first.users).toBe(22);
    const after = await counts(database.url);
    const second = await seedRegistry(registryDataSourceOptions(database.url));
    expect(second).toEqual({ regions: 0, agencies: 0, units: 0, services: 0, users: 0 });
    expect(await counts(database.url)).toEqual(after);
  });

  it('keeps a demo row a user edited, and restores one a user deleted', async () => {
    const dataSource = new DataSource(registryDataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      await dataSource.query(`UPDATE registry.service_units SET name = 'SAMSAT Kalsel (diubah)', phone = '0511-1' WHERE id = $1`, [
        unitId('samsat-63'),
      ]);
      await dataSource.query(
        `DELETE FROM registry.services WHERE service_unit_id = $1 AND name = 'Balik Nama Kendaraan Bermotor (BBNKB)'`,
        [unitId('samsat-63')],
      );
      const again = await seedRegistry(registryDataSourceOptions(database.url));
      expect(again.services).toBe(1);
      const [unit] = await dataSource.query(`SELECT name, phone FROM registry.service_units WHERE id = $1`, [unitId('samsat-63')]);
      expect(unit).toEqual({ name: 'SAMSAT Kalsel (diubah)', phone: '0511-1' });
    } finally {
      await dataSource.destroy();
    }
  });

  it('loads only the reference regions, and no demo accounts, when demo data is off', async () => {
    const empty = await createEmptyDatabase('seed_reference');
    try {
      await runMigrations(registryDataSourceOptions(empty.url));
      await seedRegistry(registryDataSourceOptions(empty.url), { demo: false });
      expect(await counts(empty.url)).toEqual({ regions: 38 + 514, agencies: 0, units: 0, services: 0, users: 0 });
    } finally {
      await empty.drop();
    }
  });
});
