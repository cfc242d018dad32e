import { DataSource } from 'typeorm';
import { buildSubgraphContext } from '@simpul/service-kit';
import { createTestDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { registryDataSourceOptions } from '../registry-database';
import { SEEDED_REGISTRY } from '../test-support/registry-test-app';
import { REGION_COPY_TTL_MS, regionLoader } from './region.loader';

describe("a replica's copy of the regions (asked for every unit of a page)", () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const start = Date.now();
  // A fresh request at `offset` ms after the first one.
  const region = (code: string, offset: number) => regionLoader(buildSubgraphContext(undefined), dataSource, start + offset).load(code);

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_REGISTRY);
    dataSource = await new DataSource(registryDataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('serves a renamed region by its old name until the copy is older than its TTL, then the new one', async () => {
    expect(await region('63.71', 0)).toMatchObject({ code: '63.71', name: 'Kota Banjarmasin', provinceCode: '63' });
    await dataSource.query(`UPDATE registry.regions SET name = 'Kota Banjarmasin Baru' WHERE code = '63.71'`);
    expect((await region('63.71', 1_000))?.name).toBe('Kota Banjarmasin');
    expect((await region('63.71', REGION_COPY_TTL_MS + 1_000))?.name).toBe('Kota Banjarmasin Baru');
  });

  it('reads a code the copy lacks from the table at once, and an unknown one is null', async () => {
    await dataSource.query(
      `INSERT INTO registry.regions (code, name, level, regency_kind, parent_code, province_code) VALUES ('63.99', 'Kota Uji', 'REGENCY', 'KOTA', '63', '63')`,
    );
    expect(await region('63.99', REGION_COPY_TTL_MS + 2_000)).toMatchObject({ code: '63.99', name: 'Kota Uji', regencyKind: 'KOTA' });
    expect(await region('99.99', REGION_COPY_TTL_MS + 2_000)).toBeNull();
  });
});
