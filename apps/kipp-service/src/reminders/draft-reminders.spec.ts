import { FixedClock, JobRunner, NotificationClient } from '@simpul/service-kit';
import {
  createTestDatabase,
  startRegistryProcess,
  startTestApp,
  type RegistryProcess,
  type TestApp,
  type TestDatabase,
} from '@simpul/service-kit/testing';
import { AppModule } from '../app.module';
import { HttpUnitDirectory } from '../registry/http-unit-directory';
import { proposalId } from '../seed/demo-competition';
import { agencyId, unitId, userId } from '../seed/demo-registry';
import { CALLERS, SEEDED_KIPP, TEST_TODAY } from '../test-support/kipp-test-app';
import { DraftReminders } from './draft-reminders';

// KIPP draft reminders end to end: two KIPP replicas (in this process, one database) scan, the real
// registry (built bundle, its own process, same database) turns them into notifications and
// e-mails, and a real SMTP server receives them.
jest.setTimeout(180_000);

const YEAR = Number(TEST_TODAY.slice(0, 4));
const SHARED = proposalId(YEAR, 0); // E-SAMSAT Banua, shared with the Kalimantan Selatan local admin
const UNSHARED = proposalId(YEAR, 1); // SAMSAT Jemput Bola Pasar Terapung
const KALTENG = proposalId(YEAR, 90); // a draft of DPMPTSP Kalimantan Tengah, added below
const DESK = 'desk.samsat-kalsel@simpul.test';
const LOCAL_ADMIN = 'admin.kalsel@simpul.test';
const KALTENG_DESK = 'desk.dpmptsp-kalteng@simpul.test';
// Registration of the demo competition closes 30 days after the test day.
const CLOSES = '2026-07-15';

interface Row {
  email: string;
  title_id: string;
  body_id: string;
  url: string;
}

describe('reminders of KIPP drafts not submitted (two KIPP replicas, the real registry, real SMTP)', () => {
  let database: TestDatabase;
  let registry: RegistryProcess;
  let replicas: TestApp[];
  const clock = new FixedClock(TEST_TODAY);

  const notificationsOf = (occasion: string) =>
    registry.sql<Row>(
      `SELECT u.email, n.title_id, n.body_id, n.url FROM registry.notifications n
       JOIN registry.users u ON u.id = n.user_id WHERE n.occasion = $1 ORDER BY u.email`,
      [occasion],
    );
  // The outbox keeps each e-mail's subject (bodies are cleared once sent over SMTP): the reminder's title names the draft.
  const mailsTo = async (email: string, title: string) =>
    (
      await registry.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM registry.mail_outbox WHERE recipient = $1 AND subject LIKE '%' || $2 || '%'`,
        [email, title],
      )
    )[0].count;
  const scan = (replica: TestApp, date: string) => replica.app.get(DraftReminders).scan(FixedClock.noon(date));

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_KIPP);
    registry = await startRegistryProcess(database.url);
    const replica = () =>
      startTestApp(
        AppModule.forRoot({
          databaseUrl: database.url,
          directory: new HttpUnitDirectory(registry.url),
          notifications: new NotificationClient(registry.url),
          clock,
          searchCacheMs: 0,
        }),
      );
    replicas = [await replica(), await replica()];
  });

  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.close();
    await registry?.close();
    await database?.drop();
  });

  it('7 days before registration closes, the desk hears of both its drafts and the local admin of the shared one, once each', async () => {
    // The scheduled job itself, reading the service clock.
    clock.set('2026-07-08');
    const [ran] = await replicas[0].app.get(JobRunner, { strict: false }).runAllNow();
    expect(ran).toMatchObject({ name: 'kipp-draft-reminders', result: { drafts: 2, notifications: 3, emails: 3 } });

    expect(await notificationsOf(`kipp-draft:${UNSHARED}:7`)).toEqual([
      {
        email: DESK,
        title_id: 'Proposal KIPP "SAMSAT Jemput Bola Pasar Terapung" belum dikirim',
        body_id:
          'Pendaftaran KIPP 2026 ditutup 15 Juli 2026 (7 hari lagi). Lengkapi draf dan bagikan ke admin lokal agar dapat dikirim sebelum tanggal itu.',
        url: `/kipp/usulan/${UNSHARED}`,
      },
    ]);
    const shared = await notificationsOf(`kipp-draft:${SHARED}:7`);
    expect(shared.map((row) => [row.email, row.url])).toEqual([
      [LOCAL_ADMIN, `/kipp/admin-lokal/usulan/${SHARED}`],
      [DESK, `/kipp/usulan/${SHARED}`],
    ]);
    expect(shared[0].body_id).toBe(
      'Pendaftaran KIPP 2026 ditutup 15 Juli 2026 (7 hari lagi). Desk sudah membagikan draf ini kepada Anda; periksa dan kirim sebelum tanggal itu.',
    );

    const mail = await registry.smtp.nextMailTo(LOCAL_ADMIN);
    expect(mail.subject).toBe(
      'Proposal KIPP "E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah" belum dikirim / KIPP proposal "E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah" not submitted yet',
    );
    expect(mail.text).toContain('KIPP 2026 registration closes on 15 July 2026 (in 7 days).');
    expect(mail.text).toContain(`/kipp/admin-lokal/usulan/${SHARED}`);

    // The same day on the other replica, and the next day (still the 7-day mark), add nothing.
    expect(await scan(replicas[1], '2026-07-08')).toMatchObject({ notifications: 0, emails: 0 });
    expect(await scan(replicas[0], '2026-07-09')).toMatchObject({ drafts: 2, notifications: 0, emails: 0 });
    expect(await mailsTo(DESK, 'SAMSAT Jemput Bola Pasar Terapung')).toBe(1);
    expect(await mailsTo(DESK, 'E-SAMSAT Banua')).toBe(1);
  });

  it('two replicas scanning at the same moment 2 days before the close still give one notification and one e-mail per person', async () => {
    const results = await Promise.all(replicas.map((replica) => scan(replica, '2026-07-13')));
    expect(results[0].notifications + results[1].notifications).toBe(3);
    expect(results[0].emails + results[1].emails).toBe(3);
    expect((await notificationsOf(`kipp-draft:${SHARED}:2`)).map((row) => row.email)).toEqual([LOCAL_ADMIN, DESK]);
    expect((await notificationsOf(`kipp-draft:${UNSHARED}:2`))[0].body_id).toMatch(/\(2 hari lagi\)/);
    expect(await mailsTo(DESK, 'SAMSAT Jemput Bola Pasar Terapung')).toBe(2);
    expect(await mailsTo(LOCAL_ADMIN, 'E-SAMSAT Banua')).toBe(2);
  });

  it('a desk that turned these e-mails off gets the notification without an e-mail, only for its own draft', async () => {
    await registry.sql(
      `INSERT INTO kipp.proposals (id, competition_id, service_unit_id, agency_id, agency_type, region_code, province_code, group_code, category, title,
         innovation_started_on, sections, status, created_by)
       SELECT $1, competition_id, $2, $3, 'PROVINSI', '62', '62', group_code, category, 'Izin Usaha Sehari Kalteng', innovation_started_on, sections, 'DRAFT', $4
       FROM kipp.proposals WHERE id = $5`,
      [KALTENG, unitId('dpmptsp-62'), agencyId('pemprov-62'), userId(KALTENG_DESK), UNSHARED],
    );
    const kalteng = { ...CALLERS.deskDpmptspKalteng, email: KALTENG_DESK, displayName: KALTENG_DESK };
    const off = await registry.graphql(kalteng, `mutation { setNotificationEmail(kind: KIPP_DRAFT_DEADLINE, email: false) { email } }`);
    expect(off).toEqual({ data: { setNotificationEmail: { email: false } } });

    // Missed the 7-day mark: only the 2-day reminder is sent.
    const result = await scan(replicas[1], '2026-07-14');
    expect(result).toEqual({ drafts: 3, notifications: 1, emails: 0 });
    expect((await notificationsOf(`kipp-draft:${KALTENG}:2`)).map((row) => row.email)).toEqual([KALTENG_DESK]);
    expect(await notificationsOf(`kipp-draft:${KALTENG}:7`)).toEqual([]);
    expect(await mailsTo(KALTENG_DESK, 'Izin Usaha Sehari Kalteng')).toBe(0);
  });

  it('sends nothing for a submitted draft, a registration further than 7 days off or already closed', async () => {
    await registry.sql(`UPDATE kipp.proposals SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [SHARED]);
    // On the closing day itself the two drafts still open are due (both reminded already).
    expect(await scan(replicas[0], CLOSES)).toEqual({ drafts: 2, notifications: 0, emails: 0 });
    expect(await scan(replicas[0], '2026-07-07')).toEqual({ drafts: 0, notifications: 0, emails: 0 });
    expect(await scan(replicas[0], '2026-07-16')).toEqual({ drafts: 0, notifications: 0, emails: 0 });
  });
});
