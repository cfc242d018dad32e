import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { tenancyId } from '../seed/demo-malls';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';

const CREATE_DESK = `mutation($input: CreateDeskInput!) { createDesk(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignDeskInput!) { assignDesk(input: $input) { id } }`;
const RELEASE = `mutation($id: ID!) { releaseDeskAssignment(id: $id) { id } }`;
const DESK_HISTORY = `query($mall: ID!) { mall(id: $mall) { desks { id number changes { totalCount edges { node { actorId actorName action objectType objectId changes { field before after } } } } } } }`;
const TENANCY = `query($id: ID!) { tenancy(id: $id) { services(first: 50) { edges { node { id dailyQuota } } } } }`;
const TENANCY_HISTORY = `query($id: ID!) { tenancy(id: $id) { changes { totalCount edges { node { actorId action objectType objectId changes { field before after } } } } } }`;
const SET_QUOTA = `mutation($id: ID!, $quota: Int) { setServiceQuota(id: $id, dailyQuota: $quota) { id dailyQuota } }`;
const LOG = `query($filter: AuditFilter) { mppAuditLog(filter: $filter, first: 50) { totalCount edges { node { actorId objectType objectId action } } } }`;

interface Entry {
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string;
  changes: { field: string; before: string | null; after: string | null }[];
}
interface History {
  totalCount: number;
  edges: { node: Entry }[];
}

const BANK_KALSEL = tenancyId('mpp-kota-banjarmasin', 'bank-kalsel');
const IMIGRASI = tenancyId('mpp-kota-banjarmasin', 'ditjen-imigrasi');
const operator = { caller: CALLERS.operator };

describe('MPP desks, desk assignments and service quotas are audited (GraphQL over HTTP, real PostgreSQL)', () => {
  let mpp: MppHarness;
  let desk: string;
  beforeAll(async () => {
    mpp = await startMpp();
    desk = dataOf(
      await mpp.graphql<{ createDesk: { id: string } }>(
        CREATE_DESK,
        { input: { mallId: BANJARMASIN_MALL_ID, number: 41, label: 'Gerai 41' } },
        operator,
      ),
    ).createDesk.id;
    const [assignment] = dataOf(
      await mpp.graphql<{ assignDesk: { id: string }[] }>(
        ASSIGN,
        { input: { deskId: desk, tenancyId: BANK_KALSEL, weekdays: ['MONDAY'], staffCount: 2 } },
        operator,
      ),
    ).assignDesk;
    dataOf(await mpp.graphql(RELEASE, { id: assignment.id }, { caller: CALLERS.admin }));
  });
  afterAll(() => mpp?.close());

  async function deskHistory(caller = CALLERS.operator): Promise<History> {
    const desks = dataOf(
      await mpp.graphql<{ mall: { desks: { id: string; changes: History }[] } }>(DESK_HISTORY, { mall: BANJARMASIN_MALL_ID }, { caller }),
    ).mall.desks;
    return desks.find((row) => row.id === desk)!.changes;
  }

  it("a desk's history: created, assigned for a weekday, released, each by whom", async () => {
    const entries = (await deskHistory()).edges.map((edge) => edge.node);
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['UPDATE', CALLERS.admin.userId],
      ['CREATE', CALLERS.operator.userId],
      ['CREATE', CALLERS.operator.userId],
    ]);
    const [release, assignment, creation] = entries;
    expect(creation.changes).toEqual(
      expect.arrayContaining([
        { field: 'number', before: null, after: '41' },
        { field: 'label', before: null, after: 'Gerai 41' },
      ]),
    );
    expect(assignment.changes).toEqual(
      expect.arrayContaining([
        { field: 'assignment.weekday', before: null, after: '1' },
        { field: 'assignment.tenancyId', before: null, after: BANK_KALSEL },
        { field: 'assignment.staffCount', before: null, after: '2' },
      ]),
    );
    // The release names which weekday and tenant it ended, beside the change itself.
    expect(release.changes).toEqual([
      { field: 'assignment.tenancyId', before: BANK_KALSEL, after: BANK_KALSEL },
      { field: 'assignment.weekday', before: '1', after: '1' },
      { field: 'assignment.releasedAt', before: null, after: expect.any(String) },
    ]);
    expect(release).toMatchObject({ objectType: 'Desk', objectId: desk });
  });

  it('a quota change is in the tenancy history with the service it belongs to; a refused one adds nothing', async () => {
    const [service] = dataOf(
      await mpp.graphql<{ tenancy: { services: { edges: { node: { id: string; dailyQuota: number | null } }[] } } }>(
        TENANCY,
        { id: IMIGRASI },
        operator,
      ),
    ).tenancy.services.edges.map((edge) => edge.node);
    dataOf(await mpp.graphql(SET_QUOTA, { id: service.id, quota: 45 }, operator));
    const refused = await mpp.graphql(SET_QUOTA, { id: service.id, quota: 0 }, operator);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dailyQuota' });

    const history = dataOf(await mpp.graphql<{ tenancy: { changes: History } }>(TENANCY_HISTORY, { id: IMIGRASI }, operator)).tenancy
      .changes;
    const [latest] = history.edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ action: 'UPDATE', actorId: CALLERS.operator.userId, objectType: 'Tenancy', objectId: IMIGRASI });
    expect(latest.changes).toEqual([
      { field: 'service.serviceId', before: expect.any(String), after: expect.any(String) },
      { field: 'service.dailyQuota', before: service.dailyQuota === null ? null : String(service.dailyQuota), after: '45' },
    ]);
    const again = dataOf(await mpp.graphql<{ tenancy: { changes: History } }>(TENANCY_HISTORY, { id: IMIGRASI }, operator)).tenancy.changes;
    expect(again.totalCount).toBe(history.totalCount);
  });

  it("the history is read by the mall's operator and the national admin only", async () => {
    expect((await deskHistory(CALLERS.admin)).totalCount).toBe(3);
    for (const caller of [CALLERS.otherOperator, CALLERS.deskSamsatKalsel, CALLERS.evaluator]) {
      const result = await mpp.graphql(TENANCY_HISTORY, { id: BANK_KALSEL }, { caller });
      const codes = (result.errors ?? []).map((error) => error.extensions.code);
      // Those who cannot even see the tenancy get null; those who can see it are refused its history.
      expect(result.data?.tenancy ?? null).toBeNull();
      if (codes.length) expect(codes).toContain('FORBIDDEN');
    }
  });

  it('mppAuditLog: the national admin reads every change, filtered by person and object type', async () => {
    const byOperator = dataOf(
      await mpp.graphql<{ mppAuditLog: { totalCount: number; edges: { node: Entry }[] } }>(
        LOG,
        { filter: { actorId: CALLERS.operator.userId, objectType: 'Desk' } },
        { caller: CALLERS.admin },
      ),
    ).mppAuditLog;
    expect(byOperator.totalCount).toBe(2);
    expect(byOperator.edges.every((edge) => edge.node.objectId === desk)).toBe(true);
    const refused = await mpp.graphql(LOG, {}, operator);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
