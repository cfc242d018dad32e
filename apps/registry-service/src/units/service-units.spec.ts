import { stableId } from '@simpul/service-kit';
import { CALLERS, DPMPTSP_KALTENG, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

interface UnitsPage {
  serviceUnits: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; kind: string; region: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean };
  };
}

const UNITS = `query Units($first: Int, $after: String, $filter: ServiceUnitFilter, $sort: ServiceUnitSort) {
  serviceUnits(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount edges { cursor node { id name kind region { code } } } pageInfo { hasNextPage endCursor hasPreviousPage }
  }
}`;

const CREATE = `mutation Create($input: CreateServiceUnitInput!) { createServiceUnit(input: $input) { id name kind region { code } agency { id } externalIds { sippn } canEdit } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateServiceUnitInput!) { updateServiceUnit(id: $id, input: $input) { id name phone } }`;
const ARCHIVE = `mutation Archive($id: ID!) { archiveServiceUnit(id: $id) { id archivedAt } }`;

const BANJARMASIN = stableId('agency', 'pemkot-63.71');

describe('service units (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  describe('search, filters, sort', () => {
    it('"samsat" finds the provincial Samsat units, case-insensitively', async () => {
      const result = await registry.graphql<UnitsPage>(UNITS, { first: 100, filter: { search: 'samsat' } });
      expect(result.errors).toBeUndefined();
      const names = result.data!.serviceUnits.edges.map((edge) => edge.node.name);
      expect(result.data!.serviceUnits.totalCount).toBeGreaterThanOrEqual(38);
      expect(names).toEqual(expect.arrayContaining(['SAMSAT Kalimantan Selatan', 'SAMSAT Kalimantan Tengah']));
      expect(names.every((name) => /samsat/i.test(name))).toBe(true);
    });

    it('matches every word, in any order and case', async () => {
      const result = await registry.graphql<UnitsPage>(UNITS, { filter: { search: 'selatan SAMSAT kalimantan' } });
      expect(result.data!.serviceUnits.edges.map((edge) => edge.node.name)).toEqual(['SAMSAT Kalimantan Selatan']);
    });

    it('a province code also matches units in its kabupaten/kota', async () => {
      const result = await registry.graphql<UnitsPage>(UNITS, { first: 100, filter: { regionCode: '63' } });
      const regions = new Set(result.data!.serviceUnits.edges.map((edge) => edge.node.region.code));
      expect(regions).toEqual(new Set(['63', '63.71']));
      const city = await registry.graphql<UnitsPage>(UNITS, { first: 100, filter: { regionCode: '63.71' } });
      expect(city.data!.serviceUnits.edges.every((edge) => edge.node.region.code === '63.71')).toBe(true);
      expect(city.data!.serviceUnits.totalCount).toBeLessThan(result.data!.serviceUnits.totalCount);
    });

    it('filters by kind and agency', async () => {
      const kind = await registry.graphql<UnitsPage>(UNITS, { first: 100, filter: { kind: 'RSUD' } });
      expect(kind.data!.serviceUnits.edges.map((edge) => edge.node.name)).toEqual(expect.arrayContaining(['RSUD dr. Doris Sylvanus']));
      expect(kind.data!.serviceUnits.edges.every((edge) => edge.node.kind === 'RSUD')).toBe(true);
      const agency = await registry.graphql<UnitsPage>(UNITS, { first: 100, filter: { agencyId: BANJARMASIN } });
      expect(agency.data!.serviceUnits.totalCount).toBe(5);
    });

    it('sorts by name descending', async () => {
      const result = await registry.graphql<UnitsPage>(UNITS, { first: 10, sort: { field: 'NAME', direction: 'DESC' } });
      const names = result.data!.serviceUnits.edges.map((edge) => edge.node.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    });
  });

  describe('pagination', () => {
    it.each([
      ['KIND', 'ASC'],
      ['CREATED_AT', 'DESC'],
      ['REGION', 'DESC'],
    ])('walks every unit once by %s %s with opaque cursors and a stable totalCount', async (field, direction) => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 20; page += 1) {
        const result: { data?: UnitsPage | null } = await registry.graphql<UnitsPage>(UNITS, {
          first: 25,
          after,
          sort: { field, direction },
        });
        const connection = result.data!.serviceUnits;
        total = connection.totalCount;
        seen.push(...connection.edges.map((edge) => edge.node.id));
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(76);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it.each([0, 101, -1])('first = %p is BAD_USER_INPUT on first', async (first) => {
      const result = await registry.graphql(UNITS, { first });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('a forged cursor is BAD_USER_INPUT on after', async () => {
      const result = await registry.graphql(UNITS, { after: 'not-a-cursor' });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  it('finds a unit by an external id', async () => {
    const result = await registry.graphql<{ serviceUnitByExternalId: { id: string; externalIds: { sippn: string } } }>(
      '{ serviceUnitByExternalId(system: SIPPN, value: "DEMO-SIPPN-63-SAMSAT") { id externalIds { sippn pekppp } } }',
    );
    expect(result.data?.serviceUnitByExternalId).toMatchObject({ id: SAMSAT_KALSEL, externalIds: { sippn: 'DEMO-SIPPN-63-SAMSAT' } });
    const none = await registry.graphql('{ serviceUnitByExternalId(system: SINOVIK, value: "nothing") { id } }');
    expect(none.data).toEqual({ serviceUnitByExternalId: null });
  });

  it('canEdit tells the admin and the unit desk apart from others', async () => {
    const query = `query($id: ID!) { serviceUnit(id: $id) { canEdit } }`;
    const as = async (caller: Parameters<RegistryHarness['graphql']>[2]) =>
      (await registry.graphql<{ serviceUnit: { canEdit: boolean } }>(query, { id: SAMSAT_KALSEL }, caller)).data?.serviceUnit.canEdit;
    expect(await as({ caller: CALLERS.admin })).toBe(true);
    expect(await as({ caller: CALLERS.deskSamsatKalsel })).toBe(true);
    expect(await as({ caller: CALLERS.deskDpmptspKalteng })).toBe(false);
    expect(await as({ caller: null })).toBe(false);
  });

  describe('create, update, archive', () => {
    const input = {
      name: 'Puskesmas Teluk Dalam',
      kind: 'PUSKESMAS',
      serviceGroup: 'JASA',
      agencyId: BANJARMASIN,
      regionCode: '63.71',
      externalIds: { sippn: 'DEMO-SIPPN-PKM-TD' },
    };

    it('the admin creates, updates and archives a unit; archived units leave public lists', async () => {
      const created = await registry.graphql<{ createServiceUnit: { id: string; canEdit: boolean } }>(
        CREATE,
        { input },
        { caller: CALLERS.admin },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createServiceUnit).toMatchObject({
        name: 'Puskesmas Teluk Dalam',
        kind: 'PUSKESMAS',
        region: { code: '63.71' },
        agency: { id: BANJARMASIN },
        canEdit: true,
      });
      const id = created.data!.createServiceUnit.id;

      const updated = await registry.graphql(
        UPDATE,
        { id, input: { name: '  Puskesmas  Teluk Dalam Banjarmasin ', phone: '0511-123456' } },
        { caller: CALLERS.admin },
      );
      expect(updated.data).toEqual({ updateServiceUnit: { id, name: 'Puskesmas Teluk Dalam Banjarmasin', phone: '0511-123456' } });

      const archived = await registry.graphql<{ archiveServiceUnit: { archivedAt: string } }>(ARCHIVE, { id }, { caller: CALLERS.admin });
      expect(archived.data?.archiveServiceUnit.archivedAt).toEqual(expect.any(String));

      const publicView = await registry.graphql(`query($id: ID!) { serviceUnit(id: $id) { id } }`, { id });
      expect(publicView.data).toEqual({ serviceUnit: null });
      const publicList = await registry.graphql<UnitsPage>(UNITS, { filter: { search: 'teluk dalam', includeArchived: true } });
      expect(publicList.data!.serviceUnits.totalCount).toBe(0);
      const adminList = await registry.graphql<UnitsPage>(
        UNITS,
        { filter: { search: 'teluk dalam', includeArchived: true } },
        { caller: CALLERS.admin },
      );
      expect(adminList.data!.serviceUnits.totalCount).toBe(1);
    });

    it('a desk edits its own unit', async () => {
      const result = await registry.graphql(
        UPDATE,
        { id: SAMSAT_KALSEL, input: { phone: '0511-999999' } },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(result.errors).toBeUndefined();
    });

    it('desk A editing unit B is FORBIDDEN', async () => {
      const result = await registry.graphql(
        UPDATE,
        { id: DPMPTSP_KALTENG, input: { phone: '0511-000000' } },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('a desk may not move its unit to another agency', async () => {
      const result = await registry.graphql(
        UPDATE,
        { id: SAMSAT_KALSEL, input: { agencyId: BANJARMASIN } },
        { caller: CALLERS.deskSamsatKalsel },
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.agencyId' });
    });

    it('a desk or an evaluator cannot create units', async () => {
      for (const caller of [CALLERS.deskSamsatKalsel, CALLERS.evaluator, CALLERS.operator]) {
        const result = await registry.graphql(CREATE, { input: { ...input, externalIds: null } }, { caller });
        expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    });

    it('writing without an identity is UNAUTHENTICATED', async () => {
      const result = await registry.graphql(UPDATE, { id: SAMSAT_KALSEL, input: { name: 'x' } });
      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const create = await registry.graphql(CREATE, { input });
      expect(create.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['an unknown province code', { regionCode: '99' }, 'input.regionCode'],
      ['an empty name', { name: '   ' }, 'input.name'],
      ['a duplicate external id', { externalIds: { sippn: 'DEMO-SIPPN-63-SAMSAT' } }, 'input.externalIds.sippn'],
      ['an unknown agency', { agencyId: '00000000-0000-5000-8000-000000000000' }, 'input.agencyId'],
      ['a bad e-mail', { email: 'not-an-email' }, 'input.email'],
    ])('%s is BAD_USER_INPUT on its field, and nothing is written', async (_label, change, field) => {
      const before = await registry.graphql<UnitsPage>(UNITS, { filter: { search: 'Kantor Uji' } }, { caller: CALLERS.admin });
      const result = await registry.graphql(
        CREATE,
        { input: { ...input, name: 'Kantor Uji', externalIds: null, ...change } },
        { caller: CALLERS.admin },
      );
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        messages: { id: expect.any(String), en: expect.any(String) },
      });
      expect(result.errors?.[0].message).toBe(result.errors?.[0].extensions.messages?.en);
      const after = await registry.graphql<UnitsPage>(UNITS, { filter: { search: 'Kantor Uji' } }, { caller: CALLERS.admin });
      expect(after.data!.serviceUnits.totalCount).toBe(before.data!.serviceUnits.totalCount);
    });

    it("updating a unit to another unit's external id is BAD_USER_INPUT", async () => {
      const result = await registry.graphql(
        UPDATE,
        { id: DPMPTSP_KALTENG, input: { externalIds: { pekppp: 'DEMO-PEKPPP-63-01' } } },
        { caller: CALLERS.admin },
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.externalIds.pekppp' });
    });
  });
});
