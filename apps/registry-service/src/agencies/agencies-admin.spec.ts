import { stableId } from '@simpul/service-kit';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const FIELDS = 'id name type regionCode region { code } parent { id name } archived archivedAt';
const CREATE = `mutation($input: AgencyInput!) { createAgency(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: AgencyInput!) { updateAgency(id: $id, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveAgency(id: $id) { ${FIELDS} } }`;
const AGENCIES = `query($filter: AgencyFilter) { agencies(first: 100, filter: $filter) { totalCount edges { node { id archived } } } }`;
const HISTORY = `query($id: ID!) { agency(id: $id) { changes(first: 10) { totalCount edges { node { actorId actorName action objectType objectId changes { field before after } } } } } }`;

interface AgencyResult {
  id: string;
  name: string;
  type: string;
  regionCode: string;
  region: { code: string };
  parent: { id: string; name: string } | null;
  archived: boolean;
  archivedAt: string | null;
}

const PEMPROV_KALSEL = stableId('agency', 'pemprov-63');
const PEMKOT_BANJARMASIN = stableId('agency', 'pemkot-63.71');

describe('agencies administered by the national admin (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const admin = { caller: CALLERS.admin };
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  async function create(input: Record<string, unknown>): Promise<AgencyResult> {
    const result = await registry.graphql<{ createAgency: AgencyResult }>(CREATE, { input }, admin);
    expect(result.errors).toBeUndefined();
    return result.data!.createAgency;
  }

  it('creates an agency with a trimmed name, its region and parent resolved', async () => {
    const agency = await create({
      name: '  Dinas   Kependudukan Kota Banjarmasin ',
      type: 'KOTA',
      regionCode: '63.71',
      parentId: PEMKOT_BANJARMASIN,
    });
    expect(agency).toMatchObject({
      name: 'Dinas Kependudukan Kota Banjarmasin',
      type: 'KOTA',
      regionCode: '63.71',
      region: { code: '63.71' },
      parent: { id: PEMKOT_BANJARMASIN },
      archived: false,
      archivedAt: null,
    });
  });

  it('records who created it, and each later change with its before and after', async () => {
    const agency = await create({ name: 'Badan Pendapatan Daerah Kalsel', type: 'PROVINSI', regionCode: '63' });
    const updated = await registry.graphql<{ updateAgency: AgencyResult }>(
      UPDATE,
      { id: agency.id, input: { name: 'Bapenda Kalimantan Selatan', type: 'PROVINSI', regionCode: '63', parentId: PEMPROV_KALSEL } },
      admin,
    );
    expect(updated.data!.updateAgency).toMatchObject({ name: 'Bapenda Kalimantan Selatan', parent: { id: PEMPROV_KALSEL } });

    const history = await registry.graphql<{
      agency: {
        changes: {
          totalCount: number;
          edges: {
            node: {
              actorId: string;
              actorName: string;
              action: string;
              changes: { field: string; before: string | null; after: string | null }[];
            };
          }[];
        };
      };
    }>(HISTORY, { id: agency.id }, admin);
    expect(history.errors).toBeUndefined();
    const [update, creation] = history.data!.agency.changes.edges.map((edge) => edge.node);
    expect(history.data!.agency.changes.totalCount).toBe(2);
    expect(update).toMatchObject({ actorId: CALLERS.admin.userId, actorName: CALLERS.admin.displayName, action: 'UPDATE' });
    expect(update.changes).toEqual([
      { field: 'name', before: 'Badan Pendapatan Daerah Kalsel', after: 'Bapenda Kalimantan Selatan' },
      { field: 'parentId', before: null, after: PEMPROV_KALSEL },
    ]);
    expect(creation).toMatchObject({ action: 'CREATE', actorId: CALLERS.admin.userId });
    expect(creation.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: 'Badan Pendapatan Daerah Kalsel' },
        { field: 'regionCode', before: null, after: '63' },
      ]),
    );
  });

  it.each([
    [{ name: '   ', type: 'KOTA', regionCode: '63.71' }, 'BAD_USER_INPUT', 'input.name'],
    [{ name: 'Dinas X', type: 'KOTA', regionCode: '99.99' }, 'BAD_USER_INPUT', 'input.regionCode'],
    [{ name: 'Dinas X', type: 'KOTA', regionCode: '63.71', parentId: stableId('agency', 'nope') }, 'BAD_USER_INPUT', 'input.parentId'],
    [{ name: 'Dinas X', type: 'KOTA', regionCode: '63.71', parentId: 'not-an-id' }, 'BAD_USER_INPUT', 'input.parentId'],
  ])('refuses %j with %s on %s, in both languages, creating nothing', async (input, code, field) => {
    const before = (await registry.graphql<{ agencies: { totalCount: number } }>(AGENCIES, {}, admin)).data!.agencies.totalCount;
    const result = await registry.graphql(CREATE, { input }, admin);
    expect(result.errors?.[0].extensions).toMatchObject({ code, field, messages: { id: expect.any(String), en: expect.any(String) } });
    expect((await registry.graphql<{ agencies: { totalCount: number } }>(AGENCIES, {}, admin)).data!.agencies.totalCount).toBe(before);
  });

  it('an unknown type is refused before it reaches the service', async () => {
    const result = await registry.graphql(CREATE, { input: { name: 'Dinas X', type: 'KERAJAAN', regionCode: '63' } }, admin);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a parent that is the agency itself or one of its descendants', async () => {
    const top = await create({ name: 'Induk Uji', type: 'PROVINSI', regionCode: '63' });
    const child = await create({ name: 'Anak Uji', type: 'PROVINSI', regionCode: '63', parentId: top.id });
    const grandchild = await create({ name: 'Cucu Uji', type: 'PROVINSI', regionCode: '63', parentId: child.id });
    for (const parentId of [top.id, grandchild.id]) {
      const result = await registry.graphql(
        UPDATE,
        { id: top.id, input: { name: 'Induk Uji', type: 'PROVINSI', regionCode: '63', parentId } },
        admin,
      );
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    }
  });

  it('archives an agency without active units; it leaves lists unless an admin asks for archived ones', async () => {
    const agency = await create({ name: 'Kantor Sementara', type: 'KOTA', regionCode: '63.71' });
    const archived = await registry.graphql<{ archiveAgency: AgencyResult }>(ARCHIVE, { id: agency.id }, admin);
    expect(archived.data!.archiveAgency).toMatchObject({ archived: true, archivedAt: expect.any(String) });

    const ids = async (filter: Record<string, unknown>, caller = CALLERS.admin) =>
      (
        await registry.graphql<{ agencies: { edges: { node: { id: string } }[] } }>(
          AGENCIES,
          { filter: { search: 'Kantor Sementara', ...filter } },
          { caller },
        )
      ).data!.agencies.edges.map((edge) => edge.node.id);
    expect(await ids({})).toEqual([]);
    expect(await ids({ includeArchived: true })).toEqual([agency.id]);
    expect(await ids({ includeArchived: true }, CALLERS.deskSamsatKalsel)).toEqual([]);

    const asParent = await registry.graphql(
      CREATE,
      { input: { name: 'Anak Arsip', type: 'KOTA', regionCode: '63.71', parentId: agency.id } },
      admin,
    );
    expect(asParent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    const unit = await registry.graphql(
      `mutation($input: CreateServiceUnitInput!) { createServiceUnit(input: $input) { id } }`,
      { input: { name: 'Unit di Instansi Arsip', kind: 'OTHER', serviceGroup: 'ADMINISTRASI', agencyId: agency.id, regionCode: '63.71' } },
      admin,
    );
    expect(unit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId' });
  });

  it('archiving an agency with active units is a CONFLICT that says how many', async () => {
    const result = await registry.graphql(ARCHIVE, { id: PEMPROV_KALSEL }, admin);
    const [error] = result.errors ?? [];
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      messages: {
        id: expect.stringMatching(/masih memiliki \d+ unit pelayanan aktif/),
        en: expect.stringMatching(/still has \d+ active service unit/),
      },
    });
    const count = await registry.graphql<{ agency: { serviceUnitCount: number; archived: boolean } }>(
      'query($id: ID!) { agency(id: $id) { serviceUnitCount archived } }',
      { id: PEMPROV_KALSEL },
    );
    expect(error.extensions.messages?.en).toContain(`${count.data!.agency.serviceUnitCount} active`);
    expect(count.data!.agency.archived).toBe(false);
  });

  it('a missing agency is NOT_FOUND', async () => {
    const result = await registry.graphql(ARCHIVE, { id: stableId('agency', 'missing') }, admin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('only the national admin creates, edits, archives agencies or reads their history', async () => {
    const input = { name: 'Dinas Y', type: 'KOTA', regionCode: '63.71' };
    for (const caller of [CALLERS.deskSamsatKalsel, CALLERS.operator, CALLERS.evaluator]) {
      expect((await registry.graphql(CREATE, { input }, { caller })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await registry.graphql(UPDATE, { id: PEMKOT_BANJARMASIN, input }, { caller })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await registry.graphql(ARCHIVE, { id: PEMKOT_BANJARMASIN }, { caller })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await registry.graphql(HISTORY, { id: PEMKOT_BANJARMASIN }, { caller })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await registry.graphql(CREATE, { input })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
