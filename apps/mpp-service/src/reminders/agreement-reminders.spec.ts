import { FixedClock, JobRunner, NotificationClient, stableId } from '@simpul/service-kit';
import {
  createTestDatabase,
  startRegistryProcess,
  startTestApp,
  type RegistryProcess,
  type TestApp,
  type TestDatabase,
} from '@simpul/service-kit/testing';
import { addDays } from '../common/dates';
import { AppModule } from '../app.module';
import { HttpRegistryClient } from '../registry/http-registry-client';
import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { CALLERS, SEEDED_MPP, TEST_TODAY } from '../test-support/mpp-test-app';
import { AgreementReminders } from './agreement-reminders';

// PKS reminders end to end: two MPP replicas (in this process, one database) scan, the real registry
// (built bundle, its own process, same database) turns them into notifications and e-mails, and a
// real SMTP server receives them.
jest.setTimeout(180_000);

const OPERATOR = 'operator.banjarmasin@simpul.test';
const SECOND_OPERATOR = 'operator2.banjarmasin@simpul.test';
const FORMER_OPERATOR = 'mantan.banjarmasin@simpul.test';
const OTHER_MALL_OPERATOR = 'operator.banjarbaru@simpul.test';
const SAMSAT_PKS = '120/PKS-SAMSAT/BAKEUDA/2021';
const SAMSAT_ENDS = addDays(TEST_TODAY, 35);
const IMIGRASI_PKS = 'IMI.KALSEL-UM.01.01-2022';
const BPJS_PKS = '45/KTR/BJM/2023';

interface Row {
  email: string;
  occasion: string;
  title_id: string;
  body_id: string;
  url: string;
}

describe('PKS ending reminders (two MPP replicas, the real registry, real SMTP)', () => {
  let database: TestDatabase;
  let registry: RegistryProcess;
  let replicas: TestApp[];
  const clock = new FixedClock(TEST_TODAY);

  const agreementId = async (number: string) =>
    (await registry.sql<{ id: string }>(`SELECT id FROM mpp.agreements WHERE number = $1`, [number]))[0].id;
  const notificationsOf = (occasion: string) =>
    registry.sql<Row>(
      `SELECT u.email, n.occasion, n.title_id, n.body_id, n.url FROM registry.notifications n
       JOIN registry.users u ON u.id = n.user_id WHERE n.occasion = $1 ORDER BY u.email`,
      [occasion],
    );
  // E-mails queued for a person about one PKS: the outbox keeps the subject (the bodies are cleared
  // once sent over SMTP), which is the reminder's title naming the agency.
  const mailsTo = async (email: string, agreementNumber: string) =>
    (
      await registry.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM registry.mail_outbox o
         WHERE o.recipient = $1 AND o.subject IN (
           SELECT n.title_id || ' / ' || n.title_en FROM registry.notifications n WHERE n.body_id LIKE '%' || $2 || '%')`,
        [email, agreementNumber],
      )
    )[0].count;
  const scan = (replica: TestApp, date: string) => replica.app.get(AgreementReminders).scan(FixedClock.noon(date));

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_MPP);
    registry = await startRegistryProcess(database.url);
    // Besides the seeded operator: a second operator of the same mall, a deactivated one and one of another mall.
    for (const [email, status, mallId] of [
      [SECOND_OPERATOR, 'ACTIVE', BANJARMASIN_MALL_ID],
      [FORMER_OPERATOR, 'DEACTIVATED', BANJARMASIN_MALL_ID],
      [OTHER_MALL_OPERATOR, 'ACTIVE', stableId('mall', 'mpp-kota-banjarbaru')],
    ]) {
      await registry.sql(
        `INSERT INTO registry.users (id, email, display_name, role, mall_id, password_hash, status)
         VALUES ($1, $2, $2, 'MPP_OPERATOR', $3, 'not-a-real-hash', $4)`,
        [stableId('user', email), email, mallId, status],
      );
    }
    const replica = () =>
      startTestApp(
        AppModule.forRoot({
          databaseUrl: database.url,
          registry: new HttpRegistryClient(registry.url),
          notifications: new NotificationClient(registry.url),
          clock,
        }),
      );
    replicas = [await replica(), await replica()];
  });

  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.close();
    await registry?.close();
    await database?.drop();
  });

  it('a PKS ending in 30 days gives each operator of its mall one notification and one e-mail, and nobody else anything', async () => {
    const samsat = await agreementId(SAMSAT_PKS);
    // The scheduled job itself, reading the service clock: 30 days before the end.
    clock.set(addDays(SAMSAT_ENDS, -30));
    const [ran] = await replicas[0].app.get(JobRunner, { strict: false }).runAllNow();
    expect(ran).toMatchObject({ name: 'agreement-ending-reminders', result: { notifications: 2, emails: 2 } });

    const notified = await notificationsOf(`agreement:${samsat}:30`);
    expect(notified.map((row) => row.email)).toEqual([OPERATOR, SECOND_OPERATOR]);
    expect(notified[0].title_id).toBe('PKS dengan Pemerintah Provinsi Kalimantan Selatan segera berakhir');
    expect(notified[0].body_id).toBe(
      `PKS ${SAMSAT_PKS} antara Mal Pelayanan Publik Kota Banjarmasin dan Pemerintah Provinsi Kalimantan Selatan berakhir 20 Juli 2026 (30 hari lagi). Perpanjang PKS atau catat adendumnya sebelum tanggal itu.`,
    );
    expect(notified[0].url).toBe(`/mpp/tenancies/${stableId('tenancy', 'mpp-kota-banjarmasin:pemprov-63')}/agreement`);

    const mail = await registry.smtp.nextMailTo(OPERATOR);
    expect(mail.subject).toBe(
      'PKS dengan Pemerintah Provinsi Kalimantan Selatan segera berakhir / The agreement (PKS) with Pemerintah Provinsi Kalimantan Selatan ends soon',
    );
    expect(mail.text).toContain('ends on 20 July 2026 (in 30 days)');
    expect(mail.text).toContain(SAMSAT_PKS);
    expect(mail.text).toContain(`/mpp/tenancies/${stableId('tenancy', 'mpp-kota-banjarmasin:pemprov-63')}/agreement`);
    await registry.smtp.nextMailTo(SECOND_OPERATOR);

    // The next day's scan (and a scan the same day) adds nothing.
    await scan(replicas[1], addDays(SAMSAT_ENDS, -30));
    await scan(replicas[0], addDays(SAMSAT_ENDS, -29));
    expect(await notificationsOf(`agreement:${samsat}:30`)).toHaveLength(2);
    expect(await mailsTo(OPERATOR, SAMSAT_PKS)).toBe(1);
    expect(registry.smtp.received.filter((received) => received.to.includes(OPERATOR))).toHaveLength(1);
    const strangers = await registry.sql<{ email: string }>(
      `SELECT u.email FROM registry.notifications n JOIN registry.users u ON u.id = n.user_id WHERE u.email IN ($1, $2)`,
      [FORMER_OPERATOR, OTHER_MALL_OPERATOR],
    );
    expect(strangers).toEqual([]);
  });

  it('with 25 days left after the 60-day reminder was missed, only the 30-day one is sent', async () => {
    const imigrasi = await agreementId(IMIGRASI_PKS);
    const result = await scan(replicas[0], '2027-03-06');
    expect(result).toMatchObject({ notifications: 2, emails: 2 });
    const occasions = await registry.sql<{ occasion: string }>(
      `SELECT DISTINCT occasion FROM registry.notifications WHERE occasion LIKE $1`,
      [`agreement:${imigrasi}:%`],
    );
    expect(occasions).toEqual([{ occasion: `agreement:${imigrasi}:30` }]);
    expect(await mailsTo(OPERATOR, IMIGRASI_PKS)).toBe(1);
  });

  it('two replicas scanning at the same moment still give one notification and one e-mail per operator', async () => {
    const bpjs = await agreementId(BPJS_PKS);
    const results = await Promise.all(replicas.map((replica) => scan(replica, '2028-01-01')));
    expect(results[0].notifications + results[1].notifications).toBe(2);
    expect(results[0].emails + results[1].emails).toBe(2);
    expect((await notificationsOf(`agreement:${bpjs}:7`)).map((row) => row.email)).toEqual([OPERATOR, SECOND_OPERATOR]);
    expect(await mailsTo(OPERATOR, BPJS_PKS)).toBe(1);
    expect(await mailsTo(SECOND_OPERATOR, BPJS_PKS)).toBe(1);
  });

  it('an operator who turned these e-mails off gets the notification without an e-mail', async () => {
    const second = { ...CALLERS.operator, userId: stableId('user', SECOND_OPERATOR), email: SECOND_OPERATOR, displayName: SECOND_OPERATOR };
    const off = await registry.graphql(second, `mutation { setNotificationEmail(kind: AGREEMENT_ENDING, email: false) { email } }`);
    expect(off).toEqual({ data: { setNotificationEmail: { email: false } } });
    const bpjs = await agreementId(BPJS_PKS);
    // 38 days before the BPJS PKS ends: its 60-day reminder.
    const result = await scan(replicas[1], '2027-12-01');
    expect(result).toMatchObject({ notifications: 2, emails: 1 });
    expect((await notificationsOf(`agreement:${bpjs}:60`)).map((row) => row.email)).toEqual([OPERATOR, SECOND_OPERATOR]);
    expect(await mailsTo(SECOND_OPERATOR, BPJS_PKS)).toBe(1);
    expect(await mailsTo(OPERATOR, BPJS_PKS)).toBe(2);
  });

  it('sends nothing for a PKS further than 60 days away or already ended', async () => {
    const result = await scan(replicas[0], addDays(SAMSAT_ENDS, -61));
    expect(result.agreements).toBe(0);
    const ended = await scan(replicas[0], addDays(SAMSAT_ENDS, 1));
    expect(ended).toEqual({ agreements: 0, notifications: 0, emails: 0 });
  });
});
