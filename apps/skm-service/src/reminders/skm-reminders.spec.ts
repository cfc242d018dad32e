import { JobRunner, ManualClock, NotificationClient, stableId } from '@simpul/service-kit';
import { AppModule } from '../app.module';
import { HttpMallDirectory } from '../malls/http-mall-directory';
import { surveyId, unitId } from '../seed/demo-keys';
import { startFakeMpp } from '../test-support/fake-mpp';
import {
  createTestDatabase,
  startRegistryProcess,
  startTestApp,
  type RegistryProcess,
  type TestApp,
  type TestDatabase,
} from '@simpul/service-kit/testing';
import { CALLERS, SAMSAT_KALSEL, SEEDED_SKM } from '../test-support/skm-test-app';
import { FollowUpReminders } from './follow-up-reminders';
import { SampleReminders } from './sample-reminders';

// SKM reminders end to end: two SKM replicas (in this process, one database) scan, the real registry
// (built bundle, its own process, same database) turns them into notifications and e-mails, and a
// real SMTP server receives them. The seed runs on 20 May 2026: Q2 2026 ends on 30 June, short of
// its sample; the Q1 follow-up on complaints (U9) of Samsat Kalsel is in progress, due 30 June.
jest.setTimeout(180_000);

const DESK = 'desk.samsat-kalsel@simpul.test';
const SECOND_DESK = 'desk2.samsat-kalsel@simpul.test';
const FORMER_DESK = 'mantan.samsat-kalsel@simpul.test';
const OTHER_UNIT_DESK = 'desk.dpmptsp-kalteng@simpul.test';
const Q2 = surveyId('samsat-63:Q2-2026');
const U9_PLAN = stableId('skm-follow-up', 'samsat-63:U9');
const U3_PLAN = stableId('skm-follow-up', 'samsat-63:U3');
const at = (date: string) => new Date(`${date}T09:00:00+07:00`);

interface Row {
  email: string;
  title_id: string;
  body_id: string;
  url: string;
}

describe('SKM reminders (two SKM replicas, the real registry, real SMTP)', () => {
  let database: TestDatabase;
  let registry: RegistryProcess;
  let mpp: { url: string; close(): Promise<void> };
  let replicas: TestApp[];
  const clock = new ManualClock(at('2026-05-20'));

  const notificationsOf = (occasion: string) =>
    registry.sql<Row>(
      `SELECT u.email, n.title_id, n.body_id, n.url FROM registry.notifications n
       JOIN registry.users u ON u.id = n.user_id WHERE n.occasion = $1 ORDER BY u.email`,
      [occasion],
    );
  // Delivered mail keeps its subject (the registry empties the bodies once sent).
  const mailsTo = async (email: string, subject: string) =>
    (
      await registry.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM registry.mail_outbox WHERE recipient = $1 AND subject LIKE $2 || '%'`,
        [email, subject],
      )
    )[0].count;
  const samples = (replica: TestApp, date: string) => replica.app.get(SampleReminders).scan(at(date));
  const followUps = (replica: TestApp, date: string) => replica.app.get(FollowUpReminders).scan(at(date));

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_SKM);
    registry = await startRegistryProcess(database.url);
    mpp = await startFakeMpp();
    // Besides the seeded desk: a second desk of the same unit, a deactivated one (and the seeded desk of another unit).
    for (const [email, status] of [
      [SECOND_DESK, 'ACTIVE'],
      [FORMER_DESK, 'DEACTIVATED'],
    ]) {
      await registry.sql(
        `INSERT INTO registry.users (id, email, display_name, role, service_unit_id, password_hash, status)
         VALUES ($1, $2, $2, 'UNIT_DESK', $3, 'not-a-real-hash', $4)`,
        [stableId('user', email), email, SAMSAT_KALSEL, status],
      );
    }
    const replica = () =>
      startTestApp(
        AppModule.forRoot({
          databaseUrl: database.url,
          malls: new HttpMallDirectory(mpp.url),
          notifications: new NotificationClient(registry.url),
          clock,
          compactEveryMs: 0,
        }),
      );
    replicas = [await replica(), await replica()];
  });

  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.close();
    await mpp?.close();
    await registry?.close();
    await database?.drop();
  });

  it("sends nothing while a period has more than 30 days to run, or a plan's date has not passed", async () => {
    expect(await samples(replicas[0], '2026-05-20')).toEqual({ surveys: 0, notifications: 0, emails: 0 });
    expect(await followUps(replicas[0], '2026-06-30')).toEqual({ followUps: 0, notifications: 0, emails: 0 });
  });

  it('a survey short of its sample 30 days before its end gives each desk of its unit one notification and one e-mail, and nobody else anything', async () => {
    // The scheduled jobs themselves, reading the service clock: 29 days before Q2 ends.
    clock.set(at('2026-06-01'));
    const ran = await replicas[0].app.get(JobRunner, { strict: false }).runAllNow();
    expect(ran.map((job) => job.name).sort()).toEqual(['follow-up-overdue-reminders', 'rate-bucket-sweep', 'skm-sample-reminders']);

    const notified = await notificationsOf(`skm-sample:${Q2}:30`);
    expect(notified.map((row) => row.email)).toEqual([DESK, SECOND_DESK]);
    expect(notified[0]).toMatchObject({
      title_id: 'Sampel SKM Triwulan 2 2026 belum cukup',
      body_id: expect.stringMatching(
        /^SKM Triwulan 2 2026 kurang \d+ responden \(\d+ dari \d+\)\. Periodenya berakhir 30 Juni 2026 \(29 hari lagi\)/,
      ),
      url: `/skm/surveys/${Q2}`,
    });
    const mail = await registry.smtp.nextMailTo(DESK);
    expect(mail.subject).toBe('Sampel SKM Triwulan 2 2026 belum cukup / SKM Triwulan 2 2026 is short of its sample');
    expect(mail.text).toContain(`/skm/surveys/${Q2}`);
    await registry.smtp.nextMailTo(SECOND_DESK);

    // Another unit's desk hears of its own survey only; the deactivated desk of nothing.
    const kalteng = await notificationsOf(`skm-sample:${surveyId('dpmptsp-62:Q2-2026')}:30`);
    expect(kalteng.map((row) => row.email)).toEqual([OTHER_UNIT_DESK]);
    const strangers = await registry.sql<{ occasion: string }>(
      `SELECT n.occasion FROM registry.notifications n JOIN registry.users u ON u.id = n.user_id
       WHERE (u.email = $1) OR (u.email = $2 AND n.occasion LIKE '%' || $3 || '%')`,
      [FORMER_DESK, OTHER_UNIT_DESK, Q2],
    );
    expect(strangers).toEqual([]);

    // Later scans, from either replica, add nothing.
    await samples(replicas[1], '2026-06-01');
    await samples(replicas[0], '2026-06-15');
    expect(await notificationsOf(`skm-sample:${Q2}:30`)).toHaveLength(2);
    expect(await mailsTo(DESK, 'Sampel SKM Triwulan 2 2026 belum cukup')).toBe(1);
  });

  it('leaves out a survey that has met its sample', async () => {
    const small = surveyId('test:small-sample');
    await registry.sql(
      `INSERT INTO skm.surveys (id, public_code, title, service_unit_id, period_kind, period_year, period_number, starts_on, ends_on, elements, expected_users)
       SELECT $1, 'small-sample', 'SKM Loket Keliling', $2, 'HALF_YEAR', 2026, 1, '2026-01-01', '2026-06-30', elements, 3 FROM skm.surveys WHERE id = $3`,
      [small, unitId('samsat-63'), Q2],
    );
    await registry.sql(
      `INSERT INTO skm.rollup_delta (survey_id, dimension, bucket, element_index, value, answers) VALUES ($1, 'ALL', '', -1, 0, 3)`,
      [small],
    );
    await samples(replicas[0], '2026-06-02');
    expect(await notificationsOf(`skm-sample:${small}:30`)).toEqual([]);
  });

  it('two replicas scanning at the same moment give one notification and one e-mail per desk for a follow-up past its date', async () => {
    const results = await Promise.all(replicas.map((replica) => followUps(replica, '2026-07-01')));
    // Between them the replicas added exactly the notifications that exist: none twice.
    const [{ stored }] = await registry.sql<{ stored: number }>(
      `SELECT count(*)::int AS stored FROM registry.notifications WHERE occasion LIKE 'follow-up:%'`,
    );
    expect(results[0].notifications + results[1].notifications).toBe(stored);
    expect(stored).toBeGreaterThanOrEqual(2);
    const notified = await notificationsOf(`follow-up:${U9_PLAN}:2026-06-30`);
    expect(notified.map((row) => row.email)).toEqual([DESK, SECOND_DESK]);
    expect(notified[0]).toMatchObject({
      title_id: 'Tindak lanjut SKM lewat tenggat: Penanganan pengaduan, saran dan masukan',
      body_id: expect.stringContaining('bertenggat 30 Juni 2026 dan belum selesai'),
      url: `/skm/surveys/${surveyId('samsat-63:Q1-2026')}`,
    });
    expect(await mailsTo(DESK, 'Tindak lanjut SKM lewat tenggat')).toBe(1);
    expect(await mailsTo(SECOND_DESK, 'Tindak lanjut SKM lewat tenggat')).toBe(1);
    // The plan on waiting time (U3) was done: no reminder.
    expect(await registry.sql(`SELECT 1 FROM registry.notifications WHERE occasion LIKE $1`, [`follow-up:${U3_PLAN}:%`])).toEqual([]);
  });

  it('a desk who turned these e-mails off gets the notification without an e-mail; a plan given a new date is reminded again when that passes', async () => {
    const second = { ...CALLERS.deskSamsatKalsel, userId: stableId('user', SECOND_DESK), email: SECOND_DESK, displayName: SECOND_DESK };
    const off = await registry.graphql(second, `mutation { setNotificationEmail(kind: FOLLOW_UP_OVERDUE, email: false) { email } }`);
    expect(off).toEqual({ data: { setNotificationEmail: { email: false } } });
    await registry.sql(`UPDATE skm.follow_ups SET due_on = '2026-07-31' WHERE id = $1`, [U9_PLAN]);

    expect(await followUps(replicas[1], '2026-07-15')).toMatchObject({ notifications: 0, emails: 0 });
    await followUps(replicas[0], '2026-08-01');
    const notified = await notificationsOf(`follow-up:${U9_PLAN}:2026-07-31`);
    expect(notified.map((row) => row.email)).toEqual([DESK, SECOND_DESK]);
    // Two e-mails to the first desk (30 June, 31 July), still one to the desk who turned them off.
    expect(await mailsTo(DESK, 'Tindak lanjut SKM lewat tenggat')).toBe(2);
    expect(await mailsTo(SECOND_DESK, 'Tindak lanjut SKM lewat tenggat')).toBe(1);
  });
});
