import pg from 'pg';
import { competitionId, openCalendar, proposalId } from '../seed/demo-competition';
import { agencyId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import {
  ADMIN_CHECK,
  checklist,
  CREATE_PROPOSAL,
  createOpenCompetition,
  DECIDE_STAGE,
  FULL_SECTIONS,
  SAVE_PROPOSAL,
  SCORE,
  scores,
  SHARE,
  SUBMIT,
} from '../test-support/operations';

async function count(url: string, sql: string, params: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql, params)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('refusals: typed errors and nothing half-stored', () => {
  let kipp: KippHarness;
  let openId: string;
  beforeAll(async () => {
    kipp = await startKipp();
    openId = await createOpenCompetition(kipp, CALLERS.admin, 2031, TEST_TODAY, {
      groupRules: [{ group: 'UMUM', minAgeYears: 2, quotaPerAgency: 1 }],
    });
  });
  afterAll(() => kipp?.close());
  afterEach(() => kipp.clock.set(TEST_TODAY));

  async function sharedDraft(fields: Record<string, unknown> = {}, caller = CALLERS.deskSamsatKalsel): Promise<string> {
    const { createProposal } = dataOf(
      await kipp.graphql<{ createProposal: { id: string } }>(
        CREATE_PROPOSAL,
        {
          input: {
            competitionId: openId,
            group: 'UMUM',
            category: 'Kesehatan',
            title: 'Posyandu Digital',
            innovationStartedOn: '2021-01-01',
            sections: FULL_SECTIONS,
            ...fields,
          },
        },
        { caller },
      ),
    );
    dataOf(await kipp.graphql(SHARE, { id: createProposal.id }, { caller }));
    return createProposal.id;
  }

  it('refuses to submit after the registration deadline', async () => {
    const id = await sharedDraft();
    kipp.clock.set(openCalendar(TEST_TODAY).REGISTRATION[1]);
    kipp.clock.set(`${Number(TEST_TODAY.slice(0, 4))}-12-31`);
    const late = await kipp.graphql(SUBMIT, { id }, { caller: CALLERS.localAdminKalsel });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(late.errors?.[0].message).toContain('Registration closed');
    const drafting = await kipp.graphql(
      CREATE_PROPOSAL,
      { input: { competitionId: openId, group: 'UMUM', category: 'Kesehatan', title: 'Terlambat', innovationStartedOn: '2020-01-01' } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(drafting.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it("refuses the agency's proposal over its quota, with the reason, and keeps it a draft", async () => {
    const first = await sharedDraft({ title: 'Kuota pertama' });
    dataOf(await kipp.graphql(SUBMIT, { id: first }, { caller: CALLERS.localAdminKalsel }));
    const second = await sharedDraft({ title: 'Kuota kedua' }, CALLERS.deskDpmptspKalsel);
    const over = await kipp.graphql<unknown>(SUBMIT, { id: second }, { caller: CALLERS.localAdminKalsel });
    expect(over.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reasons: [expect.objectContaining({ code: 'QUOTA_REACHED' })],
    });
    expect(await count(kipp.database.url, `SELECT count(*) AS n FROM kipp.decisions WHERE proposal_id = $1`, [second])).toBe(0);
    const { proposal } = dataOf(
      await kipp.graphql<{ proposal: { status: string } }>(
        `query($id: ID!) { proposal(id: $id) { status } }`,
        { id: second },
        { caller: CALLERS.localAdminKalsel },
      ),
    );
    expect(proposal.status).toBe('DRAFT');
  });

  it('refuses an ineligible group, a too-young innovation and missing sections, all reasons at once', async () => {
    const { createProposal } = dataOf(
      await kipp.graphql<{ createProposal: { id: string } }>(
        CREATE_PROPOSAL,
        {
          input: {
            competitionId: openId,
            group: 'KHUSUS',
            category: 'Kesehatan',
            title: 'Bukan pemenang',
            innovationStartedOn: '2025-12-01',
            sections: { summary: 'Ringkas' },
          },
        },
        { caller: CALLERS.deskDpmptspKalteng },
      ),
    );
    dataOf(await kipp.graphql(SHARE, { id: createProposal.id }, { caller: CALLERS.deskDpmptspKalteng }));
    const refused = await kipp.graphql(SUBMIT, { id: createProposal.id }, { caller: CALLERS.admin });
    const reasons = (refused.errors?.[0].extensions.reasons as { code: string }[]).map((reason) => reason.code);
    expect(reasons).toEqual([
      'MISSING_SECTION',
      'MISSING_SECTION',
      'MISSING_SECTION',
      'MISSING_SECTION',
      'MISSING_SECTION',
      'MISSING_SECTION',
      'MISSING_SECTION',
      'TOO_YOUNG',
      'NOT_PAST_WINNER',
    ]);
  });

  it('refuses to change a decided stage', async () => {
    const seeded2023 = proposalId(2023, 1);
    const check = await kipp.graphql(
      ADMIN_CHECK,
      { input: { proposalId: seeded2023, checklist: checklist(false), reason: 'Ubah hasil' } },
      { caller: CALLERS.admin },
    );
    expect(check.errors?.[0].extensions.code).toBe('CONFLICT');
    const again = await kipp.graphql(
      DECIDE_STAGE,
      { id: competitionId(2023), stage: 'DESK_ASSESSMENT', reason: 'Lagi' },
      { caller: CALLERS.admin },
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'stage' });
    const rubric = await kipp.graphql(
      `mutation($input: KippSetStageRubricInput!) { setStageRubric(input: $input) { stage } }`,
      {
        input: {
          competitionId: competitionId(2023),
          stage: 'DESK_ASSESSMENT',
          group: 'UMUM',
          title: 'Baru',
          criteria: [{ code: 'A', name: 'A', nameEn: 'A', weight: '100' }],
        },
      },
      { caller: CALLERS.admin },
    );
    expect(rubric.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses scoring a proposal that is not assigned, or one from the evaluator’s own agency', async () => {
    const { proposals } = dataOf(
      await kipp.graphql<{ proposals: { edges: { node: { id: string } }[] } }>(
        `query($id: ID!) { proposals(filter: { competitionId: $id, status: TOP45 }, first: 1) { edges { node { id } } } }`,
        { id: competitionId(2023) },
        { caller: CALLERS.admin },
      ),
    );
    const decided = await kipp.graphql(
      SCORE,
      { input: { proposalId: proposals.edges[0].node.id, stage: 'DESK_ASSESSMENT', criteria: scores([80]), comment: 'x' } },
      { caller: CALLERS.te3 },
    );
    expect(decided.errors?.[0].extensions.code).toMatch(/FORBIDDEN|CONFLICT/);
    const client = new pg.Client({ connectionString: kipp.database.url });
    await client.connect();
    const [own] = (
      await client.query<{ id: string; agency_id: string }>(
        `SELECT p.id, p.agency_id FROM kipp.proposals p JOIN kipp.competitions c ON c.id = p.competition_id WHERE c.year = 2023 AND p.status = 'ADMIN_PASSED' LIMIT 1`,
      )
    ).rows;
    await client.query(`UPDATE kipp.evaluator_profiles SET agency_id = $1 WHERE user_id = $2`, [own.agency_id, CALLERS.te3.userId]);
    await client.end();
    const conflictOfInterest = await kipp.graphql(
      SCORE,
      { input: { proposalId: own.id, stage: 'DESK_ASSESSMENT', criteria: scores([80]), comment: 'x' } },
      { caller: CALLERS.te3 },
    );
    expect(conflictOfInterest.errors?.[0]).toMatchObject({
      message: 'You may not score a proposal from your own agency.',
      extensions: { code: 'FORBIDDEN' },
    });
    const desk = await kipp.graphql(
      SCORE,
      { input: { proposalId: proposals.edges[0].node.id, stage: 'DESK_ASSESSMENT', criteria: scores([80]), comment: 'x' } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(desk.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses objections outside the window', async () => {
    const { shortlist } = dataOf(
      await kipp.graphql<{ shortlist: { totalCount: number; edges: { node: { proposalId: string } }[] } }>(
        `query($id: ID!) { shortlist(competitionId: $id, tier: TOP99, first: 1) { totalCount edges { node { proposalId } } } }`,
        { id: competitionId(2023) },
      ),
    );
    expect(shortlist.totalCount).toBe(99);
    const { proposals } = dataOf(
      await kipp.graphql<{ proposals: { edges: { node: { id: string } }[] } }>(
        `query($id: ID!) { proposals(filter: { competitionId: $id, status: TOP99 }, first: 1) { edges { node { id } } } }`,
        { id: competitionId(2023) },
        { caller: CALLERS.admin },
      ),
    );
    const late = await kipp.graphql(
      `mutation($id: ID!) { fileObjection(proposalId: $id, body: "Sanggahan yang terlambat sekali.") { id } }`,
      { id: proposals.edges[0].node.id },
    );
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('lists the agency’s stuck drafts with the deadline for its local admin only', async () => {
    const { stuckDrafts } = dataOf(
      await kipp.graphql<{
        stuckDrafts: { deadline: string; daysLeft: number; drafts: { totalCount: number; edges: { node: { title: string } }[] } };
      }>(
        `query($id: ID!) { stuckDrafts(competitionId: $id, first: 50) { deadline daysLeft drafts { totalCount edges { node { title } } } } }`,
        { id: competitionId(2026) },
        { caller: CALLERS.localAdminKalsel },
      ),
    );
    expect(stuckDrafts).toMatchObject({ deadline: openCalendar(TEST_TODAY).REGISTRATION[1], daysLeft: 30 });
    // The local admin sees the drafts shared with it; the unshared one is the desk's until shared.
    expect(stuckDrafts.drafts.edges.map((edge) => edge.node.title).sort()).toEqual(['E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah']);
    const national = dataOf(
      await kipp.graphql<{ stuckDrafts: { drafts: { edges: { node: { title: string } }[] } } }>(
        `query($id: ID!, $agency: ID) { stuckDrafts(competitionId: $id, agencyId: $agency, first: 50) { drafts { edges { node { title } } } } }`,
        { id: competitionId(2026), agency: agencyId('pemprov-63') },
        { caller: CALLERS.admin },
      ),
    ).stuckDrafts.drafts.edges.map((edge) => edge.node.title);
    expect(national).toEqual(
      expect.arrayContaining(['E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah', 'SAMSAT Jemput Bola Pasar Terapung']),
    );
    const other = await kipp.graphql(
      `query($id: ID!) { stuckDrafts(competitionId: $id) { deadline } }`,
      { id: competitionId(2026) },
      { caller: CALLERS.deskDpmptspKalteng },
    );
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const saved = await kipp.graphql(
      SAVE_PROPOSAL,
      { input: { id: proposalId(2026, 0), expectedVersion: 1, title: 'Diubah admin lain' } },
      { caller: CALLERS.deskDpmptspKalteng },
    );
    expect(saved.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
