import pg from 'pg';
import type { Identity } from '@simpul/contracts';
import { dayInWords } from '../competitions/stage-names';
import { competitionId, proposalId } from '../seed/demo-competition';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { DECIDE_STAGE, SCORE, scores } from '../test-support/operations';
import type { TaskView } from '@simpul/service-kit/testing';
import { kippTasksOf, taskIds } from '../test-support/tasks';

const YEAR = Number(TEST_TODAY.slice(0, 4));
const COMPETITION = competitionId(YEAR);
const PROPOSAL = proposalId(YEAR, 0); // E-SAMSAT Banua (Pemprov Kalimantan Selatan)

describe('KIPP tasks of the Tim Evaluasi, the panel and the national admin ("Tugas saya")', () => {
  let kipp: KippHarness;
  let db: pg.Client;
  const closesOn = async (stage: string) =>
    (
      await db.query<{ closes_on: string }>(
        `SELECT closes_on::text AS closes_on FROM kipp.competition_stages WHERE competition_id = $1 AND stage = $2`,
        [COMPETITION, stage],
      )
    ).rows[0].closes_on;
  // Only this competition: the demo's previous one is in its field verification.
  const tasksIn = async (caller: Identity): Promise<TaskView[]> =>
    (await kippTasksOf(kipp, caller)).filter((task) => task.id.endsWith(COMPETITION));
  const adminTask = async (prefix: string) => (await tasksIn(CALLERS.admin)).filter((task) => task.id.startsWith(prefix));

  beforeAll(async () => {
    kipp = await startKipp();
    db = new pg.Client({ connectionString: kipp.database.url });
    await db.connect();
    // The demo competition past registration and administrative selection, its desk assessment open
    // today, one proposal that passed, assigned to two Tim Evaluasi members.
    await db.query(
      `UPDATE kipp.competition_stages SET decided_at = now(), decided_by = $2, decision_reason = 'uji'
       WHERE competition_id = $1 AND stage IN ('REGISTRATION', 'ADMINISTRATIVE_SELECTION')`,
      [COMPETITION, CALLERS.admin.userId],
    );
    await db.query(`UPDATE kipp.competition_stages SET opens_on = $2 WHERE competition_id = $1 AND stage = 'DESK_ASSESSMENT'`, [
      COMPETITION,
      TEST_TODAY,
    ]);
    await db.query(`UPDATE kipp.proposals SET status = 'ADMIN_PASSED', submitted_at = now() WHERE id = $1`, [PROPOSAL]);
    await db.query(
      `INSERT INTO kipp.assignments (proposal_id, evaluator_id, stage, assigned_by) VALUES ($1, $2, 'DESK_ASSESSMENT', $4), ($1, $3, 'DESK_ASSESSMENT', $4)`,
      [PROPOSAL, CALLERS.te2.userId, CALLERS.te3.userId, CALLERS.admin.userId],
    );
  });
  afterAll(async () => {
    await db?.end();
    await kipp?.close();
  });

  it('gives each assigned Tim Evaluasi member the proposals to score, and marks the work done once scored', async () => {
    const due = await closesOn('DESK_ASSESSMENT');
    const [task] = await tasksIn(CALLERS.te2);
    expect(task).toEqual({
      id: `kipp:assessment:${COMPETITION}`,
      title: { id: 'Nilai 1 proposal KIPP 2026', en: 'Score 1 KIPP 2026 proposal' },
      detail: { id: '0/1 dinilai; tahap ditutup 29 Agustus 2026', en: '0/1 scored; the stage closes 29 August 2026' },
      module: 'KIPP',
      dueDate: new Date(`${due}T23:59:59.999+07:00`).toISOString(),
      status: 'TODO',
      progress: { done: 0, total: 1 },
      url: '/kipp/penilaian',
    });
    expect(await tasksIn(CALLERS.evaluator)).toEqual([]);
    expect(await tasksIn(CALLERS.panel)).toEqual([]);

    dataOf(
      await kipp.graphql(
        SCORE,
        { input: { proposalId: PROPOSAL, stage: 'DESK_ASSESSMENT', criteria: scores([84]), comment: 'Matang.' } },
        { caller: CALLERS.te2 },
      ),
    );
    expect((await tasksIn(CALLERS.te2)).map((done) => [done.status, done.progress])).toEqual([['DONE', { done: 1, total: 1 }]]);
    expect((await tasksIn(CALLERS.te3)).map((open) => [open.status, open.progress])).toEqual([['TODO', { done: 0, total: 1 }]]);
  });

  it('asks the national admin for the Top 99 once its stage opens, until it is decided', async () => {
    expect(await adminTask('kipp:decide:')).toEqual([]);
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: COMPETITION, stage: 'DESK_ASSESSMENT', reason: 'Penilaian selesai' },
        { caller: CALLERS.admin },
      ),
    );
    // Closing the assessment early opens the Top 99 stage today.
    const [decide] = await adminTask('kipp:decide:');
    expect(decide).toMatchObject({
      id: `kipp:decide:top99:${COMPETITION}`,
      title: { id: 'Tetapkan Top 99 KIPP 2026', en: 'Decide the Top 99 of KIPP 2026' },
      status: 'TODO',
      url: `/kipp/kompetisi/${COMPETITION}`,
    });
    expect(decide.detail?.id).toMatch(/^Usulkan dari peringkat Tim Evaluasi/);
    expect(await kippTasksOf(kipp, CALLERS.deskSamsatKalsel)).toEqual([]);

    dataOf(await kipp.graphql(`mutation($id: ID!) { proposeTop99(competitionId: $id) }`, { id: COMPETITION }, { caller: CALLERS.admin }));
    expect((await adminTask('kipp:decide:'))[0].detail?.id).toMatch(/^1 proposal diusulkan/);
    dataOf(
      await kipp.graphql(
        `mutation($id: ID!) { decideTop99(competitionId: $id, reason: "Keputusan TPI") }`,
        { id: COMPETITION },
        { caller: CALLERS.admin },
      ),
    );
    expect(await adminTask('kipp:decide:')).toEqual([]);
  });

  it('asks the national admin to decide public objections while the window is open', async () => {
    dataOf(
      await kipp.graphql(`mutation($id: ID!) { fileObjection(proposalId: $id, body: "Inovasi ini belum berjalan dua tahun.") { id } }`, {
        id: PROPOSAL,
      }),
    );
    const [objections] = await adminTask('kipp:objections:');
    expect(objections).toMatchObject({
      id: `kipp:objections:${COMPETITION}`,
      title: { id: 'Putuskan 1 sanggahan KIPP 2026', en: 'Decide 1 objection for KIPP 2026' },
      url: `/kipp/kompetisi/${COMPETITION}`,
    });
    expect(objections.detail?.id).toBe(`Masa sanggah ditutup ${dayInWords(await closesOn('OBJECTION_WINDOW'), 'id')}`);
    expect(objections.dueDate).toBe(new Date(`${await closesOn('OBJECTION_WINDOW')}T23:59:59.999+07:00`).toISOString());
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM kipp.objections WHERE proposal_id = $1`, [PROPOSAL]);
    dataOf(
      await kipp.graphql(
        `mutation($id: ID!) { decideObjection(id: $id, upheld: false, reason: "Data kunjungan menunjukkan layanan berjalan.") { id } }`,
        { id: rows[0].id },
        { caller: CALLERS.admin },
      ),
    );
    expect(await adminTask('kipp:objections:')).toEqual([]);
  });

  it('gives every panel (TPI) member the Top 99 presentations to score, not the Tim Evaluasi', async () => {
    expect(await tasksIn(CALLERS.panel)).toEqual([]);
    dataOf(
      await kipp.graphql(
        DECIDE_STAGE,
        { id: COMPETITION, stage: 'OBJECTION_WINDOW', reason: 'Masa sanggah selesai' },
        { caller: CALLERS.admin },
      ),
    );
    for (const member of [CALLERS.panel, CALLERS.tpi2]) {
      expect((await tasksIn(member)).map((task) => [task.id, task.title.id, task.progress, task.url])).toEqual([
        [`kipp:presentation:${COMPETITION}`, 'Nilai presentasi Top 99 KIPP 2026', { done: 0, total: 1 }, '/kipp/panel'],
      ]);
    }
    expect(taskIds(await tasksIn(CALLERS.te3))).toEqual([]);

    dataOf(
      await kipp.graphql(
        SCORE,
        { input: { proposalId: PROPOSAL, stage: 'PRESENTATION', criteria: scores([88]), comment: 'Presentasi meyakinkan.' } },
        { caller: CALLERS.panel },
      ),
    );
    expect((await tasksIn(CALLERS.panel))[0].status).toBe('DONE');
    expect((await tasksIn(CALLERS.tpi2))[0].status).toBe('TODO');
  });

  it('asks for the Top 45 once its stage opens, overdue after it closes undecided', async () => {
    await db.query(`UPDATE kipp.competition_stages SET opens_on = $2 WHERE competition_id = $1 AND stage = 'TOP45'`, [
      COMPETITION,
      TEST_TODAY,
    ]);
    const due = await closesOn('TOP45');
    const [top45] = await adminTask('kipp:decide:');
    expect(top45).toMatchObject({ id: `kipp:decide:top45:${COMPETITION}`, title: { id: 'Tetapkan Top 45 KIPP 2026' }, status: 'TODO' });
    const after = new Date(`${due}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    kipp.clock.set(after.toISOString().slice(0, 10));
    expect((await adminTask('kipp:decide:'))[0].status).toBe('OVERDUE');
    kipp.clock.set(TEST_TODAY);
    await db.query(`UPDATE kipp.competition_stages SET decided_at = now() WHERE competition_id = $1 AND stage = 'TOP45'`, [COMPETITION]);
    expect(await adminTask('kipp:decide:')).toEqual([]);
  });
});
