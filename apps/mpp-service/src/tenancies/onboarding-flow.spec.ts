import { BANJARMASIN_MALL_ID, DEMO_SERVICES, agencyId } from '../seed/demo-registry';
import { deskId } from '../seed/demo-malls';
import { CALLERS, dataOf, nodesOf, startMpp, TEST_TODAY, type MppHarness, type Page } from '../test-support/mpp-test-app';
import { ADD_SERVICES, ADVANCE, ASSIGN_DESK, CHECKLISTS, INVITE, RECORD_AGREEMENT, TENANCY } from '../test-support/operations';

const KALTENG = agencyId('pemprov-62');
const operator = { caller: CALLERS.operator };

interface TenancyView {
  tenancy: {
    step: string;
    history: Page<{ step: string; completedBy: string; checklist: { code: string; done: boolean }[] }>;
    currentAgreement: { number: string; status: string };
    deskAssignments: { weekday: string; desk: { number: number } }[];
    services: Page<{ status: string; service: { id: string } }>;
  } | null;
}

describe('onboarding a new agency from invitation to live', () => {
  let mpp: MppHarness;
  beforeAll(async () => {
    mpp = await startMpp();
  });
  afterAll(() => mpp?.close());

  it('walks every step as the demo operator, with services picked from the registry, and shows it on the dashboard', async () => {
    const { inviteTenant } = dataOf(
      await mpp.graphql<{ inviteTenant: { id: string; step: string; nextStep: { step: string } } }>(
        INVITE,
        {
          input: {
            mallId: BANJARMASIN_MALL_ID,
            agencyId: KALTENG,
            checklist: CHECKLISTS.INVITED,
            note: 'Gerai Samsat dan DPMPTSP Kalteng',
          },
        },
        operator,
      ),
    );
    expect(inviteTenant).toMatchObject({ step: 'INVITED', nextStep: { step: 'AGREEMENT_SIGNED' } });
    const id = inviteTenant.id;
    const advance = (to: string) =>
      mpp.graphql<{ advanceTenancy: { step: string; liveSince: string | null } }>(
        ADVANCE,
        { input: { tenancyId: id, to, checklist: CHECKLISTS[to] } },
        operator,
      );

    dataOf(
      await mpp.graphql(
        RECORD_AGREEMENT,
        {
          input: {
            tenancyId: id,
            number: 'PKS/MPP-BJM/KALTENG/2026',
            signedOn: '2026-06-01',
            startsOn: '2026-06-01',
            expiresOn: '2031-05-31',
          },
        },
        operator,
      ),
    );
    expect(dataOf(await advance('AGREEMENT_SIGNED')).advanceTenancy.step).toBe('AGREEMENT_SIGNED');

    dataOf(
      await mpp.graphql(
        ASSIGN_DESK,
        {
          input: {
            deskId: deskId('mpp-kota-banjarmasin', 5),
            tenancyId: id,
            weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
            staffCount: 2,
          },
        },
        operator,
      ),
    );
    expect(dataOf(await advance('DESK_ASSIGNED')).advanceTenancy.step).toBe('DESK_ASSIGNED');

    mpp.registry.requests = 0;
    const added = dataOf(
      await mpp.graphql<{ addTenancyServices: { status: string; deliveryReady: boolean; unpublishedComponents: string[] }[] }>(
        ADD_SERVICES,
        { input: { tenancyId: id, serviceIds: [DEMO_SERVICES.nibKalteng.id, DEMO_SERVICES.stnkAnnualKalteng.id], dailyQuota: 25 } },
        operator,
      ),
    );
    expect(mpp.registry.requests).toBe(1);
    expect(added.addTenancyServices).toEqual([
      expect.objectContaining({ status: 'PENDING', deliveryReady: true, unpublishedComponents: [] }),
      expect.objectContaining({ status: 'PENDING', deliveryReady: false, unpublishedComponents: ['FEE'] }),
    ]);

    // The Samsat standard has an unpublished fee: the step is refused and the operator sees why.
    const refused = await advance('SERVICES_READY');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.tenancyId',
      notReady: [{ serviceId: DEMO_SERVICES.stnkAnnualKalteng.id, name: 'Pengesahan STNK Tahunan', missing: [], unpublished: ['FEE'] }],
    });
    expect(refused.errors?.[0].message).toContain('Pengesahan STNK Tahunan (not published Fee)');
    const waiting = dataOf(
      await mpp.graphql<{
        mallDashboard: { servicesNotReady: Page<{ reason: string; unpublishedComponents: string[]; service: { id: string } }> };
      }>(
        `query($mallId: ID!) { mallDashboard(mallId: $mallId) { servicesNotReady { edges { node { reason unpublishedComponents service { id } } } } } }`,
        { mallId: BANJARMASIN_MALL_ID },
        operator,
      ),
    );
    expect(nodesOf(waiting.mallDashboard.servicesNotReady)).toContainEqual({
      reason: 'STANDARD_INCOMPLETE',
      unpublishedComponents: ['FEE'],
      service: { id: DEMO_SERVICES.stnkAnnualKalteng.id },
    });

    // The unit publishes its fee in the registry; the same step now passes.
    mpp.registry.setStandard(DEMO_SERVICES.stnkAnnualKalteng.id, [], []);
    expect(dataOf(await advance('SERVICES_READY')).advanceTenancy.step).toBe('SERVICES_READY');
    const live = dataOf(await advance('LIVE')).advanceTenancy;
    expect(live.step).toBe('LIVE');
    expect(live.liveSince).not.toBeNull();

    const { tenancy } = dataOf(await mpp.graphql<TenancyView>(TENANCY, { id }, operator));
    expect(nodesOf(tenancy?.history).map((entry) => entry.step)).toEqual([
      'INVITED',
      'AGREEMENT_SIGNED',
      'DESK_ASSIGNED',
      'SERVICES_READY',
      'LIVE',
    ]);
    expect(
      nodesOf(tenancy?.history).every(
        (entry) => entry.completedBy === CALLERS.operator.userId && entry.checklist.every((item) => item.done),
      ),
    ).toBe(true);
    expect(tenancy?.currentAgreement).toEqual({ number: 'PKS/MPP-BJM/KALTENG/2026', status: 'ACTIVE' });
    expect(nodesOf(tenancy?.services).map((service) => service.status)).toEqual(['LIVE', 'LIVE']);
    expect(tenancy?.deskAssignments).toHaveLength(5);

    // Its first service day, then the dashboard.
    dataOf(
      await mpp.graphql(
        `mutation($input: RecordDeskDayInput!) { recordDeskDay(input: $input) { id visitors } }`,
        {
          input: {
            deskId: deskId('mpp-kota-banjarmasin', 5),
            date: TEST_TODAY,
            visitors: 31,
            complaints: 1,
            services: [
              { serviceId: DEMO_SERVICES.nibKalteng.id, visitors: 12 },
              { serviceId: DEMO_SERVICES.stnkAnnualKalteng.id, visitors: 19 },
            ],
          },
        },
        operator,
      ),
    );
    const dashboard = dataOf(
      await mpp.graphql<{
        mallDashboard: {
          funnel: { step: string; current: number; reached: number }[];
          busiestServices: Page<{ service: { id: string }; visitors: number }>;
          occupancy: { weekday: string; occupied: number }[];
        };
      }>(
        `query($mallId: ID!, $from: String, $to: String) { mallDashboard(mallId: $mallId, from: $from, to: $to) {
        funnel { step current reached } busiestServices(first: 20) { edges { node { service { id } visitors } } } occupancy { weekday occupied }
      } }`,
        { mallId: BANJARMASIN_MALL_ID, from: TEST_TODAY, to: TEST_TODAY },
        operator,
      ),
    );
    expect(dashboard.mallDashboard.funnel.find((step) => step.step === 'LIVE')).toEqual({ step: 'LIVE', current: 5, reached: 5 });
    expect(nodesOf(dashboard.mallDashboard.busiestServices)).toContainEqual({
      service: { id: DEMO_SERVICES.stnkAnnualKalteng.id },
      visitors: 19,
    });

    // The public now sees the new tenant and its services at the mall.
    const publicView = dataOf(
      await mpp.graphql<{ mall: { tenancies: Page<{ agency: { id: string }; services: Page<{ status: string }> }> } }>(
        `query($id: ID!) { mall(id: $id) { tenancies(first: 100) { edges { node { agency { id } services { edges { node { status } } } } } } } }`,
        { id: BANJARMASIN_MALL_ID },
      ),
    );
    expect(nodesOf(publicView.mall.tenancies).map((tenancy) => ({ ...tenancy, services: nodesOf(tenancy.services) }))).toContainEqual({
      agency: { id: KALTENG },
      services: [{ status: 'LIVE' }, { status: 'LIVE' }],
    });
  });
});
