import { startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

describe('regions (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('lists the 38 provinces', async () => {
    const result = await registry.graphql<{ provinces: { code: string; level: string }[] }>(
      '{ provinces { code name level regencyKind } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.provinces).toHaveLength(38);
    expect(result.data?.provinces.every((province) => province.level === 'PROVINCE')).toBe(true);
  });

  it('lists the 13 kabupaten/kota of Kalimantan Selatan including 63.71 Kota Banjarmasin', async () => {
    const result = await registry.graphql<{ regencies: { code: string; name: string; regencyKind: string; parent: { code: string } }[] }>(
      '{ regencies(provinceCode: "63") { code name regencyKind provinceCode parent { code name } } }',
    );
    expect(result.data?.regencies).toHaveLength(13);
    expect(result.data?.regencies).toContainEqual(
      expect.objectContaining({
        code: '63.71',
        name: 'Kota Banjarmasin',
        regencyKind: 'KOTA',
        parent: expect.objectContaining({ code: '63' }),
      }),
    );
  });

  it('refuses an unknown province code with BAD_USER_INPUT on provinceCode', async () => {
    const result = await registry.graphql('{ regencies(provinceCode: "99") { code } }');
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'provinceCode',
      messages: { id: expect.any(String), en: expect.any(String) },
    });
  });

  it('counts 514 kabupaten/kota in all', async () => {
    const [{ count }] = await registry.app
      .get((await import('typeorm')).DataSource)
      .query(`SELECT count(*)::int AS count FROM registry.regions WHERE level = 'REGENCY'`);
    expect(count).toBe(514);
  });
});
