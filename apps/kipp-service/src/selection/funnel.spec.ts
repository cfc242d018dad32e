import { openCalendar } from '../seed/demo-competition';
import { agencyId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import {
  ADMIN_CHECK,
  checklist,
  CREATE_PROPOSAL,
  createOpenCompetition,
  DECIDE_STAGE,
  evaluatorIdentity,
  FULL_SECTIONS,
  SAVE_PROPOSAL,
  SCORE,
  scores,
  SHARE,
  SUBMIT,
} from '../test-support/operations';

interface ProposalView {
  proposal: {
    status: string;
    version: number;
    assignments: { evaluatorId: string }[];
    assessment: {
      evaluators: number;
      mean: number;
      trimmedMean: number | null;
      value: number;
      spread: number;
      scores: { total: number; outlier: boolean }[];
    } | null;
  } | null;
}

describe('a proposal from draft to Top 45 and into the public catalogue', () => {
  let kipp: KippHarness;
  let competitionId: string;
  const ids: string[] = [];
  const calendar = openCalendar(TEST_TODAY);

  beforeAll(async () => {
    kipp = await startKipp();
    competitionId = await createOpenCompetition(kipp, CALLERS.admin, 2030, TEST_TODAY, { top99Size: 2, top45Size: 1 });
  });
  afterAll(() => kipp?.close());

  it('lets the desk draft with autosave versions, share, and the local admin submit', async () => {
    const draft = (title: string, caller = CALLERS.deskSamsatKalsel) =>
      kipp.graphql<{ createProposal: { id: string; version: number; agencyType: string } }>(
        CREATE_PROPOSAL,
        {
          input: {
            competitionId,
            group: 'UMUM',
            category: 'Pelayanan Publik Digital',
            title,
            innovationStartedOn: '2022-01-10',
            sections: { summary: 'Awal' },
          },
        },
        { caller },
      );
    const first = dataOf(await draft('SAMSAT Terapung Banua')).createProposal;
    expect(first).toMatchObject({ version: 1, agencyType: 'PROVINSI' });
    const saved = dataOf(
      await kipp.graphql<{ saveProposal: { version: number } }>(
        SAVE_PROPOSAL,
        { input: { id: first.id, expectedVersion: 1, sections: FULL_SECTIONS, videoUrl: 'https://video.simpul.test/a' } },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(saved.saveProposal.version).toBe(2);
    const stale = await kipp.graphql(
      SAVE_PROPOSAL,
      { input: { id: first.id, expectedVersion: 1, title: 'Lama' } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });

    const notShared = await kipp.graphql(SUBMIT, { id: first.id }, { caller: CALLERS.localAdminKalsel });
    expect(notShared.errors?.[0].extensions.code).toBe('CONFLICT');
    dataOf(await kipp.graphql(SHARE, { id: first.id }, { caller: CALLERS.deskSamsatKalsel }));
    const other = await kipp.graphql(SUBMIT, { id: first.id }, { caller: CALLERS.deskDpmptspKalteng });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(
      dataOf(await kipp.graphql<{ submitProposal: { status: string } }>(SUBMIT, { id: first.id }, { caller: CALLERS.localAdminKalsel }))
        .submitProposal.status,
    ).toBe('SUBMITTED');
    ids.push(first.id);

    for (const [title, caller] of [
      ['Perizinan Kilat Banua', CALLERS.deskDpmptspKalsel],
      ['Izin Usaha Sehari Kalteng', CALLERS.deskDpmptspKalteng],
    ] as const) {
      const { createProposal } = dataOf(await draft(title, caller));
      dataOf(
        await kipp.graphql(SAVE_PROPOSAL, { input: { id: createProposal.id, expectedVersion: 1, sections: FULL_SECTIONS } }, { caller }),
      );
      dataOf(await kipp.graphql(SHARE, { id: createProposal.id }, { caller }));
      dataOf(await kipp.graphql(SUBMIT, { id: createProposal.id }, { caller: CALLERS.admin }));
      ids.push(createProposal.id);
    }
    const versions = dataOf(
      await kipp.graphql<{ proposal: { versions: { totalCount: number } } }>(
        `query($id: ID!) { proposal(id: $id) { versions(first: 5) { totalCount } } }`,
        { id: first.id },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(versions.proposal.versions.totalCount).toBe(2);
    const hidden = dataOf(
      await kipp.graphql<{ proposal: unknown }>(
        `query($id: ID!) { proposal(id: $id) { id } }`,
        { id: first.id },
        { caller: CALLERS.deskDpmptspKalteng },
      ),
    );
    expect(hidden.proposal).toBeNull();
  });

  it('runs administrative selection and assigns the Tim Evaluasi with balanced load, nobody from the proposing agency', async () => {
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'REGISTRATION', reason: 'Pendaftaran ditutup lebih awal' },
        { caller: CALLERS.admin },
      ),
    );
    for (const id of ids)
      dataOf(
        await kipp.graphql(
          ADMIN_CHECK,
          { input: { proposalId: id, checklist: checklist(), reason: 'Lengkap' } },
          { caller: CALLERS.admin },
        ),
      );
    const early = await kipp.graphql(
      `mutation($id: ID!) { assignEvaluators(competitionId: $id) { created } }`,
      { id: competitionId },
      { caller: CALLERS.admin },
    );
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'ADMINISTRATIVE_SELECTION', reason: 'Seleksi administrasi selesai' },
        { caller: CALLERS.admin },
      ),
    );
    const { assignEvaluators } = dataOf(
      await kipp.graphql<{ assignEvaluators: { created: number; loads: { assigned: number; evaluatorName: string }[] } }>(
        `mutation($id: ID!) { assignEvaluators(competitionId: $id) { created loads { assigned evaluatorName } } }`,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    expect(assignEvaluators.created).toBe(9);
    const loads = assignEvaluators.loads.map((load) => load.assigned);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    // Rule: the workload table is sorted by load (heaviest first), then by name.
    const names = assignEvaluators.loads.map((load) => `${String(99 - load.assigned).padStart(2, '0')} ${load.evaluatorName}`);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    const notifications = dataOf(
      await kipp.graphql<{ myKippNotifications: { edges: { node: { kind: string } }[] } }>(
        `{ myKippNotifications(first: 5) { edges { node { kind } } } }`,
        {},
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(notifications.myKippNotifications.edges[0].node.kind).toBe('ADMIN_PASSED');
  });

  it('takes rubric scores only from assigned members and aggregates them with a trimmed mean and spread', async () => {
    const view = `query($id: ID!) { proposal(id: $id) { status version assignments { evaluatorId } assessment { evaluators mean trimmedMean value spread scores { total outlier } } } }`;
    const quality = [
      [90, 88],
      [80, 82],
      [70, 72],
    ];
    for (const [index, id] of ids.entries()) {
      const { proposal } = dataOf(await kipp.graphql<ProposalView>(view, { id }, { caller: CALLERS.admin }));
      const assigned = proposal?.assignments.map((assignment) => assignment.evaluatorId) ?? [];
      for (const [position, evaluatorId] of assigned.entries()) {
        const bump = position === 2 && index === 0 ? -30 : 0;
        dataOf(
          await kipp.graphql(
            SCORE,
            {
              input: {
                proposalId: id,
                stage: 'DESK_ASSESSMENT',
                criteria: scores(quality[index].map((value) => value + bump)),
                comment: 'Dinilai',
              },
            },
            { caller: evaluatorIdentity(evaluatorId) },
          ),
        );
      }
      if (index === 0) {
        const unassigned = await kipp.graphql(
          SCORE,
          { input: { proposalId: id, stage: 'DESK_ASSESSMENT', criteria: scores([80]), comment: 'x' } },
          { caller: CALLERS.panel },
        );
        expect(unassigned.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    const { proposal } = dataOf(await kipp.graphql<ProposalView>(view, { id: ids[0] }, { caller: CALLERS.admin }));
    // Two evaluators give 89.00, one 59.00: mean 79.00, trimmed mean (the middle one) 89.00, spread 30.
    expect(proposal?.assessment).toMatchObject({ evaluators: 3, mean: 79, trimmedMean: 89, value: 89, spread: 30 });
    expect(proposal?.assessment?.scores.filter((score) => score.outlier).map((score) => score.total)).toEqual([59]);
  });

  it('ranks, builds the Top 99 with balance indicators, and publishes it to the catalogue', async () => {
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'DESK_ASSESSMENT', reason: 'Penilaian selesai' },
        { caller: CALLERS.admin },
      ),
    );
    const { ranking } = dataOf(
      await kipp.graphql<{ ranking: { totalCount: number; edges: { node: { rank: number; proposalId: string } }[] } }>(
        `query($id: ID!) { ranking(competitionId: $id, stage: DESK_ASSESSMENT, first: 10) { totalCount edges { node { rank proposalId } } } }`,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    expect(ranking.edges.map((edge) => edge.node.proposalId)).toEqual(ids);
    expect(
      dataOf(
        await kipp.graphql<{ proposeTop99: number }>(
          `mutation($id: ID!) { proposeTop99(competitionId: $id) }`,
          { id: competitionId },
          { caller: CALLERS.admin },
        ),
      ).proposeTop99,
    ).toBe(2);
    const hiddenDraft = dataOf(
      await kipp.graphql<{ shortlist: { totalCount: number } }>(
        `query($id: ID!) { shortlist(competitionId: $id, tier: TOP99) { totalCount } }`,
        { id: competitionId },
      ),
    );
    expect(hiddenDraft.shortlist.totalCount).toBe(0);
    const { shortlistBalance } = dataOf(
      await kipp.graphql<{ shortlistBalance: { dimension: string; buckets: { value: string; shortlisted: number; pool: number }[] }[] }>(
        `query($id: ID!) { shortlistBalance(competitionId: $id, tier: TOP99) { dimension buckets { value shortlisted pool } } }`,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    expect(shortlistBalance.find((dimension) => dimension.dimension === 'PROVINCE')?.buckets).toEqual([
      { value: '63', shortlisted: 2, pool: 2 },
      { value: '62', shortlisted: 0, pool: 1 },
    ]);
    expect(shortlistBalance.find((dimension) => dimension.dimension === 'REGION_3T')?.buckets).toEqual([
      { value: 'NON_3T', shortlisted: 2, pool: 3 },
    ]);
    expect(
      dataOf(
        await kipp.graphql<{ decideTop99: number }>(
          `mutation($id: ID!) { decideTop99(competitionId: $id, reason: "Keputusan TPI") }`,
          { id: competitionId },
          { caller: CALLERS.admin },
        ),
      ).decideTop99,
    ).toBe(2);
    const again = await kipp.graphql(
      `mutation($id: ID!) { adjustShortlist(proposalId: $id, include: true, reason: "Keseimbangan wilayah") { proposalId } }`,
      { id: ids[2] },
      { caller: CALLERS.admin },
    );
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const search = dataOf(
      await kipp.graphql<{ innovations: { totalCount: number; edges: { node: { title: string; award: string } }[] } }>(
        `{ innovations(filter: { search: "banua", year: 2030 }) { totalCount edges { node { title award } } } }`,
      ),
    );
    expect(search.innovations.edges.map((edge) => edge.node.title).sort()).toEqual(['Perizinan Kilat Banua', 'SAMSAT Terapung Banua']);
  });

  it('opens the objection window when the Top 99 is decided before its scheduled start, keeping its length', async () => {
    const { competition } = dataOf(
      await kipp.graphql<{ competition: { stages: { stage: string; opensOn: string; closesOn: string }[] } }>(
        `query($id: ID!) { competition(id: $id) { stages { stage opensOn closesOn } } }`,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    const window = competition.stages.find((stage) => stage.stage === 'OBJECTION_WINDOW');
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    expect(window?.opensOn).toBe(TEST_TODAY);
    expect(days(window?.opensOn ?? '', window?.closesOn ?? '')).toBe(days(calendar.OBJECTION_WINDOW[0], calendar.OBJECTION_WINDOW[1]));
  });

  it('takes anonymous objections only in the window, rate-limited, each decided with a reason', async () => {
    const file = (body: string) =>
      kipp.graphql<{ fileObjection: { id: string; contact: string | null } }>(
        `mutation($id: ID!, $body: String!) { fileObjection(proposalId: $id, body: $body, contact: "rahasia@contoh.test") { id contact } }`,
        { id: ids[1], body },
      );
    const filed = dataOf(await file('Inovasi ini belum berjalan dua tahun.'));
    expect(filed.fileObjection.contact).toBeNull();
    // Rule: an objection says which innovation it targets.
    const target = dataOf(
      await kipp.graphql<{ objections: { edges: { node: { title: string; agency: { id: string } } }[] } }>(
        `query($id: ID!) { objections(proposalId: $id, first: 1) { edges { node { title agency { id } } } } }`,
        { id: ids[1] },
      ),
    );
    expect(target.objections.edges[0].node).toEqual({ title: 'Perizinan Kilat Banua', agency: { id: agencyId('pemprov-63') } });
    dataOf(await file('Keberatan kedua dari warga yang sama.'));
    dataOf(await file('Keberatan ketiga dari warga yang sama.'));
    const limited = await file('Keberatan keempat dalam satu jam.');
    expect(limited.errors?.[0].extensions.code).toBe('CONFLICT');
    // The originally scheduled start lies after the window that opened with the Top 99: too late now.
    kipp.clock.set(calendar.OBJECTION_WINDOW[0]);
    const late = await file('Sanggahan sesudah masa sanggah berakhir.');
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'stage' });
    const undecided = await kipp.graphql(
      DECIDE_STAGE,
      { id: competitionId, stage: 'OBJECTION_WINDOW', reason: 'Masa sanggah selesai' },
      { caller: CALLERS.admin },
    );
    expect(undecided.errors?.[0].extensions.code).toBe('CONFLICT');
    const { objections } = dataOf(
      await kipp.graphql<{ objections: { edges: { node: { id: string; contact: string } }[] } }>(
        `query($id: ID!) { objections(competitionId: $id, undecidedOnly: true) { edges { node { id contact } } } }`,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    expect(objections.edges[0].node.contact).toBe('rahasia@contoh.test');
    for (const edge of objections.edges) {
      dataOf(
        await kipp.graphql(
          `mutation($id: ID!) { decideObjection(id: $id, upheld: false, reason: "Bukti menunjukkan inovasi berjalan sejak 2022") { upheld } }`,
          { id: edge.node.id },
          { caller: CALLERS.admin },
        ),
      );
    }
    const twice = await kipp.graphql(
      `mutation($id: ID!) { decideObjection(id: $id, upheld: true, reason: "Ubah") { upheld } }`,
      { id: objections.edges[0].node.id },
      { caller: CALLERS.admin },
    );
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'OBJECTION_WINDOW', reason: 'Masa sanggah selesai' },
        { caller: CALLERS.admin },
      ),
    );
  });

  it('decides the Top 45 from presentation scores once a panel and a TE member verified it in the field', async () => {
    kipp.clock.set(calendar.PRESENTATION[0]);
    for (const [index, id] of ids.slice(0, 2).entries()) {
      for (const caller of [CALLERS.panel, CALLERS.tpi2]) {
        dataOf(
          await kipp.graphql(
            SCORE,
            {
              input: { proposalId: id, stage: 'PRESENTATION', criteria: scores([index === 0 ? 92 : 85]), comment: 'Presentasi meyakinkan' },
            },
            { caller },
          ),
        );
      }
    }
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'PRESENTATION', reason: 'Presentasi selesai' },
        { caller: CALLERS.admin },
      ),
    );
    const decide = `mutation($id: ID!) { decideTop45(competitionId: $id, reason: "Keputusan akhir dewan juri") }`;
    const closeVisits = () =>
      kipp.graphql(
        DECIDE_STAGE,
        { id: competitionId, stage: 'FIELD_VERIFICATION', reason: 'Verifikasi lapangan selesai' },
        { caller: CALLERS.admin },
      );
    const unverified = await closeVisits();
    expect(unverified.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unverified.errors?.[0].message).toContain('SAMSAT Terapung Banua');
    const visit = `mutation($id: ID!) { recordKippFieldVerification(proposalId: $id, visitedOn: "2026-09-20", notes: "Kapal layanan beroperasi sesuai jadwal") { panel } }`;
    expect(
      dataOf(await kipp.graphql<{ recordKippFieldVerification: { panel: string } }>(visit, { id: ids[0] }, { caller: CALLERS.panel }))
        .recordKippFieldVerification.panel,
    ).toBe('TPI');
    const half = await closeVisits();
    expect(half.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    dataOf(await kipp.graphql(visit, { id: ids[0] }, { caller: CALLERS.te2 }));
    dataOf(await closeVisits());
    expect(dataOf(await kipp.graphql<{ decideTop45: number }>(decide, { id: competitionId }, { caller: CALLERS.admin })).decideTop45).toBe(
      1,
    );
    // Rule: the desk is told of the Top 99, of objections and of the Top 45, once each.
    const told = async (caller: typeof CALLERS.admin) =>
      dataOf(
        await kipp.graphql<{ myKippNotifications: { edges: { node: { kind: string } }[] } }>(
          `{ myKippNotifications(first: 50) { edges { node { kind } } } }`,
          {},
          { caller },
        ),
      )
        .myKippNotifications.edges.map((edge) => edge.node.kind)
        .filter((kind) => kind !== 'ADMIN_PASSED')
        .sort();
    expect(await told(CALLERS.deskSamsatKalsel)).toEqual(['TOP45', 'TOP99']);
    expect(await told(CALLERS.deskDpmptspKalsel)).toEqual([
      'NOT_TOP45',
      'OBJECTION_FILED',
      'OBJECTION_FILED',
      'OBJECTION_FILED',
      'OBJECTION_REJECTED',
      'OBJECTION_REJECTED',
      'OBJECTION_REJECTED',
      'TOP99',
    ]);

    const { winners } = dataOf(
      await kipp.graphql<{
        winners: { edges: { node: { title: string; agency: { id: string }; history: { year: number; award: string }[] } }[] };
      }>(`{ winners(year: 2030) { edges { node { title agency { id } history { year award } } } } }`),
    );
    expect(winners.edges.map((edge) => edge.node)).toEqual([
      { title: 'SAMSAT Terapung Banua', agency: { id: agencyId('pemprov-63') }, history: [{ year: 2030, award: 'TOP45' }] },
    ]);
    const { decisions } = dataOf(
      await kipp.graphql<{ decisions: { totalCount: number; edges: { node: { kind: string; reason: string; decidedBy: string } }[] } }>(
        `query($id: ID!) { decisions(competitionId: $id, first: 100) { totalCount edges { node { kind reason decidedBy } } } }`,
        { id: competitionId },
        { caller: CALLERS.admin },
      ),
    );
    const kinds = decisions.edges.map((edge) => edge.node.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'SUBMITTED',
        'ADMIN_PASSED',
        'EVALUATORS_ASSIGNED',
        'TOP99_PROPOSED',
        'STAGE_DECIDED:TOP99_PANEL',
        'OBJECTION_REJECTED',
        'STAGE_DECIDED:TOP45',
      ]),
    );
    expect(decisions.edges.every((edge) => edge.node.reason.length > 0 && edge.node.decidedBy)).toBe(true);
  });
});
