import { CALLERS, DPMPTSP_KALTENG, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const UNIT = `query($id: ID!) { serviceUnit(id: $id) { id name kind serviceGroup agency { id } region { code } address phone email website externalIds { sippn pekppp sp4nLapor sinovik } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceUnitInput!) { updateServiceUnit(id: $id, input: $input) { id address phone kind } }`;
const UNIT_HISTORY = `query($id: ID!) { serviceUnit(id: $id) { changes(first: 5) { totalCount edges { node { at actorId actorName action objectType changes { field before after } } } } } }`;
const SERVICES = `query($unit: ID!) { services(first: 1, filter: { serviceUnitId: $unit }) { edges { node { id name } } } }`;
const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id standard { component content } } }`;
const SERVICE_HISTORY = `query($id: ID!) { service(id: $id) { changes { totalCount edges { node { actorName action changes { field before after } } } } } }`;

interface Unit {
  id: string;
  name: string;
  kind: string;
  serviceGroup: string;
  agency: { id: string };
  region: { code: string };
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  externalIds: { sippn: string | null; pekppp: string | null; sp4nLapor: string | null; sinovik: string | null };
}
interface History {
  totalCount: number;
  edges: {
    node: {
      at: string;
      actorId: string | null;
      actorName: string | null;
      action: string;
      objectType: string;
      changes: { field: string; before: string | null; after: string | null }[];
    };
  }[];
}

describe('a desk maintains its own unit (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const desk = { caller: CALLERS.deskSamsatKalsel };
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  async function unit(): Promise<Unit> {
    return (await registry.graphql<{ serviceUnit: Unit }>(UNIT, { id: SAMSAT_KALSEL }, desk)).data!.serviceUnit;
  }

  /** What the unit form sends: every field, the admin-only ones unchanged. */
  function wholeForm(current: Unit, changes: Record<string, unknown>): Record<string, unknown> {
    return {
      name: current.name,
      kind: current.kind,
      serviceGroup: current.serviceGroup,
      agencyId: current.agency.id,
      regionCode: current.region.code,
      address: current.address,
      phone: current.phone,
      email: current.email,
      website: current.website,
      externalIds: current.externalIds,
      ...changes,
    };
  }

  async function history(id = SAMSAT_KALSEL, caller = CALLERS.deskSamsatKalsel): Promise<History> {
    const result = await registry.graphql<{ serviceUnit: { changes: History } }>(UNIT_HISTORY, { id }, { caller });
    expect(result.errors).toBeUndefined();
    return result.data!.serviceUnit.changes;
  }

  it('saves the whole form with a new address: kind, agency, region and external ids sent back unchanged are no change', async () => {
    const before = await unit();
    const result = await registry.graphql(
      UPDATE,
      { id: SAMSAT_KALSEL, input: wholeForm(before, { address: 'Jl. A. Yani Km 5, Banjarmasin', phone: '0511-3252000' }) },
      desk,
    );
    expect(result.errors).toBeUndefined();
    expect(await unit()).toEqual({ ...before, address: 'Jl. A. Yani Km 5, Banjarmasin', phone: '0511-3252000' });
  });

  it('the change is in the unit history: who, when, each field before and after', async () => {
    const [latest] = (await history()).edges.map((edge) => edge.node);
    expect(latest).toMatchObject({
      actorId: CALLERS.deskSamsatKalsel.userId,
      actorName: CALLERS.deskSamsatKalsel.displayName,
      action: 'UPDATE',
      objectType: 'ServiceUnit',
    });
    expect(Date.now() - Date.parse(latest.at)).toBeLessThan(10 * 60_000);
    expect(latest.changes).toEqual([
      { field: 'address', before: expect.anything(), after: 'Jl. A. Yani Km 5, Banjarmasin' },
      { field: 'phone', before: expect.anything(), after: '0511-3252000' },
    ]);
  });

  it.each([
    ['kind', { kind: 'OTHER' }, 'input.kind'],
    ['agency', { agencyId: '00000000-0000-4000-8000-000000000001' }, 'input.agencyId'],
    ['region', { regionCode: '63.71' }, 'input.regionCode'],
    ['external ids', { externalIds: { sippn: 'SIPPN-BARU', pekppp: null, sp4nLapor: null, sinovik: null } }, 'input.externalIds'],
  ])('changing the %s is FORBIDDEN for a desk, with the field named, and nothing is saved or recorded', async (_what, change, field) => {
    const before = await unit();
    const entries = (await history()).totalCount;
    const result = await registry.graphql(
      UPDATE,
      { id: SAMSAT_KALSEL, input: wholeForm(before, { ...change, address: 'Alamat yang tidak tersimpan' }) },
      desk,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      field,
      messages: { id: expect.stringContaining('admin nasional'), en: expect.any(String) },
    });
    expect(await unit()).toEqual(before);
    expect((await history()).totalCount).toBe(entries);
  });

  it('the national admin may change the kind, and it is recorded as the admin', async () => {
    const result = await registry.graphql(UPDATE, { id: SAMSAT_KALSEL, input: { kind: 'OTHER' } }, { caller: CALLERS.admin });
    expect(result.errors).toBeUndefined();
    const [latest] = (await history(SAMSAT_KALSEL, CALLERS.admin)).edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ actorId: CALLERS.admin.userId, changes: [{ field: 'kind', before: 'SAMSAT', after: 'OTHER' }] });
    await registry.graphql(UPDATE, { id: SAMSAT_KALSEL, input: { kind: 'SAMSAT' } }, { caller: CALLERS.admin });
  });

  it("a desk changes its services' standards; the change is in the service history, component by component", async () => {
    const service = (await registry.graphql<{ services: { edges: { node: { id: string } }[] } }>(SERVICES, { unit: SAMSAT_KALSEL })).data!
      .services.edges[0].node;
    const result = await registry.graphql(
      UPDATE_SERVICE,
      { id: service.id, input: { standard: [{ component: 'FEE', content: 'Sesuai PP 60/2016' }] } },
      desk,
    );
    expect(result.errors).toBeUndefined();
    const changes = await registry.graphql<{ service: { changes: History } }>(SERVICE_HISTORY, { id: service.id }, desk);
    const [latest] = changes.data!.service.changes.edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ actorName: CALLERS.deskSamsatKalsel.displayName, action: 'UPDATE' });
    expect(latest.changes).toContainEqual({ field: 'standard.FEE', before: expect.anything(), after: 'Sesuai PP 60/2016' });
  });

  it('the history of a unit is read by whoever may edit it: the admin and its own desk, nobody else', async () => {
    expect((await history(SAMSAT_KALSEL, CALLERS.admin)).totalCount).toBeGreaterThan(0);
    for (const caller of [CALLERS.deskDpmptspKalteng, CALLERS.operator, CALLERS.evaluator]) {
      const result = await registry.graphql(UNIT_HISTORY, { id: SAMSAT_KALSEL }, { caller });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        messages: { id: expect.any(String), en: expect.any(String) },
      });
    }
    expect((await registry.graphql(UNIT_HISTORY, { id: SAMSAT_KALSEL })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await history(DPMPTSP_KALTENG, CALLERS.deskDpmptspKalteng)).totalCount).toBeGreaterThanOrEqual(1);
  });

  it('seeded rows were written by the system: their entries carry no actor', async () => {
    const entries = (await history(DPMPTSP_KALTENG, CALLERS.admin)).edges.map((edge) => edge.node);
    expect(entries.at(-1)).toMatchObject({ action: 'CREATE', actorId: null, actorName: null });
  });
});
