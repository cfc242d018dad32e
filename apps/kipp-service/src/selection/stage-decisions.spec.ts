import pg from 'pg';
import { openCalendar } from '../seed/demo-competition';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import {
  ADMIN_CHECK,
  checklist,
  CREATE_PROPOSAL,
  createOpenCompetition,
  DECIDE_STAGE,
  FULL_SECTIONS,
  SAVE_PROPOSAL,
  SHARE,
  SUBMIT,
} from '../test-support/operations';

const STAGES = `query($id: ID!) { competition(id: $id) { stages { stage opensOn closesOn decidedAt } } }`;
const TRAIL = `query($id: ID!, $proposalId: ID) { decisions(competitionId: $id, proposalId: $proposalId, first: 100) { totalCount edges { node { kind decidedBy decidedByName } } } }`;
const NOTIFICATIONS = `{ myKippNotifications(first: 50) { totalCount edges { node { kind proposalId } } } }`;

interface Stages {
  competition: { stages: { stage: string; opensOn: string; closesOn: string; decidedAt: string | null }[] };
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

describe('stage decisions: only in their stage, once, with names in the trail', () => {
  let kipp: KippHarness;
  let db: pg.Client;
  let competitionId: string;
  let proposalId: string;
  const calendar = openCalendar(TEST_TODAY);

  beforeAll(async () => {
    kipp = await startKipp();
    db = new pg.Client({ connectionString: kipp.database.url });
    await db.connect();
    competitionId = await createOpenCompetition(kipp, CALLERS.admin, 2031, TEST_TODAY);
    const caller = CALLERS.deskSamsatKalsel;
    const { createProposal } = dataOf(
      await kipp.graphql<{ createProposal: { id: string } }>(
        CREATE_PROPOSAL,
        {
          input: {
            competitionId,
            group: 'UMUM',
            category: 'Kesehatan',
            title: 'Posyandu Keliling Banua',
            innovationStartedOn: '2022-01-10',
          },
        },
        { caller },
      ),
    );
    proposalId = createProposal.id;
    dataOf(await kipp.graphql(SAVE_PROPOSAL, { input: { id: proposalId, expectedVersion: 1, sections: FULL_SECTIONS } }, { caller }));
    dataOf(await kipp.graphql(SHARE, { id: proposalId }, { caller }));
    dataOf(await kipp.graphql(SUBMIT, { id: proposalId }, { caller: CALLERS.localAdminKalsel }));
  });
  afterAll(async () => {
    await db?.end();
    await kipp?.close();
  });

  const check = () =>
    kipp.graphql(
      ADMIN_CHECK,
      { input: { proposalId, checklist: checklist(), reason: 'Semua persyaratan lengkap' } },
      { caller: CALLERS.admin },
    );

  it('rule: the administrative check is refused while registration is still open (CONFLICT naming the stage)', async () => {
    const early = await check();
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'stage' });
    expect(early.errors?.[0].extensions.messages).toMatchObject({
      id: expect.stringContaining('Seleksi administrasi belum dimulai'),
      en: expect.stringContaining('Administrative selection has not started'),
    });
    // Dates in words, never ISO text: the opening day of the stage as scheduled.
    const [year, month, day] = calendar.ADMINISTRATIVE_SELECTION[0].split('-').map(Number);
    expect(early.errors?.[0].extensions.messages?.id).toContain(
      `dibuka ${day} ${['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][month - 1]} ${year}`,
    );
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM kipp.admin_checks WHERE proposal_id = $1`, [proposalId])).rows;
    expect(n).toBe(0);
  });

  it('rule: closing a stage early ends it today and re-dates every later stage by the same days, keeping lengths and gaps', async () => {
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'REGISTRATION', reason: 'Pendaftaran ditutup lebih awal' },
        { caller: CALLERS.admin },
      ),
    );
    const { competition } = dataOf(await kipp.graphql<Stages>(STAGES, { id: competitionId }, { caller: CALLERS.admin }));
    const byStage = Object.fromEntries(competition.stages.map((stage) => [stage.stage, stage]));
    expect(byStage.REGISTRATION.closesOn).toBe(TEST_TODAY);
    expect(byStage.ADMINISTRATIVE_SELECTION.opensOn).toBe(TEST_TODAY);
    const shift = days(calendar.ADMINISTRATIVE_SELECTION[0], TEST_TODAY);
    for (const stage of competition.stages.slice(1)) {
      const planned = calendar[stage.stage as keyof typeof calendar];
      expect([days(planned[0], stage.opensOn), days(planned[1], stage.closesOn)]).toEqual([shift, shift]);
    }
  });

  it('rule: a repeated identical administrative check adds no second trail row and no second notification', async () => {
    dataOf(await check());
    dataOf(await check());
    const { decisions } = dataOf(
      await kipp.graphql<{ decisions: { edges: { node: { kind: string } }[] } }>(
        TRAIL,
        { id: competitionId, proposalId },
        { caller: CALLERS.admin },
      ),
    );
    expect(decisions.edges.filter((edge) => edge.node.kind === 'ADMIN_PASSED')).toHaveLength(1);
    const { myKippNotifications } = dataOf(
      await kipp.graphql<{ myKippNotifications: { edges: { node: { kind: string; proposalId: string } }[] } }>(
        NOTIFICATIONS,
        {},
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(
      myKippNotifications.edges.filter((edge) => edge.node.proposalId === proposalId && edge.node.kind === 'ADMIN_PASSED'),
    ).toHaveLength(1);
  });

  it('records a changed decision as a new trail row and tells the desk again', async () => {
    dataOf(
      await kipp.graphql(
        ADMIN_CHECK,
        { input: { proposalId, checklist: checklist(false), reason: 'SK inovasi tidak terlampir' } },
        { caller: CALLERS.admin },
      ),
    );
    const { decisions } = dataOf(
      await kipp.graphql<{ decisions: { edges: { node: { kind: string } }[] } }>(
        TRAIL,
        { id: competitionId, proposalId },
        { caller: CALLERS.admin },
      ),
    );
    expect(decisions.edges.map((edge) => edge.node.kind)).toEqual(['SUBMITTED', 'ADMIN_PASSED', 'ADMIN_FAILED']);
    dataOf(await check());
  });

  it('rule: once its stage is decided, the administrative check is refused (CONFLICT naming the stage)', async () => {
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'ADMINISTRATIVE_SELECTION', reason: 'Seleksi administrasi selesai' },
        { caller: CALLERS.admin },
      ),
    );
    const late = await check();
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'stage',
      messages: { id: expect.stringContaining('Seleksi administrasi sudah diputuskan') },
    });
    const again = await kipp.graphql(
      DECIDE_STAGE,
      { id: competitionId, stage: 'ADMINISTRATIVE_SELECTION', reason: 'Seleksi administrasi selesai' },
      { caller: CALLERS.admin },
    );
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const [{ n }] = (
      await db.query(
        `SELECT count(*)::int AS n FROM kipp.decisions WHERE competition_id = $1 AND kind = 'STAGE_DECIDED:ADMINISTRATIVE_SELECTION'`,
        [competitionId],
      )
    ).rows;
    expect(n).toBe(1);
  });

  it('rule: a stage cannot be closed before it opens', async () => {
    const future = await kipp.graphql(
      DECIDE_STAGE,
      { id: competitionId, stage: 'PRESENTATION', reason: 'Terlalu dini' },
      { caller: CALLERS.admin },
    );
    expect(future.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'stage',
      messages: { en: expect.stringContaining('Presentation and interview has not started') },
    });
  });

  it('names who decided in the trail, not only their user id', async () => {
    const { decisions } = dataOf(
      await kipp.graphql<{ decisions: { edges: { node: { kind: string; decidedBy: string; decidedByName: string } }[] } }>(
        TRAIL,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    const byKind = Object.fromEntries(decisions.edges.map((edge) => [edge.node.kind, edge.node]));
    expect(byKind.SUBMITTED.decidedByName).toBe(CALLERS.localAdminKalsel.displayName);
    expect(byKind['STAGE_DECIDED:REGISTRATION'].decidedByName).toBe(CALLERS.admin.displayName);
    expect(decisions.edges.every((edge) => edge.node.decidedByName !== edge.node.decidedBy)).toBe(true);
  });
});
