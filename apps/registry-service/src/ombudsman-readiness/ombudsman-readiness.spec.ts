import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';
import { OMBUDSMAN_CHECKS, parseChecks } from './ombudsman-checks';

const UNIT_READINESS = `query($id: ID!) { ombudsmanReadiness(serviceUnitId: $id) {
  serviceUnit { id name } serviceCount checkedComponents missingCount unpublishedCount ready
  items { component label { id en } requirement state serviceId serviceName }
} }`;
const AGENCY_READINESS = `query($id: ID!, $first: Int, $after: String) { agencyOmbudsmanReadiness(agencyId: $id) {
  agency { id name } unitCount readyUnitCount serviceCount checkedComponents missingCount unpublishedCount
  units(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { serviceUnit { id name } serviceCount checkedComponents missingCount unpublishedCount ready } } }
} }`;

interface Item {
  component: string;
  label: { id: string; en: string };
  requirement: string;
  state: 'PRESENT' | 'MISSING' | 'UNPUBLISHED';
  serviceId: string | null;
  serviceName: string | null;
}
interface UnitReadiness {
  serviceUnit: { id: string; name: string };
  serviceCount: number;
  checkedComponents: number;
  missingCount: number;
  unpublishedCount: number;
  ready: boolean;
  items: Item[];
}
type UnitCounts = Omit<UnitReadiness, 'items'>;
interface AgencyReadiness {
  agency: { id: string; name: string };
  unitCount: number;
  readyUnitCount: number;
  serviceCount: number;
  checkedComponents: number;
  missingCount: number;
  unpublishedCount: number;
  units: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: UnitCounts }[] };
}

// Every component filled, every delivery component published: what a ready service records.
const FULL = [
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
].map((component) => ({ component, content: `Isi ${component}`, published: true }));

describe('Ombudsman readiness from the registry’s own Standar Pelayanan (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  let agencyId: string;
  let gappyUnit: string;
  let readyUnit: string;
  let emptyUnit: string;

  async function admin<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await registry.graphql<T>(query, variables, { caller: CALLERS.admin });
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  async function createUnit(name: string): Promise<string> {
    const created = await admin<{ createServiceUnit: { id: string } }>(
      `mutation($input: CreateServiceUnitInput!) { createServiceUnit(input: $input) { id } }`,
      { input: { name, kind: 'DPMPTSP', serviceGroup: 'ADMINISTRASI', agencyId, regionCode: '63.71' } },
    );
    return created.createServiceUnit.id;
  }

  async function createService(serviceUnitId: string, name: string, standard: unknown[]): Promise<string> {
    const created = await admin<{ createService: { id: string } }>(
      `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`,
      { input: { serviceUnitId, name, standard } },
    );
    return created.createService.id;
  }

  beforeAll(async () => {
    registry = await startRegistry();
    agencyId = (
      await admin<{ createAgency: { id: string } }>(`mutation($input: AgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { name: 'Pemerintah Kota Uji Kesiapan', type: 'KOTA', regionCode: '63.71' },
      })
    ).createAgency.id;
    gappyUnit = await createUnit('A DPMPTSP dengan kekurangan');
    readyUnit = await createUnit('B DPMPTSP siap');
    emptyUnit = await createUnit('C Unit tanpa layanan');
    // Fee filled but not published, facilities (a checked management component) left out.
    await createService(gappyUnit, 'Izin Usaha', [
      ...FULL.filter((value) => value.component !== 'FACILITIES' && value.component !== 'FEE'),
      { component: 'FEE', content: 'Gratis', published: false },
    ]);
    await createService(gappyUnit, 'Izin Reklame', FULL);
    await createService(readyUnit, 'Izin Praktik', FULL);
    // An archived service is not visited by the Ombudsman and not counted.
    const archived = await createService(readyUnit, 'Layanan lama', []);
    await admin(`mutation($id: ID!) { archiveService(id: $id) { id } }`, { id: archived });
  });
  afterAll(() => registry?.close());

  it('shows a unit signed out which checked components are missing and which unpublished, per service', async () => {
    const result = await registry.graphql<{ ombudsmanReadiness: UnitReadiness }>(UNIT_READINESS, { id: gappyUnit });
    expect(result.errors).toBeUndefined();
    const readiness = result.data!.ombudsmanReadiness;
    expect(readiness).toMatchObject({
      serviceUnit: { id: gappyUnit },
      serviceCount: 2,
      checkedComponents: 2 * OMBUDSMAN_CHECKS.length,
      missingCount: 1,
      unpublishedCount: 1,
      ready: false,
    });
    const gaps = readiness.items.filter((item) => item.state !== 'PRESENT');
    expect(gaps).toEqual([
      expect.objectContaining({ component: 'FEE', state: 'UNPUBLISHED', requirement: 'PUBLISHED', serviceName: 'Izin Usaha' }),
      expect.objectContaining({
        component: 'FACILITIES',
        state: 'MISSING',
        requirement: 'FILLED',
        serviceName: 'Izin Usaha',
        label: { id: 'Sarana, prasarana dan/atau fasilitas', en: 'Facilities' },
      }),
    ]);
    // Services by name, checks in list order.
    expect(readiness.items.map((item) => item.serviceName)).toEqual([
      ...OMBUDSMAN_CHECKS.map(() => 'Izin Reklame'),
      ...OMBUDSMAN_CHECKS.map(() => 'Izin Usaha'),
    ]);
    expect(readiness.items.slice(0, OMBUDSMAN_CHECKS.length).map((item) => item.component)).toEqual(
      OMBUDSMAN_CHECKS.map((check) => check.component),
    );
  });

  it('a unit with every checked component published is ready; archived services are left out', async () => {
    const readiness = (await registry.graphql<{ ombudsmanReadiness: UnitReadiness }>(UNIT_READINESS, { id: readyUnit })).data!
      .ombudsmanReadiness;
    expect(readiness).toMatchObject({ serviceCount: 1, missingCount: 0, unpublishedCount: 0, ready: true });
    expect(readiness.items.every((item) => item.state === 'PRESENT' && item.serviceName === 'Izin Praktik')).toBe(true);
  });

  it('a unit without any service has every check missing, and is not ready', async () => {
    const readiness = (await registry.graphql<{ ombudsmanReadiness: UnitReadiness }>(UNIT_READINESS, { id: emptyUnit })).data!
      .ombudsmanReadiness;
    expect(readiness).toMatchObject({
      serviceCount: 0,
      checkedComponents: OMBUDSMAN_CHECKS.length,
      missingCount: OMBUDSMAN_CHECKS.length,
      ready: false,
    });
    expect(readiness.items.every((item) => item.state === 'MISSING' && item.serviceId === null)).toBe(true);
  });

  it('counts per agency: totals beside each unit, paged by name', async () => {
    const first = (await registry.graphql<{ agencyOmbudsmanReadiness: AgencyReadiness }>(AGENCY_READINESS, { id: agencyId, first: 2 }))
      .data!.agencyOmbudsmanReadiness;
    expect(first).toMatchObject({
      agency: { id: agencyId, name: 'Pemerintah Kota Uji Kesiapan' },
      unitCount: 3,
      readyUnitCount: 1,
      serviceCount: 3,
      checkedComponents: 4 * OMBUDSMAN_CHECKS.length,
      missingCount: 1 + OMBUDSMAN_CHECKS.length,
      unpublishedCount: 1,
    });
    expect(first.units.totalCount).toBe(3);
    expect(first.units.pageInfo.hasNextPage).toBe(true);
    expect(first.units.edges.map((edge) => edge.node)).toEqual([
      {
        serviceUnit: { id: gappyUnit, name: 'A DPMPTSP dengan kekurangan' },
        serviceCount: 2,
        checkedComponents: 2 * OMBUDSMAN_CHECKS.length,
        missingCount: 1,
        unpublishedCount: 1,
        ready: false,
      },
      {
        serviceUnit: { id: readyUnit, name: 'B DPMPTSP siap' },
        serviceCount: 1,
        checkedComponents: OMBUDSMAN_CHECKS.length,
        missingCount: 0,
        unpublishedCount: 0,
        ready: true,
      },
    ]);
    const second = (
      await registry.graphql<{ agencyOmbudsmanReadiness: AgencyReadiness }>(AGENCY_READINESS, {
        id: agencyId,
        first: 2,
        after: first.units.pageInfo.endCursor,
      })
    ).data!.agencyOmbudsmanReadiness;
    expect(second.units.pageInfo.hasNextPage).toBe(false);
    expect(second.units.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ serviceUnit: { id: emptyUnit, name: 'C Unit tanpa layanan' }, missingCount: OMBUDSMAN_CHECKS.length }),
    ]);
  });

  it('an archived unit leaves the public view and the agency totals', async () => {
    const unit = await createUnit('D Unit diarsipkan');
    await admin(`mutation($id: ID!) { archiveServiceUnit(id: $id) { id } }`, { id: unit });
    const publicView = await registry.graphql(UNIT_READINESS, { id: unit });
    expect(publicView.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'serviceUnitId' } });
    const adminView = await registry.graphql<{ ombudsmanReadiness: UnitReadiness }>(
      UNIT_READINESS,
      { id: unit },
      { caller: CALLERS.admin },
    );
    expect(adminView.errors).toBeUndefined();
    const agency = (await registry.graphql<{ agencyOmbudsmanReadiness: AgencyReadiness }>(AGENCY_READINESS, { id: agencyId })).data!
      .agencyOmbudsmanReadiness;
    expect(agency.unitCount).toBe(3);
  });

  it('the agency totals equal the sum of its units’ own readiness (the SQL and the per-service rules agree) on the demo data', async () => {
    const units = (
      await registry.graphql<{ serviceUnits: { edges: { node: { id: string; agency: { id: string } } }[] } }>(
        `{ serviceUnits(first: 100, filter: { regionCode: "63" }) { edges { node { id agency { id } } } } }`,
      )
    ).data!.serviceUnits.edges.map((edge) => edge.node);
    const agencyOf = units[0].agency.id;
    const own = units.filter((unit) => unit.agency.id === agencyOf);
    let missing = 0;
    let unpublished = 0;
    for (const unit of own) {
      const readiness = (await registry.graphql<{ ombudsmanReadiness: UnitReadiness }>(UNIT_READINESS, { id: unit.id })).data!
        .ombudsmanReadiness;
      missing += readiness.missingCount;
      unpublished += readiness.unpublishedCount;
    }
    const agency = (await registry.graphql<{ agencyOmbudsmanReadiness: AgencyReadiness }>(AGENCY_READINESS, { id: agencyOf, first: 100 }))
      .data!.agencyOmbudsmanReadiness;
    expect(agency.missingCount).toBe(missing);
    expect(agency.unpublishedCount).toBe(unpublished);
    expect(agency.missingCount + agency.unpublishedCount).toBeGreaterThan(0);
  });

  it('unknown or malformed ids are typed NOT_FOUND on the argument, in both languages', async () => {
    for (const [query, variables, field] of [
      [UNIT_READINESS, { id: 'bukan-id' }, 'serviceUnitId'],
      [UNIT_READINESS, { id: '00000000-0000-4000-8000-000000000000' }, 'serviceUnitId'],
      [AGENCY_READINESS, { id: '00000000-0000-4000-8000-000000000000' }, 'agencyId'],
    ] as const) {
      const result = await registry.graphql(query, variables);
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'NOT_FOUND', field, messages: { id: expect.any(String), en: expect.any(String) } },
      });
    }
  });

  it('SQL statements per call do not grow with the number of units on the page', async () => {
    const count = async (first: number) => {
      registry.queries.reset();
      const result = await registry.graphql(AGENCY_READINESS, { id: agencyId, first });
      expect(result.errors).toBeUndefined();
      return registry.queries.count;
    };
    const small = await count(1);
    expect(await count(3)).toBe(small);
    // the agency, its totals, the page of units with their counts
    expect(small).toBeLessThanOrEqual(3);
    registry.queries.reset();
    await registry.graphql(UNIT_READINESS, { id: gappyUnit });
    expect(registry.queries.count).toBeLessThanOrEqual(2);
  });

  it('publishes which components are checked, why, and what the registry cannot know', async () => {
    const result = await registry.graphql<{
      ombudsmanReadinessChecks: {
        checks: { component: string; requirement: string; reason: { id: string; en: string } }[];
        notKnown: { code: string }[];
      };
    }>(
      `{ ombudsmanReadinessChecks { about { id en } checks { component requirement label { id en } reason { id en } } notKnown { code label { id en } reason { id en } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { checks, notKnown } = result.data!.ombudsmanReadinessChecks;
    expect(checks.slice(0, 6).map((check) => [check.component, check.requirement])).toEqual(
      ['REQUIREMENTS', 'PROCEDURE', 'DURATION', 'FEE', 'PRODUCT', 'COMPLAINT_HANDLING'].map((code) => [code, 'PUBLISHED']),
    );
    expect(checks.every((check) => check.reason.id.length > 20 && check.reason.en.length > 20)).toBe(true);
    expect(notKnown.map((item) => item.code)).toEqual(expect.arrayContaining(['COMPLAINT_DESK', 'DISABILITY_SERVICES']));
  });

  it('refuses a check list that asks for the publication of a component the registry does not record as published', () => {
    const reason = { id: 'alasan', en: 'reason' };
    expect(() => parseChecks({ checks: [{ component: 'FACILITIES', requirement: 'PUBLISHED', label: reason, reason }] })).toThrow(
      /records no publication of FACILITIES/,
    );
    expect(() => parseChecks({ checks: [{ component: 'LOKET', requirement: 'FILLED', label: reason, reason }] })).toThrow(
      /unknown component/,
    );
  });
});
