import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { CALLERS, dataOf, nodesOf, startMpp, type MppHarness, type Page } from '../test-support/mpp-test-app';

const admin = { caller: CALLERS.admin };
const CREATE = `mutation($input: CreateMallInput!) { createMall(input: $input) { id status } }`;
const SET = `mutation($id: ID!, $status: MallStatus!, $reason: String!, $openedOn: String) { setMallStatus(id: $id, status: $status, reason: $reason, openedOn: $openedOn) { status openedOn } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) { mall(id: $id) { statusHistory(first: $first, after: $after) {
  totalCount edges { node { from to reason changedBy changedByName changedAt } } pageInfo { hasNextPage endCursor } } } }`;

interface Change {
  from: string;
  to: string;
  reason: string;
  changedBy: string;
  changedByName: string;
}

describe('a mall changes status with a reason, recorded with who and when', () => {
  let mpp: MppHarness;
  let id: string;
  beforeAll(async () => {
    mpp = await startMpp();
    id = dataOf(
      await mpp.graphql<{ createMall: { id: string } }>(
        CREATE,
        { input: { name: 'MPP Kabupaten Tabalong', regencyCode: '63.09', proposedOn: '2026-01-10' } },
        admin,
      ),
    ).createMall.id;
  });
  afterAll(() => mpp?.close());

  it('records each change newest first, paged', async () => {
    dataOf(await mpp.graphql(SET, { id, status: 'ACTIVE', reason: 'Diresmikan Bupati', openedOn: '2026-03-01' }, admin));
    dataOf(await mpp.graphql(SET, { id, status: 'SUSPENDED', reason: 'Renovasi gedung' }, admin));
    const first = dataOf(await mpp.graphql<{ mall: { statusHistory: Page<Change> } }>(HISTORY, { id, first: 1 }, admin)).mall.statusHistory;
    expect(first.totalCount).toBe(2);
    expect(nodesOf(first)).toEqual([
      expect.objectContaining({
        from: 'ACTIVE',
        to: 'SUSPENDED',
        reason: 'Renovasi gedung',
        changedBy: CALLERS.admin.userId,
        changedByName: CALLERS.admin.displayName,
      }),
    ]);
    const second = dataOf(
      await mpp.graphql<{ mall: { statusHistory: Page<Change> } }>(HISTORY, { id, first: 1, after: first.pageInfo.endCursor }, admin),
    ).mall.statusHistory;
    expect(nodesOf(second).map((change) => [change.from, change.to, change.reason])).toEqual([['PROPOSED', 'ACTIVE', 'Diresmikan Bupati']]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a missing reason, an unchanged status and a move the rules forbid, recording nothing', async () => {
    const blank = await mpp.graphql(SET, { id, status: 'ACTIVE', reason: '   ' }, admin);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const same = await mpp.graphql(SET, { id, status: 'SUSPENDED', reason: 'Lagi' }, admin);
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    dataOf(await mpp.graphql(SET, { id, status: 'CLOSED', reason: 'Digabung dengan MPP provinsi' }, admin));
    const reopen = await mpp.graphql(SET, { id, status: 'ACTIVE', reason: 'Dibuka lagi' }, admin);
    expect(reopen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(dataOf(await mpp.graphql<{ mall: { statusHistory: Page<Change> } }>(HISTORY, { id }, admin)).mall.statusHistory.totalCount).toBe(
      3,
    );
  });

  it('lets only national admins change a status; the history is hidden from the public and other operators', async () => {
    const byOperator = await mpp.graphql(SET, { id: BANJARMASIN_MALL_ID, status: 'SUSPENDED', reason: 'x' }, { caller: CALLERS.operator });
    expect(byOperator.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const publicView = dataOf(await mpp.graphql<{ mall: { statusHistory: Page<Change> } }>(HISTORY, { id: BANJARMASIN_MALL_ID }));
    expect(publicView.mall.statusHistory.totalCount).toBe(0);
  });

  it('settles two admins closing and suspending at once: one wins, the other is checked against the result', async () => {
    const target = dataOf(
      await mpp.graphql<{ createMall: { id: string } }>(CREATE, { input: { name: 'MPP Kabupaten Balangan', regencyCode: '63.11' } }, admin),
    ).createMall.id;
    dataOf(await mpp.graphql(SET, { id: target, status: 'ACTIVE', reason: 'Diresmikan', openedOn: '2026-05-01' }, admin));
    const results = await Promise.all([
      mpp.graphql(SET, { id: target, status: 'CLOSED', reason: 'Ditutup' }, admin),
      mpp.graphql(SET, { id: target, status: 'SUSPENDED', reason: 'Dihentikan sementara' }, admin),
    ]);
    const history = dataOf(await mpp.graphql<{ mall: { statusHistory: Page<Change> } }>(HISTORY, { id: target }, admin)).mall.statusHistory;
    // Either order is valid (ACTIVE → SUSPENDED → CLOSED, or ACTIVE → CLOSED then SUSPENDED refused); never a lost update.
    const succeeded = results.filter((response) => !response.errors).length;
    expect(history.totalCount).toBe(1 + succeeded);
    const chain = nodesOf(history).reverse();
    chain.slice(1).forEach((change, index) => expect(change.from).toBe(chain[index].to));
  });
});
