import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { getInstrument } from '@simpul/scoring';
import { serviceTasksOf, type TaskView } from '@simpul/service-kit/testing';
import { HttpTaskSource, stableId } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { cycleId, KHUSUS_SCORED, lokusId } from '../seed/demo-data';
import { pdfBase64, Q } from '../test-support/fixtures';
import { CALLERS, ok, SAMSAT_KALSEL, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// "Tugas saya" (issue #14 §1): the PEKPPP part each role gets, through GET /internal/tasks as the
// registry asks it — real HTTP on the seeded database, the clock walked through the 2026 calendar.

const { admin, evaluator, otherEvaluator, operator, deskSamsatKalsel, deskDpmptspKalteng } = CALLERS;
const CODES = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const TOTAL = CODES.length;
const PEKPPP_2026 = cycleId('pekppp-2026');
const KHUSUS_2026 = cycleId('pekppp-khusus-2026');
const SAMSAT_2026 = lokusId('pekppp-2026', 'samsat-63');
const DPMPTSP_2026 = lokusId('pekppp-2026', 'dpmptsp-62');
const KALTENG_KHUSUS = lokusId('pekppp-khusus-2026', 'samsat-62');
const KALTIM_KHUSUS = lokusId('pekppp-khusus-2026', 'samsat-64');

/** Orders rows of expected values by their first (the task id). */
const byFirst = (a: unknown[], b: unknown[]) => (a[0] as string).localeCompare(b[0] as string);
type Phases = Record<string, { startsAt: string; endsAt: string }>;

describe('PEKPPP tasks for "Tugas saya"', () => {
  let evaluation: EvaluationHarness;
  let phases2026: Phases;
  let phasesKhusus: Phases;

  const tasksOf = async (caller: Identity): Promise<TaskView[]> => {
    const tasks = await serviceTasksOf('evaluation', evaluation.url, caller);
    return [...tasks].sort((a, b) => a.id.localeCompare(b.id));
  };
  const byId = async (caller: Identity) => new Map((await tasksOf(caller)).map((task) => [task.id, task]));
  const phasesOf = async (id: string): Promise<Phases> => {
    const data = ok(
      await evaluation.graphql<{ evaluationCycle: { phases: { phase: string; startsAt: string; endsAt: string }[] } }>(
        'query($id: ID!) { evaluationCycle(id: $id) { phases { phase startsAt endsAt } } }',
        { id },
        { caller: admin },
      ),
    );
    return Object.fromEntries(data.evaluationCycle.phases.map((phase) => [phase.phase, phase]));
  };
  /** A moment `hours` after a phase starts. */
  const into = (phases: Phases, phase: string, hours = 2) =>
    new Date(new Date(phases[phase].startsAt).getTime() + hours * 3_600_000).toISOString();
  const score = async (lokus: string, indicatorCode: string) =>
    ok(
      await evaluation.graphql(
        Q.saveScore,
        { input: { lokusId: lokus, indicatorCode, level: 4, expectedVersion: 0 } },
        { caller: evaluator },
      ),
    );

  beforeAll(async () => {
    evaluation = await startEvaluation();
    phases2026 = await phasesOf(PEKPPP_2026);
    phasesKhusus = await phasesOf(KHUSUS_2026);
  });
  afterAll(() => evaluation?.close());

  describe('in the 2026 F-01 phase (the moment the demo seed runs)', () => {
    it("a desk gets the F-01 of its own unit's lokus only, with the deadline and the page that continues it", async () => {
      expect(await tasksOf(deskSamsatKalsel)).toEqual([
        {
          id: `pekppp:f01:${SAMSAT_2026}`,
          title: { id: 'Isi F-01 — PEKPPP 2026', en: 'Fill in F-01 — PEKPPP 2026' },
          detail: { id: `0/${TOTAL} indikator terisi`, en: `0/${TOTAL} indicators claimed` },
          module: 'PEKPPP',
          dueDate: phases2026.F01_FILLING.endsAt,
          status: 'TODO',
          progress: { done: 0, total: TOTAL },
          url: `/evaluasi/lokus/${SAMSAT_2026}`,
        },
      ]);
      expect((await tasksOf(deskDpmptspKalteng)).map((task) => task.id)).toEqual([`pekppp:f01:${DPMPTSP_2026}`]);
    });

    it('the evaluator gets the lokus it is assigned in a cycle being scored, with "n/30 dinilai"; another evaluator gets none', async () => {
      const tasks = await tasksOf(evaluator);
      expect(tasks.map((task) => [task.id, task.title.id, task.detail?.id, task.status, task.progress, task.dueDate])).toEqual(
        [
          [
            `pekppp:f02:${KALTENG_KHUSUS}`,
            'Nilai F-02 — SAMSAT Kalimantan Tengah',
            `${KHUSUS_SCORED}/${TOTAL} dinilai · PEKPPP Khusus 2026 (Samsat Kalimantan)`,
            'IN_PROGRESS',
            { done: KHUSUS_SCORED, total: TOTAL },
            phasesKhusus.EVALUATOR_SCORING.endsAt,
          ],
          [
            `pekppp:f02:${KALTIM_KHUSUS}`,
            'Nilai F-02 — SAMSAT Kalimantan Timur',
            `0/${TOTAL} dinilai · PEKPPP Khusus 2026 (Samsat Kalimantan)`,
            'TODO',
            { done: 0, total: TOTAL },
            phasesKhusus.EVALUATOR_SCORING.endsAt,
          ],
        ].sort(byFirst),
      );
      expect(tasks.every((task) => task.url === `/evaluasi/lokus/${task.id.split(':').at(-1)}`)).toBe(true);
      expect(await tasksOf(otherEvaluator)).toEqual([]);
    });

    it('the admin gets the phase that ends within 14 days (the Khusus scoring), not the F-01 phase a month away; other roles get nothing', async () => {
      expect(await tasksOf(admin)).toEqual([
        {
          id: `pekppp:phase:${KHUSUS_2026}:EVALUATOR_SCORING`,
          title: {
            id: 'Tahap penilaian evaluator (F-02) segera berakhir — PEKPPP Khusus 2026 (Samsat Kalimantan)',
            en: 'The evaluator scoring (F-02) phase ends soon — PEKPPP Khusus 2026 (Samsat Kalimantan)',
          },
          detail: null,
          module: 'PEKPPP',
          dueDate: phasesKhusus.EVALUATOR_SCORING.endsAt,
          status: 'TODO',
          progress: null,
          url: `/evaluasi/cycles/${KHUSUS_2026}`,
        },
      ]);
      expect(await tasksOf(operator)).toEqual([]);
    });

    it('F-01 progress follows the claims; sent, the task is DONE (and the admin counts it); reopened, it is open again', async () => {
      const uploaded = ok(
        await evaluation.graphql<{ uploadEvidenceDocument: { id: string } }>(
          Q.upload,
          { input: { serviceUnitId: SAMSAT_KALSEL, fileName: 'sk.pdf', mimeType: 'application/pdf', contentBase64: pdfBase64('SK') } },
          { caller: deskSamsatKalsel },
        ),
      ).uploadEvidenceDocument;
      for (const indicatorCode of CODES.slice(0, 2)) {
        ok(
          await evaluation.graphql(
            Q.saveClaim,
            { input: { lokusId: SAMSAT_2026, indicatorCode, level: 3, justification: `Bukti ${indicatorCode}.` } },
            { caller: deskSamsatKalsel },
          ),
        );
      }
      const f01 = `pekppp:f01:${SAMSAT_2026}`;
      expect((await byId(deskSamsatKalsel)).get(f01)).toMatchObject({ status: 'IN_PROGRESS', progress: { done: 2, total: TOTAL } });

      for (const indicatorCode of CODES) {
        if (!CODES.slice(0, 2).includes(indicatorCode)) {
          ok(
            await evaluation.graphql(
              Q.saveClaim,
              { input: { lokusId: SAMSAT_2026, indicatorCode, level: 3, justification: `Bukti ${indicatorCode}.` } },
              { caller: deskSamsatKalsel },
            ),
          );
        }
        ok(
          await evaluation.graphql(
            Q.attach,
            { input: { lokusId: SAMSAT_2026, indicatorCode, documentId: uploaded.id } },
            { caller: deskSamsatKalsel },
          ),
        );
      }
      ok(
        await evaluation.graphql(
          'mutation($lokusId: ID!) { submitF01(lokusId: $lokusId) { id } }',
          { lokusId: SAMSAT_2026 },
          { caller: deskSamsatKalsel },
        ),
      );
      expect((await byId(deskSamsatKalsel)).get(f01)).toMatchObject({
        status: 'DONE',
        progress: { done: TOTAL, total: TOTAL },
        detail: { id: 'F-01 sudah dikirim', en: 'F-01 has been sent' },
      });
      // The other desk's task is untouched by it.
      expect((await byId(deskDpmptspKalteng)).get(`pekppp:f01:${DPMPTSP_2026}`)).toMatchObject({ status: 'TODO' });

      evaluation.clock.set(new Date(new Date(phases2026.F01_FILLING.endsAt).getTime() - 5 * 86_400_000).toISOString());
      const adminF01 = (await byId(admin)).get(`pekppp:phase:${PEKPPP_2026}:F01_FILLING`);
      expect(adminF01).toMatchObject({
        detail: { id: '1/2 lokus sudah mengirim F-01', en: '1/2 lokus have sent F-01' },
        progress: { done: 1, total: 2 },
        dueDate: phases2026.F01_FILLING.endsAt,
        url: `/evaluasi/cycles/${PEKPPP_2026}`,
      });
      // F-03 runs beside F-01 and ends with it: both are the cycle's current phases.
      expect((await byId(admin)).has(`pekppp:phase:${PEKPPP_2026}:F03_SURVEY`)).toBe(true);

      ok(
        await evaluation.graphql(
          'mutation($lokusId: ID!, $reason: String!) { reopenF01(lokusId: $lokusId, reason: $reason) { id } }',
          { lokusId: SAMSAT_2026, reason: 'Bukti 1.a.Ak perlu diganti.' },
          { caller: admin },
        ),
      );
      expect((await byId(deskSamsatKalsel)).get(f01)).toMatchObject({ status: 'IN_PROGRESS', progress: { done: TOTAL, total: TOTAL } });
      expect((await byId(admin)).get(`pekppp:phase:${PEKPPP_2026}:F01_FILLING`)).toMatchObject({ progress: { done: 0, total: 2 } });
    });

    it('after the F-01 window the F-01 tasks are gone', async () => {
      evaluation.clock.set(new Date(new Date(phases2026.F01_FILLING.endsAt).getTime() + 60_000).toISOString());
      expect(await tasksOf(deskSamsatKalsel)).toEqual([]);
      expect(await tasksOf(deskDpmptspKalteng)).toEqual([]);
    });
  });

  describe('in the 2026 scoring, verification and appeal phases', () => {
    beforeAll(async () => {
      // A second rater on the Samsat lokus (set up directly: assignment is not what is tested here).
      const db = evaluation.app.get(DataSource);
      await db.query(
        `INSERT INTO evaluation.evaluator_profiles (user_id, display_name, agency_id, level) VALUES ($1, 'Evaluator Kedua', $2, 'KEMENPANRB') ON CONFLICT DO NOTHING`,
        [otherEvaluator.userId, stableId('agency', 'kemenpanrb')],
      );
      await db.query(
        `INSERT INTO evaluation.assignments (lokus_id, evaluator_id, role, assigned_at) VALUES ($1, $2, 'SECOND_RATER', now())`,
        [SAMSAT_2026, otherEvaluator.userId],
      );
    });

    it('the evaluator scores its assigned lokus (done when every indicator is scored); the second rater sees only its own blind scoring', async () => {
      evaluation.clock.set(into(phases2026, 'EVALUATOR_SCORING'));
      const primary = await tasksOf(evaluator);
      // The Khusus cycle is finalising by now: only the 2026 lokus are left.
      expect(primary.map((task) => [task.id, task.title.id, task.progress])).toEqual(
        [
          [`pekppp:f02:${DPMPTSP_2026}`, 'Nilai F-02 — DPMPTSP Provinsi Kalimantan Tengah', { done: 0, total: TOTAL }],
          [`pekppp:f02:${SAMSAT_2026}`, 'Nilai F-02 — SAMSAT Kalimantan Selatan', { done: 0, total: TOTAL }],
        ].sort(byFirst),
      );
      expect(primary.every((task) => task.dueDate === phases2026.EVALUATOR_SCORING.endsAt)).toBe(true);
      expect(await tasksOf(otherEvaluator)).toEqual([
        {
          id: `pekppp:f02-second:${SAMSAT_2026}`,
          title: { id: 'Penilaian kedua F-02 — SAMSAT Kalimantan Selatan', en: 'Second F-02 scoring — SAMSAT Kalimantan Selatan' },
          detail: { id: `0/${TOTAL} dinilai · PEKPPP 2026`, en: `0/${TOTAL} scored · PEKPPP 2026` },
          module: 'PEKPPP',
          dueDate: phases2026.EVALUATOR_SCORING.endsAt,
          status: 'TODO',
          progress: { done: 0, total: TOTAL },
          url: `/evaluasi/lokus/${SAMSAT_2026}`,
        },
      ]);
      // Desks have nothing to do while the evaluators score.
      expect(await tasksOf(deskSamsatKalsel)).toEqual([]);

      await score(SAMSAT_2026, CODES[0]);
      ok(
        await evaluation.graphql(
          Q.saveSecond,
          { input: { lokusId: SAMSAT_2026, indicatorCode: CODES[0], level: 3 } },
          { caller: otherEvaluator },
        ),
      );
      expect((await byId(evaluator)).get(`pekppp:f02:${SAMSAT_2026}`)).toMatchObject({
        status: 'IN_PROGRESS',
        progress: { done: 1, total: TOTAL },
      });
      expect((await byId(otherEvaluator)).get(`pekppp:f02-second:${SAMSAT_2026}`)).toMatchObject({ progress: { done: 1, total: TOTAL } });

      for (const code of CODES.slice(1)) await score(SAMSAT_2026, code);
      const done = await byId(evaluator);
      expect(done.get(`pekppp:f02:${SAMSAT_2026}`)).toMatchObject({ status: 'DONE', progress: { done: TOTAL, total: TOTAL } });
      expect(done.get(`pekppp:f02:${DPMPTSP_2026}`)).toMatchObject({ status: 'TODO' });
    });

    it('in verification an unscored lokus is overdue and a field visit is asked for; recording the visit does it', async () => {
      evaluation.clock.set(into(phases2026, 'VERIFICATION'));
      const tasks = await byId(evaluator);
      expect(tasks.get(`pekppp:f02:${DPMPTSP_2026}`)).toMatchObject({ status: 'OVERDUE' });
      const visit = `pekppp:field-visit:${SAMSAT_2026}`;
      expect(tasks.get(visit)).toMatchObject({
        title: { id: 'Verifikasi lapangan — SAMSAT Kalimantan Selatan', en: 'Field verification — SAMSAT Kalimantan Selatan' },
        status: 'TODO',
        dueDate: phases2026.VERIFICATION.endsAt,
      });
      // Field visits are the primary rater's; the second rater has none.
      expect((await tasksOf(otherEvaluator)).some((task) => task.id.startsWith('pekppp:field-visit'))).toBe(false);
      ok(
        await evaluation.graphql(
          Q.verify,
          {
            input: {
              lokusId: SAMSAT_2026,
              visitedOn: into(phases2026, 'VERIFICATION').slice(0, 10),
              team: ['Evaluator PEKPPP'],
              findings: 'Sesuai klaim.',
            },
          },
          { caller: evaluator },
        ),
      );
      expect((await byId(evaluator)).get(visit)).toMatchObject({ status: 'DONE' });
    });

    it('in the appeal window the desk may appeal; a filed appeal waits with the admin and the evaluator until decided', async () => {
      evaluation.clock.set(into(phases2026, 'APPEAL'));
      const window = `pekppp:appeal:${SAMSAT_2026}`;
      expect(await tasksOf(deskSamsatKalsel)).toEqual([
        {
          id: window,
          title: {
            id: 'Tinjau nilai evaluator dan ajukan sanggahan bila perlu — PEKPPP 2026',
            en: "Review the evaluator's scores and appeal if needed — PEKPPP 2026",
          },
          detail: { id: 'Masa sanggah sedang berjalan', en: 'The appeal window is open' },
          module: 'PEKPPP',
          dueDate: phases2026.APPEAL.endsAt,
          status: 'TODO',
          progress: null,
          url: `/evaluasi/lokus/${SAMSAT_2026}`,
        },
      ]);
      // The Kalteng lokus has no score to appeal.
      expect(await tasksOf(deskDpmptspKalteng)).toEqual([]);
      expect((await tasksOf(admin)).some((task) => task.id.startsWith('pekppp:appeals:'))).toBe(false);

      const filed = ok(
        await evaluation.graphql<{ fileAppeal: { id: string } }>(
          Q.fileAppeal,
          { input: { lokusId: SAMSAT_2026, indicatorCode: CODES[0], requestedLevel: 5, reason: 'Piagam penghargaan belum dinilai.' } },
          { caller: deskSamsatKalsel },
        ),
      ).fileAppeal;
      const desk = await byId(deskSamsatKalsel);
      expect(desk.get(window)).toMatchObject({ status: 'DONE', detail: { id: '1 sanggahan diajukan', en: '1 appeal filed' } });
      expect(desk.get(`pekppp:appeals-pending:${SAMSAT_2026}`)).toMatchObject({
        title: { id: 'Sanggahan menunggu keputusan — PEKPPP 2026' },
        dueDate: null,
        status: 'TODO',
      });
      expect((await byId(admin)).get(`pekppp:appeals:${PEKPPP_2026}`)).toMatchObject({
        detail: { id: '1 sanggahan terbuka', en: '1 open appeal' },
        dueDate: phases2026.APPEAL.endsAt,
        url: `/evaluasi/cycles/${PEKPPP_2026}`,
      });
      expect((await byId(evaluator)).get(`pekppp:appeal-decision:${SAMSAT_2026}`)).toMatchObject({
        title: { id: 'Putuskan sanggahan — SAMSAT Kalimantan Selatan' },
        dueDate: phases2026.APPEAL.endsAt,
      });
      expect((await tasksOf(otherEvaluator)).some((task) => task.id.startsWith('pekppp:appeal-decision'))).toBe(false);

      ok(
        await evaluation.graphql(
          Q.decideAppeal,
          { input: { appealId: filed.id, decision: 'REJECT', reason: 'Piagam terbit sesudah periode penilaian.' } },
          { caller: evaluator },
        ),
      );
      expect((await byId(deskSamsatKalsel)).has(`pekppp:appeals-pending:${SAMSAT_2026}`)).toBe(false);
      expect((await byId(admin)).has(`pekppp:appeals:${PEKPPP_2026}`)).toBe(false);
      expect((await byId(evaluator)).has(`pekppp:appeal-decision:${SAMSAT_2026}`)).toBe(false);
    });
  });

  it('costs one or two statements per caller however many lokus there are (5,000 more lokus, 40 of them assigned to the evaluator)', async () => {
    evaluation.clock.set(into(phasesKhusus, 'EVALUATOR_SCORING'));
    const db = evaluation.app.get(DataSource);
    await db.query(
      `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, province_code, government_level, cohort, instrument_id, added_at)
       SELECT gen_random_uuid(), $1, gen_random_uuid(), 'Unit ' || n, 'SAMSAT', 'ADMINISTRASI', gen_random_uuid(), '62', 'PROVINCE', 'PROVINCE:SAMSAT', 'pekppp-2024-a', now()
       FROM generate_series(1, 5000) AS n`,
      [KHUSUS_2026],
    );
    await db.query(
      `INSERT INTO evaluation.assignments (lokus_id, evaluator_id, role, assigned_at)
       SELECT id, $2, 'PRIMARY', now() FROM evaluation.lokus WHERE cycle_id = $1 AND unit_name LIKE 'Unit %' ORDER BY id LIMIT 40`,
      [KHUSUS_2026, evaluator.userId],
    );
    const statements: Record<string, number> = {};
    for (const [role, caller] of Object.entries({ desk: deskSamsatKalsel, evaluator, admin })) {
      evaluation.queries.reset();
      await tasksOf(caller);
      statements[role] = evaluation.queries.count;
    }
    expect(statements).toEqual({ desk: 2, evaluator: 1, admin: 2 });
    expect((await tasksOf(evaluator)).filter((task) => task.id.startsWith('pekppp:f02:'))).toHaveLength(42);
  });
  it('answers only a signed-in caller, and only through the internal token', async () => {
    const anonymous = new HttpTaskSource('evaluation', `${evaluation.url}/graphql`).tasksFor(null as unknown as Identity, randomUUID());
    await expect(anonymous).rejects.toThrow('Sign in first.');
    expect((await fetch(`${evaluation.url}/internal/tasks`)).status).toBe(401);
  });
});
