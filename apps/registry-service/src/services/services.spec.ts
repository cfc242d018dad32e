import { stableId } from '@simpul/service-kit';
import { CALLERS, DPMPTSP_KALTENG, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const SERVICE = `query($id: ID!) { service(id: $id) {
  id name canEdit serviceUnit { id name }
  standard { component delivery content published }
  completeness { complete missing unpublished deliveryReady filled total }
} }`;
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id name completeness { complete missing unpublished filled } standard { component published } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id name completeness { missing unpublished deliveryReady } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveService(id: $id) { id archivedAt } }`;

interface Completeness {
  complete: boolean;
  missing: string[];
  unpublished: string[];
  deliveryReady: boolean;
  filled: number;
  total: number;
}

describe('services and their Standar Pelayanan (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('a service shows its 14 components in legal order and what is missing', async () => {
    const id = stableId('service', 'samsat-62:Pengesahan STNK Tahunan');
    const result = await registry.graphql<{
      service: { standard: { component: string; delivery: boolean }[]; completeness: Completeness; canEdit: boolean };
    }>(SERVICE, { id });
    expect(result.errors).toBeUndefined();
    const service = result.data!.service;
    expect(service.standard.map((value) => value.component)).toEqual([
      'REQUIREMENTS',
      'PROCEDURE',
      'DURATION',
      'FEE',
      'PRODUCT',
      'COMPLAINT_HANDLING',
      'LEGAL_BASIS',
      'FACILITIES',
      'STAFF_COMPETENCE',
      'INTERNAL_SUPERVISION',
      'STAFF_COUNT',
      'SERVICE_GUARANTEE',
      'SAFETY_GUARANTEE',
      'STAFF_EVALUATION',
    ]);
    expect(service.standard.filter((value) => value.delivery)).toHaveLength(6);
    expect(service.completeness).toEqual({
      complete: false,
      missing: ['FACILITIES', 'STAFF_EVALUATION'],
      unpublished: ['FEE'],
      deliveryReady: false,
      filled: 12,
      total: 14,
    });
    expect(service.canEdit).toBe(false);
  });

  it('lists incomplete services only when asked, with totalCount in SQL', async () => {
    const query = `query($filter: ServiceFilter) { services(first: 100, filter: $filter) { totalCount edges { node { completeness { complete } } } } }`;
    const all = await registry.graphql<{ services: { totalCount: number } }>(query, {});
    const incomplete = await registry.graphql<{
      services: { totalCount: number; edges: { node: { completeness: { complete: boolean } } }[] };
    }>(query, { filter: { incomplete: true } });
    expect(incomplete.data!.services.totalCount).toBeGreaterThan(0);
    expect(incomplete.data!.services.totalCount).toBeLessThan(all.data!.services.totalCount);
    expect(incomplete.data!.services.edges.every((edge) => !edge.node.completeness.complete)).toBe(true);
  });

  it('filters services by unit and searches by name', async () => {
    const result = await registry.graphql<{ services: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `query($filter: ServiceFilter) { services(filter: $filter, sort: { field: NAME }) { totalCount edges { node { name } } } }`,
      { filter: { serviceUnitId: SAMSAT_KALSEL, search: 'stnk' } },
    );
    expect(result.data!.services.edges.map((edge) => edge.node.name)).toEqual([
      'Pengesahan STNK Lima Tahunan dan Penggantian TNKB',
      'Pengesahan STNK Tahunan',
    ]);
  });

  it('nests services under units with their own pages', async () => {
    const result = await registry.graphql<{
      serviceUnit: {
        services: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    }>(
      `query($id: ID!) { serviceUnit(id: $id) { services(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } } }`,
      { id: SAMSAT_KALSEL },
    );
    const connection = result.data!.serviceUnit.services;
    expect(connection.totalCount).toBe(3);
    expect(connection.edges).toHaveLength(2);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const next = await registry.graphql<{
      serviceUnit: { services: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean } } };
    }>(
      `query($id: ID!, $after: String) { serviceUnit(id: $id) { services(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage } } } }`,
      { id: SAMSAT_KALSEL, after: connection.pageInfo.endCursor },
    );
    expect(next.data!.serviceUnit.services.edges).toHaveLength(1);
    expect(next.data!.serviceUnit.services.pageInfo.hasNextPage).toBe(false);
  });

  it("a unit's listed services carry the same Standar Pelayanan and completeness as each service read by id", async () => {
    const DETAIL = `standard { component content published } completeness { complete missing unpublished deliveryReady filled total }`;
    const listed = await registry.graphql<{ serviceUnit: { services: { edges: { node: { id: string } & Record<string, unknown> }[] } } }>(
      `query($id: ID!) { serviceUnit(id: $id) { services(first: 10) { edges { node { id ${DETAIL} } } } } }`,
      { id: SAMSAT_KALSEL },
    );
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data!.serviceUnit.services.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(1);
    for (const node of nodes) {
      const single = await registry.graphql<{ service: Record<string, unknown> }>(`query($id: ID!) { service(id: $id) { id ${DETAIL} } }`, {
        id: node.id,
      });
      expect(node).toEqual(single.data!.service);
    }
  });

  it('a desk creates, updates and archives a service of its own unit', async () => {
    const created = await registry.graphql<{
      createService: { id: string; completeness: Completeness; standard: { component: string; published: boolean }[] };
    }>(
      CREATE,
      {
        input: {
          serviceUnitId: SAMSAT_KALSEL,
          name: 'Mutasi Kendaraan Keluar Daerah',
          standard: [
            { component: 'REQUIREMENTS', content: 'KTP-el, STNK, BPKB asli', published: true },
            { component: 'LEGAL_BASIS', content: 'UU 22/2009', published: true },
          ],
        },
      },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(created.errors).toBeUndefined();
    const service = created.data!.createService;
    expect(service.completeness).toMatchObject({ complete: false, filled: 2, unpublished: [] });
    expect(service.standard.filter((value) => value.published).map((value) => value.component)).toEqual(['REQUIREMENTS']);

    const updated = await registry.graphql<{ updateService: { completeness: Completeness } }>(
      UPDATE,
      {
        id: service.id,
        input: { standard: [{ component: 'FEE', content: 'PNBP mutasi sesuai PP PNBP Polri' }] },
      },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(updated.data!.updateService.completeness.unpublished).toEqual(['FEE']);
    expect(updated.data!.updateService.completeness.missing).not.toContain('REQUIREMENTS');

    const archived = await registry.graphql<{ archiveService: { archivedAt: string } }>(
      ARCHIVE,
      { id: service.id },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(archived.data!.archiveService.archivedAt).toEqual(expect.any(String));
    expect((await registry.graphql(SERVICE, { id: service.id })).data).toEqual({ service: null });
    expect(
      (await registry.graphql<{ service: { id: string } }>(SERVICE, { id: service.id }, { caller: CALLERS.deskSamsatKalsel })).data!.service
        .id,
    ).toBe(service.id);
  });

  it('desk A writing services of unit B is FORBIDDEN; the public is UNAUTHENTICATED', async () => {
    const input = { serviceUnitId: DPMPTSP_KALTENG, name: 'Layanan Uji' };
    expect((await registry.graphql(CREATE, { input }, { caller: CALLERS.deskSamsatKalsel })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await registry.graphql(CREATE, { input })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const id = stableId('service', 'dpmptsp-62:Izin Operasional Rumah Sakit Kelas B');
    expect(
      (await registry.graphql(UPDATE, { id, input: { name: 'x' } }, { caller: CALLERS.deskSamsatKalsel })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await registry.graphql(UPDATE, { id, input: { name: 'Izin Operasional RS Kelas B' } }, { caller: CALLERS.deskDpmptspKalteng }))
        .errors,
    ).toBeUndefined();
  });

  it('an empty or duplicate service name is BAD_USER_INPUT on input.name', async () => {
    const empty = await registry.graphql(CREATE, { input: { serviceUnitId: SAMSAT_KALSEL, name: ' ' } }, { caller: CALLERS.admin });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const duplicate = await registry.graphql(
      CREATE,
      { input: { serviceUnitId: SAMSAT_KALSEL, name: 'pengesahan stnk tahunan' } },
      { caller: CALLERS.admin },
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});
