import { randomUUID } from 'node:crypto';
import type { ReminderRequest } from '@simpul/contracts';
import { stableId } from '@simpul/service-kit';
import { internalRequest } from '../test-support/internal-http';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const BANJARMASIN = stableId('mall', 'mpp-kota-banjarmasin');
const OTHER_MALL = stableId('mall', 'mpp-lain');

function reminder(occasion: string, audience: ReminderRequest['audience'] = { mallIds: [BANJARMASIN] }): ReminderRequest {
  return {
    kind: 'AGREEMENT_ENDING',
    occasion,
    module: 'MPP',
    audience,
    title: { id: 'PKS segera berakhir', en: 'Agreement ending soon' },
    body: {
      id: 'PKS Samsat di MPP Banjarmasin berakhir 6 Januari 2027.',
      en: 'The Samsat agreement at MPP Banjarmasin ends on 6 January 2027.',
    },
    url: '/mpp/tenancies/abc/agreement',
  };
}

const SETTINGS = `mutation($kind: NotificationKind!, $email: Boolean!) { setNotificationEmail(kind: $kind, email: $email) { kind email } }`;

describe('reminders sent to POST /internal/notifications (real PostgreSQL, real SMTP)', () => {
  let registry: RegistryHarness;
  const send = (reminders: unknown[], withoutInternalToken = false) =>
    internalRequest<{ notifications: number; emails: number }>(registry, '/internal/notifications', {
      body: { reminders },
      withoutInternalToken,
    });
  const outboxTo = async (email: string) =>
    (await registry.sql<{ count: number }>(`SELECT count(*)::int AS count FROM registry.mail_outbox WHERE recipient = $1`, [email]))[0]
      .count;
  const notificationsOf = (email: string) =>
    registry.sql<{ occasion: string; title_id: string }>(
      `SELECT n.occasion, n.title_id FROM registry.notifications n JOIN registry.users u ON u.id = n.user_id WHERE u.email = $1`,
      [email],
    );

  beforeAll(async () => {
    registry = await startRegistry();
    // A second operator of the same mall, one who was deactivated, and an operator of another mall.
    const add = (email: string, status: string, mallId: string) =>
      registry.sql(
        `INSERT INTO registry.users (id, email, display_name, role, mall_id, password_hash, status)
         VALUES ($1, $2, $3, 'MPP_OPERATOR', $4, 'not-a-real-hash', $5)`,
        [randomUUID(), email, email, mallId, status],
      );
    await add('operator2.banjarmasin@simpul.test', 'ACTIVE', BANJARMASIN);
    await add('mantan.banjarmasin@simpul.test', 'DEACTIVATED', BANJARMASIN);
    await add('operator.lain@simpul.test', 'ACTIVE', OTHER_MALL);
  });
  afterAll(() => registry?.close());

  it('gives each active operator of the mall one notification and one e-mail, once however often it is sent', async () => {
    const first = await send([reminder('agreement:a1:30')]);
    expect(first).toMatchObject({ status: 200, body: { notifications: 2, emails: 2 } });
    const mail = await registry.smtp.nextMailTo('operator.banjarmasin@simpul.test');
    expect(mail.subject).toBe('PKS segera berakhir / Agreement ending soon');
    expect(mail.text).toContain('PKS Samsat di MPP Banjarmasin berakhir 6 Januari 2027.');
    expect(mail.text).toContain('The Samsat agreement at MPP Banjarmasin ends on 6 January 2027.');
    expect(mail.text).toContain('http://127.0.0.1:4200/mpp/tenancies/abc/agreement');
    await registry.smtp.nextMailTo('operator2.banjarmasin@simpul.test');

    const again = await send([reminder('agreement:a1:30')]);
    expect(again).toMatchObject({ status: 200, body: { notifications: 0, emails: 0 } });
    expect(await outboxTo('operator.banjarmasin@simpul.test')).toBe(1);
    expect(await notificationsOf('operator.banjarmasin@simpul.test')).toEqual([
      { occasion: 'agreement:a1:30', title_id: 'PKS segera berakhir' },
    ]);
    expect(await notificationsOf('mantan.banjarmasin@simpul.test')).toEqual([]);
    expect(await notificationsOf('operator.lain@simpul.test')).toEqual([]);
    expect(registry.smtp.received.filter((received) => received.to.includes('operator.banjarmasin@simpul.test'))).toHaveLength(1);
  });

  it('sent by two replicas at the same moment, still lands once per person', async () => {
    const [a, b] = await Promise.all([send([reminder('agreement:a2:7')]), send([reminder('agreement:a2:7')])]);
    expect(a.body.notifications + b.body.notifications).toBe(2);
    expect(a.body.emails + b.body.emails).toBe(2);
    expect(await notificationsOf('operator2.banjarmasin@simpul.test')).toHaveLength(2);
  });

  it('keeps the notification but sends no e-mail to a person who turned that kind off', async () => {
    const turnedOff = await registry.graphql(SETTINGS, { kind: 'AGREEMENT_ENDING', email: false }, { caller: CALLERS.operator });
    expect(turnedOff.data).toEqual({ setNotificationEmail: { kind: 'AGREEMENT_ENDING', email: false } });
    const before = await outboxTo('operator.banjarmasin@simpul.test');
    const sent = await send([reminder('agreement:a3:60')]);
    expect(sent.body).toEqual({ notifications: 2, emails: 1 });
    expect(await outboxTo('operator.banjarmasin@simpul.test')).toBe(before);
    expect((await notificationsOf('operator.banjarmasin@simpul.test')).map((row) => row.occasion)).toContain('agreement:a3:60');
    await registry.graphql(SETTINGS, { kind: 'AGREEMENT_ENDING', email: true }, { caller: CALLERS.operator });
  });

  it('reaches desks of a unit, national admins and named people; a person in two parts gets it once', async () => {
    const sent = await send([
      reminder('phase:p1:7', {
        serviceUnitIds: [CALLERS.deskSamsatKalsel.serviceUnitId!],
        nationalAdmins: true,
        userIds: [CALLERS.admin.userId],
      }),
    ]);
    expect(sent.body.notifications).toBe(2);
    expect(await notificationsOf('desk.samsat-kalsel@simpul.test')).toHaveLength(1);
    expect(await notificationsOf('admin@simpul.test')).toHaveLength(1);
  });

  it('refuses a request without the internal token, and a malformed reminder with a typed, bilingual error', async () => {
    expect((await send([reminder('agreement:x:30')], true)).status).toBe(401);
    const wrong = await internalRequest<{ errors: { extensions: { code: string; field: string; messages: { id: string } } }[] }>(
      registry,
      '/internal/notifications',
      { body: { reminders: [{ ...reminder('agreement:x:30'), kind: 'NOPE' }] } },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reminders[0].kind',
      messages: { id: 'Jenis pengingat tidak dikenal.' },
    });
    const badUrl = await send([{ ...reminder('agreement:x:30'), url: 'https://elsewhere.example/' }]);
    expect(badUrl.status).toBe(400);
  });
});
