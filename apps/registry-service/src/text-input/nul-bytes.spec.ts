import { CALLERS, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

// Issue 18 §4: PostgreSQL cannot store U+0000 in text (22021); a string argument carrying one is the
// caller's mistake, answered as BAD_USER_INPUT on the field, never INTERNAL_SERVER_ERROR.
describe('a NUL character in a string argument (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('refuses it inside an input object in a variable, naming the field in both languages, and writes nothing', async () => {
    const result = await registry.graphql(
      `mutation($i: CreateServiceInput!) { createService(input: $i) { id } }`,
      { i: { serviceUnitId: SAMSAT_KALSEL, name: 'Layanan\u0000Nol' } },
      { caller: CALLERS.admin },
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      messages: { en: expect.stringContaining('input.name'), id: expect.stringContaining('input.name') },
    });
    expect(await registry.sql(`SELECT 1 FROM registry.services WHERE name LIKE 'Layanan%Nol'`)).toEqual([]);
  });

  it('refuses it in an inline argument of a query', async () => {
    const result = await registry.graphql(`{ services(filter: { search: "kendaraan\\u0000" }) { totalCount } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('a NUL character inside an imported file (PostgreSQL answers 22021)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('is BAD_USER_INPUT in both languages, not INTERNAL_SERVER_ERROR, and nothing is written', async () => {
    const content = Buffer.from('name,description\nLayanan Impor Nol,Satu\u0000Dua\n').toString('base64');
    const result = await registry.graphql(
      `mutation($unit: ID!, $content: String!) { importServices(serviceUnitId: $unit, format: CSV, contentBase64: $content) { accepted } }`,
      { unit: SAMSAT_KALSEL, content },
      { caller: CALLERS.admin },
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messages: { en: expect.stringContaining('NUL character'), id: expect.stringContaining('karakter NUL') },
    });
    expect(await registry.sql(`SELECT 1 FROM registry.services WHERE name = 'Layanan Impor Nol'`)).toEqual([]);
  });
});
