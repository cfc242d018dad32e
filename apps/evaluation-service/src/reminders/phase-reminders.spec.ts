import { randomUUID } from 'node:crypto';
import { getInstrument } from '@simpul/scoring';
import { JobRunner, NotificationClient } from '@simpul/service-kit';
import { createTestDatabase, startRegistryProcess, type RegistryProcess, type TestDatabase } from '@simpul/service-kit/testing';
import { cycleId, DEMO_EVALUATOR, lokusId } from '../seed/demo-data';
import { CALLERS, SEEDED_EVALUATION, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';
import { PhaseReminders } from './phase-reminders';
import { crossedThreshold } from '@simpul/service-kit';
import { PHASE_REMINDER_DAYS } from './phase-thresholds';

// Phase deadline reminders end to end: two evaluation replicas (in this process, one database) scan,
// the real registry (built bundle, its own process, same database) turns them into notifications and
// e-mails, and a real SMTP server receives them. The seeded calendars: PEKPPP Khusus 2026 scoring ends
// 14 May 2026 07.00 WIB, PEKPPP 2026 F-01 (and F-03) 3 June 2026 07.00 WIB.
jest.setTimeout(180_000);

const PEKPPP_2026 = cycleId('pekppp-2026');
const KHUSUS_2026 = cycleId('pekppp-khusus-2026');
const SAMSAT_2026 = lokusId('pekppp-2026', 'samsat-63');
const DPMPTSP_2026 = lokusId('pekppp-2026', 'dpmptsp-62');
const CODES = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const ADMIN = 'admin@simpul.test';
const EVALUATOR = 'evaluator@simpul.test';
const DESK_SAMSAT = 'desk.samsat-kalsel@simpul.test';
const DESK_DPMPTSP = 'desk.dpmptsp-kalteng@simpul.test';

interface Row {
  email: string;
  occasion: string;
  title_id: string;
  body_id: string;
  url: string;
}

describe('phase deadline reminders (two evaluation replicas, the real registry, real SMTP)', () => {
  let database: TestDatabase;
  let registry: RegistryProcess;
  let replicas: EvaluationHarness[];

  const notified = (occasionPrefix: string) =>
    registry.sql<Row>(
      `SELECT u.email, n.occasion, n.title_id, n.body_id, n.url FROM registry.notifications n
       JOIN registry.users u ON u.id = n.user_id WHERE n.occasion LIKE $1 || '%' ORDER BY n.occasion, u.email`,
      [occasionPrefix],
    );
  const mails = async (email: string) =>
    (await registry.sql<{ count: number }>(`SELECT count(*)::int AS count FROM registry.mail_outbox WHERE recipient = $1`, [email]))[0]
      .count;
  const scan = (replica: EvaluationHarness, at: string) => replica.app.get(PhaseReminders).scan(new Date(at));

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_EVALUATION);
    registry = await startRegistryProcess(database.url);
    const notifications = new NotificationClient(registry.url);
    replicas = [
      await startEvaluation(undefined, { database, notifications }),
      await startEvaluation(undefined, { database, notifications }),
    ];
  });

  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.close();
    await registry?.close();
    await database?.drop();
  });

  it('the threshold is the smallest of 7, 3 and 1 days at or above the days left', () => {
    expect([9, 8, 7, 5, 4, 3, 2, 1, 0, -1].map((days) => crossedThreshold(days, PHASE_REMINDER_DAYS))).toEqual([
      null,
      null,
      7,
      7,
      7,
      3,
      3,
      1,
      1,
      null,
    ]);
  });

  it('nothing is due while every phase ends more than seven days away', async () => {
    expect(await scan(replicas[0], '2026-05-04T03:00:00Z')).toEqual({ phases: 0, reminders: 0, notifications: 0, emails: 0 });
  });

  it('seven days before the scoring ends: the admins and the evaluator with lokus to score get one notification and one e-mail each', async () => {
    // The scheduled job itself, reading the service clock: 7 May 2026, 09.00 WIB.
    replicas[0].clock.set('2026-05-07T02:00:00Z');
    const [ran] = await replicas[0].app.get(JobRunner, { strict: false }).runAllNow();
    expect(ran).toEqual({ name: 'phase-deadline-reminders', result: { phases: 1, reminders: 2, notifications: 2, emails: 2 } });

    const rows = await notified(`phase:${KHUSUS_2026}:EVALUATOR_SCORING:7:`);
    expect(rows.map((row) => [row.occasion, row.email])).toEqual([
      [`phase:${KHUSUS_2026}:EVALUATOR_SCORING:7:admins`, ADMIN],
      [`phase:${KHUSUS_2026}:EVALUATOR_SCORING:7:evaluator:${DEMO_EVALUATOR.userId}`, EVALUATOR],
    ]);
    const [admin, evaluator] = rows;
    expect(admin.title_id).toBe('Tahap penilaian evaluator (F-02) PEKPPP Khusus 2026 (Samsat Kalimantan) berakhir dalam 7 hari');
    expect(admin.body_id).toContain('berakhir 14 Mei 2026 pukul 07.00 WIB');
    expect(admin.url).toBe(`/evaluasi/cycles/${KHUSUS_2026}`);
    expect(evaluator.body_id).toBe(
      '2 lokus yang ditugaskan kepada Anda belum selesai dinilai. Tahap penilaian evaluator berakhir 14 Mei 2026 pukul 07.00 WIB.',
    );

    const mail = await registry.smtp.nextMailTo(EVALUATOR);
    expect(mail.subject).toBe(
      'Selesaikan penilaian F-02 PEKPPP Khusus 2026 (Samsat Kalimantan) dalam 7 hari / Finish the F-02 scoring of PEKPPP Khusus 2026 (Samsat Kalimantan) within 7 days',
    );
    expect(mail.text).toContain(`/evaluasi/cycles/${KHUSUS_2026}`);
    await registry.smtp.nextMailTo(ADMIN);

    // Again the same day from the other replica, and the next day (still the 7-day threshold): nothing new.
    expect(await scan(replicas[1], '2026-05-07T05:00:00Z')).toMatchObject({ reminders: 2, notifications: 0, emails: 0 });
    expect(await scan(replicas[0], '2026-05-08T02:00:00Z')).toMatchObject({ notifications: 0, emails: 0 });
    expect(await mails(EVALUATOR)).toBe(1);
    // Desks have nothing to do in the scoring phase.
    expect(await mails(DESK_SAMSAT)).toBe(0);
  });

  it('two replicas scanning at the same moment three days before still give one notification and one e-mail per person', async () => {
    const results = await Promise.all(replicas.map((replica) => scan(replica, '2026-05-11T02:00:00Z')));
    expect(results[0].notifications + results[1].notifications).toBe(2);
    expect(results[0].emails + results[1].emails).toBe(2);
    expect((await notified(`phase:${KHUSUS_2026}:EVALUATOR_SCORING:3:`)).map((row) => row.email)).toEqual([ADMIN, EVALUATOR]);
    expect(await mails(ADMIN)).toBe(2);
    expect(await mails(EVALUATOR)).toBe(2);
  });

  it('an evaluator whose lokus are all scored is not reminded', async () => {
    // Every Khusus lokus scored in full (set up directly: scoring is not what is tested here).
    await registry.sql(
      `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, scored_by, updated_at)
       SELECT l.id, s.code, 3, $2, now() FROM evaluation.lokus l CROSS JOIN unnest($3::text[]) AS s(code)
       WHERE l.cycle_id = $1 ON CONFLICT DO NOTHING`,
      [KHUSUS_2026, DEMO_EVALUATOR.userId, CODES],
    );
    expect(await scan(replicas[1], '2026-05-13T02:00:00Z')).toMatchObject({ phases: 1, reminders: 1, notifications: 1 });
    expect((await notified(`phase:${KHUSUS_2026}:EVALUATOR_SCORING:1:`)).map((row) => row.email)).toEqual([ADMIN]);
  });

  it('in the F-01 phase the desk of each lokus whose F-01 is not sent is reminded; one who turned these e-mails off gets no e-mail', async () => {
    const off = await registry.graphql(
      CALLERS.deskSamsatKalsel,
      `mutation { setNotificationEmail(kind: PHASE_DEADLINE, email: false) { email } }`,
    );
    expect(off).toEqual({ data: { setNotificationEmail: { email: false } } });
    // The Kalteng desk has sent its F-01 (an open submission).
    await registry.sql(
      `INSERT INTO evaluation.f01_submissions (id, lokus_id, service_unit_id, submitted_at, receipt) VALUES ($1, $2, $3, now(), '{}'::jsonb)`,
      [randomUUID(), DPMPTSP_2026, CALLERS.deskDpmptspKalteng.serviceUnitId],
    );

    // 27 May 2026, 09.00 WIB: F-01 and F-03 end in 7 days, the Khusus appeal phase in 5.
    const result = await scan(replicas[0], '2026-05-27T02:00:00Z');
    expect(result).toEqual({ phases: 3, reminders: 4, notifications: 4, emails: 3 });
    const desk = await notified(`phase:${PEKPPP_2026}:F01_FILLING:7:lokus:`);
    expect(desk.map((row) => [row.occasion, row.email])).toEqual([
      [`phase:${PEKPPP_2026}:F01_FILLING:7:lokus:${SAMSAT_2026}`, DESK_SAMSAT],
    ]);
    expect(desk[0].title_id).toBe('Kirim F-01 PEKPPP 2026 dalam 7 hari');
    expect(desk[0].body_id).toBe(
      'F-01 SAMSAT Kalimantan Selatan untuk PEKPPP 2026 belum dikirim (0/30 indikator terisi). Tahap pengisian F-01 berakhir 3 Juni 2026 pukul 07.00 WIB.',
    );
    expect(desk[0].url).toBe(`/evaluasi/lokus/${SAMSAT_2026}`);
    expect(await mails(DESK_SAMSAT)).toBe(0);
    expect(await mails(DESK_DPMPTSP)).toBe(0);
    expect((await notified(`phase:${PEKPPP_2026}:`)).filter((row) => row.email === ADMIN).map((row) => row.occasion)).toEqual([
      `phase:${PEKPPP_2026}:F01_FILLING:7:admins`,
      `phase:${PEKPPP_2026}:F03_SURVEY:7:admins`,
    ]);
    expect((await notified(`phase:${KHUSUS_2026}:APPEAL:7:`)).map((row) => row.email)).toEqual([ADMIN]);
  });
});
