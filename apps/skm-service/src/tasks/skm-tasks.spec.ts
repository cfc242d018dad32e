import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { krejcieMorganSampleSize } from '@simpul/scoring';
import { Clock, HttpTaskSource, stableId } from '@simpul/service-kit';
import { serviceTasksOf, type TaskView } from '@simpul/service-kit/testing';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { deskId, surveyId, unitId } from '../seed/demo-keys';
import type { MallDirectory } from '../malls/mall-directory';
import { FAKE_IDLE_DESK } from '../test-support/fake-mpp';
import { SkmTasks } from './skm-tasks.service';
import { BANJARMASIN_MALL, CALLERS, nine, ok, SAMSAT_KALSEL, startSkm, SUBMIT, type SkmHarness } from '../test-support/skm-test-app';

const CREATE = `mutation($input: CreateSkmSurveyInput!) { createSkmSurvey(input: $input) { id publicCode } }`;
const UPDATE_FOLLOW_UP = `mutation($input: UpdateSkmFollowUpInput!) { updateSkmFollowUp(input: $input) { id status } }`;

// The seed runs on 20 May 2026: Q2 2026 is running (ends 30 June), the follow-ups of Q1 are due at its end.
const Q2 = surveyId('samsat-63:Q2-2026');
const U9_PLAN = stableId('skm-follow-up', 'samsat-63:U9');
const U3_PLAN = stableId('skm-follow-up', 'samsat-63:U3');

describe('SKM work in "Tugas saya"', () => {
  let skm: SkmHarness;
  let db: pg.Client;
  // The registry asks each service GET /internal/tasks for the caller, exactly like this.
  const tasksOf = async (caller: Identity): Promise<TaskView[]> => await serviceTasksOf('skm', skm.url, caller);
  const byId = (tasks: TaskView[]) => new Map(tasks.map((task) => [task.id, task]));

  beforeAll(async () => {
    skm = await startSkm();
    db = new pg.Client({ connectionString: skm.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await skm?.close();
  });

  it("gives a unit desk its running surveys short of their sample, with how many respondents are missing, due the period's end", async () => {
    const tasks = byId(await tasksOf(CALLERS.deskSamsatKalsel));
    const [{ expected, respondents }] = (
      await db.query<{ expected: number; respondents: number }>(
        `SELECT s.expected_users AS expected, (SELECT sum(answers)::int FROM skm.rollup_now r WHERE r.survey_id = s.id AND r.dimension = 'ALL' AND r.element_index = -1) AS respondents
         FROM skm.surveys s WHERE s.id = $1`,
        [Q2],
      )
    ).rows;
    const required = krejcieMorganSampleSize(expected);
    expect(respondents).toBeLessThan(required);
    expect(tasks.get(`skm:sample:${Q2}`)).toEqual({
      id: `skm:sample:${Q2}`,
      title: { id: 'Kumpulkan responden SKM Triwulan 2 2026', en: 'Collect respondents for SKM Triwulan 2 2026' },
      detail: { id: `kurang ${required - respondents} responden`, en: `${required - respondents} respondents short` },
      module: 'SKM',
      dueDate: new Date('2026-06-30T23:59:59.999+07:00').toISOString(),
      status: 'IN_PROGRESS',
      progress: { done: respondents, total: required },
      url: `/skm/surveys/${Q2}`,
    });
    // Its desk surveys at MPP Kota Banjarmasin (desks 3 and 4) are the unit's too; last quarter's is over.
    expect(tasks.has(`skm:sample:${surveyId('desk-3:Y-2026')}`)).toBe(true);
    expect(tasks.has(`skm:sample:${surveyId('samsat-63:Q1-2026')}`)).toBe(false);
  });

  it('gives a unit desk its follow-up plans not yet done, and marks them OVERDUE once past their date', async () => {
    const tasks = byId(await tasksOf(CALLERS.deskSamsatKalsel));
    expect(tasks.get(`skm:follow-up:${U9_PLAN}`)).toMatchObject({
      title: { id: 'Tindak lanjut SKM: Penanganan pengaduan, saran dan masukan' },
      detail: { id: expect.stringMatching(/^Menyediakan kanal pengaduan SP4N-LAPOR!.*\(penanggung jawab: Pengelola Pengaduan\)$/) },
      dueDate: new Date('2026-06-30T23:59:59.999+07:00').toISOString(),
      status: 'IN_PROGRESS',
      url: `/skm/surveys/${surveyId('samsat-63:Q1-2026')}`,
    });
    // U3 was done in the seed.
    expect(tasks.has(`skm:follow-up:${U3_PLAN}`)).toBe(false);

    skm.clock.set('2026-07-01T03:00:00Z');
    try {
      const late = byId(await tasksOf(CALLERS.deskSamsatKalsel));
      expect(late.get(`skm:follow-up:${U9_PLAN}`)?.status).toBe('OVERDUE');
      // Q2 has ended: no sample is owed for it any more.
      expect(late.has(`skm:sample:${Q2}`)).toBe(false);
    } finally {
      skm.clock.set('2026-05-20T03:00:00Z');
    }
  });

  it('shows a unit only its own surveys and plans, and admins and evaluators none', async () => {
    const kalteng = await tasksOf(CALLERS.deskDpmptspKalteng);
    expect(kalteng.length).toBeGreaterThan(0);
    const surveyIds = kalteng.map((task) => /\/skm\/surveys\/(.+)$/.exec(task.url)?.[1]);
    const units = await db.query<{ unit: string }>(`SELECT DISTINCT service_unit_id AS unit FROM skm.surveys WHERE id = ANY($1::uuid[])`, [
      surveyIds,
    ]);
    expect(units.rows.map((row) => row.unit)).toEqual([unitId('dpmptsp-62')]);
    expect(await tasksOf(CALLERS.admin)).toEqual([]);
    expect(await tasksOf(CALLERS.evaluator)).toEqual([]);
  });

  it("reads a desk's list in two statements", async () => {
    skm.queries.reset();
    await tasksOf(CALLERS.deskSamsatKalsel);
    expect(skm.queries.count).toBeLessThanOrEqual(2);
  });

  it('drops a follow-up once it is done, and turns a survey DONE once its sample is met', async () => {
    ok(
      await skm.graphql(
        UPDATE_FOLLOW_UP,
        { input: { id: U9_PLAN, status: 'DONE', outcome: 'Kanal aktif.' } },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    const small = ok(
      await skm.graphql<{ createSkmSurvey: { id: string; publicCode: string } }>(
        CREATE,
        {
          input: {
            title: 'SKM Loket Keliling Semester I',
            serviceUnitId: SAMSAT_KALSEL,
            periodKind: 'HALF_YEAR',
            year: 2026,
            number: 1,
            expectedUsers: 3,
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createSkmSurvey;
    const before = byId(await tasksOf(CALLERS.deskSamsatKalsel));
    expect(before.has(`skm:follow-up:${U9_PLAN}`)).toBe(false);
    expect(before.get(`skm:sample:${small.id}`)).toMatchObject({
      detail: { id: 'kurang 3 responden' },
      status: 'TODO',
      progress: { done: 0, total: 3 },
    });

    for (let i = 0; i < 3; i += 1) {
      ok(await skm.graphql(SUBMIT, { s: [{ channel: 'QR', surveyCode: small.publicCode, answers: nine([4, 3, 3, 4, 3, 3, 4, 3, 3]) }] }));
    }
    expect(byId(await tasksOf(CALLERS.deskSamsatKalsel)).get(`skm:sample:${small.id}`)).toMatchObject({
      detail: { id: 'sampel terpenuhi: 3 dari 3 responden', en: 'sample met: 3 of 3 respondents' },
      status: 'DONE',
      progress: { done: 3, total: 3 },
    });
  });

  it("gives the mall's operator its desks in use without a survey for the current period, until one is set up", async () => {
    const tasks = await tasksOf(CALLERS.operator);
    // Desks 1–4, 7 and 8 have this year's survey; desk 6 serves no tenant.
    expect(tasks).toEqual([
      {
        id: `skm:desk-survey:${deskId(5)}`,
        title: { id: 'Siapkan survei SKM untuk gerai 5 (Gerai Bank Kalsel)', en: 'Set up an SKM survey for desk 5 (Gerai Bank Kalsel)' },
        detail: {
          id: 'Gerai ini melayani tenant tetapi belum ada survei untuk periode berjalan',
          en: 'This desk serves tenants but no survey covers the current period',
        },
        module: 'SKM',
        dueDate: null,
        status: 'TODO',
        progress: null,
        url: '/skm/surveys/new',
      },
    ]);
    expect(tasks.some((task) => task.id.endsWith(deskId(FAKE_IDLE_DESK)))).toBe(false);
    // Another mall's operator sees none of these desks.
    const elsewhere: Identity = { ...CALLERS.operator, mallId: stableId('mall', 'mpp-kota-banjarbaru') };
    expect(await tasksOf(elsewhere)).toEqual([]);

    ok(
      await skm.graphql(
        CREATE,
        {
          input: {
            title: 'SKM Gerai 5 Kuartal 2',
            mallId: BANJARMASIN_MALL,
            deskId: deskId(5),
            serviceUnitId: SAMSAT_KALSEL,
            periodKind: 'QUARTER',
            year: 2026,
            number: 2,
            expectedUsers: 500,
          },
        },
        { caller: CALLERS.operator },
      ),
    );
    expect(await tasksOf(CALLERS.operator)).toEqual([]);
  });

  it("leaves the desks out, rather than failing the operator's whole list, when the MPP service cannot be reached", async () => {
    const unreachable: MallDirectory = {
      mall: () => Promise.reject(new Error('connect ECONNREFUSED')),
      desksInUse: () => Promise.reject(new Error('connect ECONNREFUSED')),
      deskServices: () => Promise.reject(new Error('connect ECONNREFUSED')),
    };
    const tasks = new SkmTasks(skm.app.get(DataSource), skm.app.get(Clock), unreachable);
    await expect(tasks.for(CALLERS.operator)).resolves.toEqual([]);
  });
  it('answers only a signed-in caller, and only through the internal token', async () => {
    const anonymous = new HttpTaskSource('skm', `${skm.url}/graphql`).tasksFor(null as unknown as Identity, randomUUID());
    await expect(anonymous).rejects.toThrow('Sign in first.');
    expect((await fetch(`${skm.url}/internal/tasks`)).status).toBe(401);
  });
});
