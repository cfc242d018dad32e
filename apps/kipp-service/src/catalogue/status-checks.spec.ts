import { innovationId } from '../seed/demo-catalogue';
import { CALLERS, dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

const MINE = `query($year: Int!) { myStatusChecks(year: $year, first: 50) { totalCount edges { node { innovationId title answeredAt status reason } } } }`;
const ANSWER = `mutation($id: ID!, $status: InnovationStatus!, $reason: String) { answerStatusCheck(innovationId: $id, year: 2027, status: $status, reason: $reason) { status reason answeredAt } }`;
const UNANSWERED = `query { unansweredStatusChecks(year: 2027, first: 5) { totalCount } }`;

interface Mine {
  myStatusChecks: {
    totalCount: number;
    edges: { node: { innovationId: string; title: string; answeredAt: string | null; status: string | null } }[];
  };
}

describe('the yearly status check, answered by the innovation’s owner', () => {
  let kipp: KippHarness;
  const floating = innovationId('samsat-terapung-63');
  const permits = innovationId('perizinan-tanpa-tatap-muka-63');

  beforeAll(async () => {
    kipp = await startKipp();
    dataOf(await kipp.graphql(`mutation { openStatusChecks(year: 2027) }`, {}, { caller: CALLERS.admin }));
  });
  afterAll(() => kipp?.close());

  const mine = async (caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
    dataOf(await kipp.graphql<Mine>(MINE, { year: 2027 }, { caller })).myStatusChecks;

  it('lists a desk its own unit’s checks and a local admin its agency’s', async () => {
    const desk = (await mine(CALLERS.deskSamsatKalsel)).edges.map((edge) => edge.node.innovationId);
    expect(desk).toContain(floating);
    expect(desk).not.toContain(permits);
    expect((await mine(CALLERS.localAdminKalsel)).edges.map((edge) => edge.node.innovationId)).toEqual(
      expect.arrayContaining([floating, permits]),
    );
    expect((await mine(CALLERS.deskDpmptspKalteng)).edges.map((edge) => edge.node.innovationId)).not.toContain(floating);
    expect((await mine(CALLERS.evaluator)).totalCount).toBe(0);
  });

  it('refuses STOPPED without a reason, and an answer from another unit', async () => {
    const noReason = await kipp.graphql(ANSWER, { id: floating, status: 'STOPPED' }, { caller: CALLERS.deskSamsatKalsel });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const stranger = await kipp.graphql(ANSWER, { id: floating, status: 'CONTINUING' }, { caller: CALLERS.deskDpmptspKalteng });
    expect(stranger.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await mine(CALLERS.deskSamsatKalsel)).edges.find((edge) => edge.node.innovationId === floating)?.node.answeredAt).toBeNull();
  });

  it('records the owner’s answer and takes it off the admin’s unanswered list', async () => {
    const before = dataOf(await kipp.graphql<{ unansweredStatusChecks: { totalCount: number } }>(UNANSWERED, {}, { caller: CALLERS.admin }))
      .unansweredStatusChecks.totalCount;
    const answered = dataOf(
      await kipp.graphql<{ answerStatusCheck: { status: string; reason: string } }>(
        ANSWER,
        { id: floating, status: 'STOPPED', reason: 'Kapal dinas rusak berat.' },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(answered.answerStatusCheck).toMatchObject({ status: 'STOPPED', reason: 'Kapal dinas rusak berat.' });
    const desk = (await mine(CALLERS.deskSamsatKalsel)).edges.map((edge) => edge.node);
    expect(desk.at(-1)).toMatchObject({ innovationId: floating, status: 'STOPPED' });
    expect(
      dataOf(await kipp.graphql<{ unansweredStatusChecks: { totalCount: number } }>(UNANSWERED, {}, { caller: CALLERS.admin }))
        .unansweredStatusChecks.totalCount,
    ).toBe(before - 1);
    const unanswered = await kipp.graphql(UNANSWERED, {}, { caller: CALLERS.deskSamsatKalsel });
    expect(unanswered.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
