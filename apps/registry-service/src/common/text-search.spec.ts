import { stableId } from '@simpul/service-kit';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

// The lists' search boxes (units, agencies, services) read what people type as the cross-module
// search does: case, accents, spelling variants and abbreviations from the shared synonym list.

const UNITS = `query($search: String) { serviceUnits(first: 50, filter: { search: $search }) { edges { node { name } } } }`;
const AGENCIES = `query($search: String) { agencies(first: 50, filter: { search: $search }) { edges { node { name } } } }`;

describe('list search as people type it (real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const unitNames = async (search: string) =>
    (await registry.graphql<{ serviceUnits: { edges: { node: { name: string } }[] } }>(UNITS, { search })).data?.serviceUnits.edges.map(
      (edge) => edge.node.name,
    );

  beforeAll(async () => {
    registry = await startRegistry();
    const created = await registry.graphql(
      `mutation($input: CreateServiceUnitInput!) { createServiceUnit(input: $input) { id } }`,
      {
        input: {
          name: 'Layanan Antrean Terpadu Pelabuhan Trisakti',
          kind: 'PUSKESMAS',
          serviceGroup: 'JASA',
          agencyId: stableId('agency', 'pemkot-63.71'),
          regionCode: '63.71',
        },
      },
      { caller: CALLERS.admin },
    );
    expect(created.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => registry?.close());

  it('"antrian" (the common spelling) finds a unit written "Antrean"', async () => {
    expect(await unitNames('antrian trisakti')).toEqual(['Layanan Antrean Terpadu Pelabuhan Trisakti']);
    expect(await unitNames('ANTREAN')).toContain('Layanan Antrean Terpadu Pelabuhan Trisakti');
  });

  it('an abbreviation finds the full name, in any case and with accents', async () => {
    expect(await unitNames('samsat KALSEL')).toEqual(['SAMSAT Kalimantan Selatan']);
    expect(await unitNames('Sámsat kalimantan selatan')).toEqual(['SAMSAT Kalimantan Selatan']);
    expect(await unitNames('samsat kalteng')).toEqual(['SAMSAT Kalimantan Tengah']);
  });

  it('every word must still match, and a word that matches nothing empties the list', async () => {
    expect(await unitNames('samsat kalsel paspor')).toEqual([]);
  });

  it('agencies are searched the same way', async () => {
    const result = await registry.graphql<{ agencies: { edges: { node: { name: string } }[] } }>(AGENCIES, { search: 'kota bjm' });
    const names = result.data?.agencies.edges.map((edge) => edge.node.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => /banjarmasin/i.test(name))).toBe(true);
  });
});
