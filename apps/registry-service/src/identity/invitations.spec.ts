import { readAccessToken, readSecret, stableId } from '@simpul/service-kit';
import { linkIn } from '../test-support/internal-http';
import { BANJARMASIN_MALL, PALANGKA_RAYA_MALL } from '../test-support/fake-mpp';
import { CALLERS, DPMPTSP_KALTENG, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email name displayName role status serviceUnitId mallId invitedAt lastSignInAt serviceUnit { name } } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { accessToken expiresAt user { id email status } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
const STRONG = 'lampu-kopi-gerimis-tujuh';

interface InvitedUser {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  serviceUnitId: string | null;
  mallId: string | null;
}

describe('invitations (GraphQL over HTTP, real PostgreSQL, real SMTP)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  const invite = (input: Record<string, unknown>, caller = CALLERS.admin) =>
    registry.graphql<{ inviteUser: InvitedUser }>(INVITE, { input }, { caller });
  const usersWithEmail = async (email: string) =>
    (await registry.sql<{ n: number }>('SELECT count(*)::int AS n FROM registry.users WHERE lower(email) = lower($1)', [email]))[0].n;

  it('creates an INVITED desk account and e-mails an Indonesian link that sets the password once', async () => {
    const result = await invite({
      email: 'Rina.Desk@samsat.test',
      name: '  Rina   Wulandari ',
      role: 'UNIT_DESK',
      serviceUnitId: SAMSAT_KALSEL,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.inviteUser).toMatchObject({
      email: 'Rina.Desk@samsat.test',
      name: 'Rina Wulandari',
      displayName: 'Rina Wulandari',
      role: 'UNIT_DESK',
      status: 'INVITED',
      serviceUnitId: SAMSAT_KALSEL,
      mallId: null,
      lastSignInAt: null,
      serviceUnit: { name: 'SAMSAT Kalimantan Selatan' },
    });

    const mail = await registry.smtp.nextMailTo('rina.desk@samsat.test');
    expect(mail.subject).toBe('Akun Simpul Anda');
    expect(mail.text).toContain('Halo Rina Wulandari');
    // The role in the portal's words ("Petugas unit"), not a name the portal never shows.
    expect(mail.text).toContain('ke Simpul sebagai petugas unit.');
    const link = linkIn(mail.text);
    expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:4200\/atur-kata-sandi\?token=[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain(`href="${link.url}"`);
    // Only the token's SHA-256 is stored.
    expect(JSON.stringify(await registry.sql('SELECT token_hash FROM registry.password_tokens'))).not.toContain(link.token);

    const weak = await registry.graphql(SET_PASSWORD, { token: link.token, password: 'rinawulandari' });
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      messages: { id: expect.any(String), en: expect.any(String) },
    });
    const short = await registry.graphql(SET_PASSWORD, { token: link.token, password: 'Xq7#vLp2!' });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      messages: { id: 'Kata sandi minimal 10 karakter.' },
    });

    const set = await registry.graphql<{ setPassword: { accessToken: string; user: { id: string; status: string } } }>(SET_PASSWORD, {
      token: link.token,
      password: STRONG,
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setPassword.user).toEqual({ id: result.data!.inviteUser.id, email: 'Rina.Desk@samsat.test', status: 'ACTIVE' });
    expect(readAccessToken(set.data!.setPassword.accessToken, readSecret('JWT_SECRET'))).toMatchObject({
      ok: true,
      identity: { role: 'UNIT_DESK', serviceUnitId: SAMSAT_KALSEL },
    });

    const again = await registry.graphql(SET_PASSWORD, { token: link.token, password: 'another-long-passphrase-9' });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      messages: { en: expect.stringMatching(/already been used/) },
    });
    expect((await registry.graphql(SIGN_IN, { email: 'rina.desk@samsat.test', password: STRONG })).errors).toBeUndefined();
  });

  it('writes the e-mail in English when asked', async () => {
    expect(
      (await invite({ email: 'evaluator.baru@simpul.test', name: 'Dewi Evaluator', role: 'EVALUATOR', language: 'en' })).errors,
    ).toBeUndefined();
    const mail = await registry.smtp.nextMailTo('evaluator.baru@simpul.test');
    expect(mail.subject).toBe('Your Simpul account');
    expect(mail.text).toContain(`${CALLERS.admin.displayName} has invited you to Simpul as evaluator.`);
    expect(mail.html).toContain('Set my password');
  });

  it('binds an MPP operator to an existing mall (asked of the MPP service)', async () => {
    const result = await invite({
      email: 'operator.baru@simpul.test',
      name: 'Operator Baru',
      role: 'MPP_OPERATOR',
      mallId: PALANGKA_RAYA_MALL,
    });
    expect(result.data!.inviteUser).toMatchObject({
      role: 'MPP_OPERATOR',
      mallId: PALANGKA_RAYA_MALL,
      serviceUnitId: null,
      status: 'INVITED',
    });
  });

  it('refuses an expired link', async () => {
    await invite({ email: 'kedaluwarsa@simpul.test', name: 'Link Kedaluwarsa', role: 'EVALUATOR' });
    const { token } = linkIn((await registry.smtp.nextMailTo('kedaluwarsa@simpul.test')).text);
    await registry.sql(
      `UPDATE registry.password_tokens t SET expires_at = now() - interval '1 minute' FROM registry.users u WHERE u.id = t.user_id AND u.email = 'kedaluwarsa@simpul.test'`,
    );
    const result = await registry.graphql(SET_PASSWORD, { token, password: STRONG });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      messages: { en: expect.stringMatching(/expired/), id: expect.stringMatching(/kedaluwarsa/) },
    });
  });

  it('refuses a link that never existed', async () => {
    const result = await registry.graphql(SET_PASSWORD, { token: 'bukan-token-yang-pernah-dikirim', password: STRONG });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('resends an invitation with a new link; the old one stops working', async () => {
    const created = await invite({ email: 'kirim.ulang@simpul.test', name: 'Kirim Ulang', role: 'EVALUATOR' });
    const first = linkIn((await registry.smtp.nextMailTo('kirim.ulang@simpul.test')).text);
    const resent = await registry.graphql<{ resendInvitation: { status: string } }>(
      `mutation($id: ID!) { resendInvitation(id: $id) { status } }`,
      { id: created.data!.inviteUser.id },
      { caller: CALLERS.admin },
    );
    expect(resent.data!.resendInvitation.status).toBe('INVITED');
    const second = linkIn((await registry.smtp.nextMailTo('kirim.ulang@simpul.test')).text);
    expect(second.token).not.toBe(first.token);
    expect((await registry.graphql(SET_PASSWORD, { token: first.token, password: STRONG })).errors?.[0].extensions).toMatchObject({
      field: 'token',
    });
    expect((await registry.graphql(SET_PASSWORD, { token: second.token, password: STRONG })).errors).toBeUndefined();
    const again = await registry.graphql(
      `mutation($id: ID!) { resendInvitation(id: $id) { status } }`,
      { id: created.data!.inviteUser.id },
      { caller: CALLERS.admin },
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('leaves no account when the e-mail cannot be queued', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await registry.sql(
      `CREATE FUNCTION registry.refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox is full'; END $$`,
    );
    await registry.sql(
      `CREATE TRIGGER refuse_mail BEFORE INSERT ON registry.mail_outbox FOR EACH ROW EXECUTE FUNCTION registry.refuse_mail()`,
    );
    try {
      const result = await invite({ email: 'tanpa.surel@simpul.test', name: 'Tanpa Surel', role: 'EVALUATOR' });
      expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await usersWithEmail('tanpa.surel@simpul.test')).toBe(0);
      expect(
        await registry.sql(
          `SELECT 1 FROM registry.password_tokens t JOIN registry.users u ON u.id = t.user_id WHERE u.email = 'tanpa.surel@simpul.test'`,
        ),
      ).toEqual([]);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('outbox is full'));
    } finally {
      await registry.sql(`DROP TRIGGER refuse_mail ON registry.mail_outbox`);
      await registry.sql(`DROP FUNCTION registry.refuse_mail()`);
      logged.mockRestore();
    }
  });

  describe('refusals, typed with the field and both languages', () => {
    it.each([
      ['an e-mail already used (any case)', { email: 'ADMIN@simpul.test', name: 'Dua Kali', role: 'EVALUATOR' }, 'CONFLICT', 'input.email'],
      ['an e-mail that is not one', { email: 'bukan-surel', name: 'X', role: 'EVALUATOR' }, 'BAD_USER_INPUT', 'input.email'],
      ['an empty name', { email: 'kosong@simpul.test', name: '   ', role: 'EVALUATOR' }, 'BAD_USER_INPUT', 'input.name'],
      [
        'an unknown e-mail language',
        { email: 'bahasa@simpul.test', name: 'Bahasa', role: 'EVALUATOR', language: 'fr' },
        'BAD_USER_INPUT',
        'input.language',
      ],
      ['a desk without a unit', { email: 'd1@simpul.test', name: 'Desk', role: 'UNIT_DESK' }, 'BAD_USER_INPUT', 'input.serviceUnitId'],
      [
        'a desk bound to a mall',
        { email: 'd2@simpul.test', name: 'Desk', role: 'UNIT_DESK', serviceUnitId: SAMSAT_KALSEL, mallId: BANJARMASIN_MALL },
        'BAD_USER_INPUT',
        'input.mallId',
      ],
      [
        'a desk of an unknown unit',
        { email: 'd3@simpul.test', name: 'Desk', role: 'UNIT_DESK', serviceUnitId: stableId('unit', 'tidak-ada') },
        'BAD_USER_INPUT',
        'input.serviceUnitId',
      ],
      ['an operator without a mall', { email: 'o1@simpul.test', name: 'Operator', role: 'MPP_OPERATOR' }, 'BAD_USER_INPUT', 'input.mallId'],
      [
        'an operator bound to a unit',
        { email: 'o2@simpul.test', name: 'Operator', role: 'MPP_OPERATOR', mallId: BANJARMASIN_MALL, serviceUnitId: SAMSAT_KALSEL },
        'BAD_USER_INPUT',
        'input.serviceUnitId',
      ],
      [
        'an operator of an unknown mall',
        { email: 'o3@simpul.test', name: 'Operator', role: 'MPP_OPERATOR', mallId: stableId('mall', 'tidak-ada') },
        'BAD_USER_INPUT',
        'input.mallId',
      ],
      [
        'an evaluator bound to a unit',
        { email: 'e1@simpul.test', name: 'Evaluator', role: 'EVALUATOR', serviceUnitId: SAMSAT_KALSEL },
        'BAD_USER_INPUT',
        'input.serviceUnitId',
      ],
      [
        'an admin bound to a mall',
        { email: 'a1@simpul.test', name: 'Admin', role: 'NATIONAL_ADMIN', mallId: BANJARMASIN_MALL },
        'BAD_USER_INPUT',
        'input.mallId',
      ],
    ])('%s', async (_label, input, code, field) => {
      const result = await invite(input);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code, field, messages: { id: expect.any(String), en: expect.any(String) } });
      if (code !== 'CONFLICT') expect(await usersWithEmail(String(input.email))).toBe(0);
    });

    it('an unknown role, refused by the schema', async () => {
      const result = await invite({ email: 'r@simpul.test', name: 'R', role: 'SUPER_ADMIN' });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        messages: { id: expect.any(String), en: expect.any(String) },
      });
    });

    it('a desk of an archived unit', async () => {
      await registry.sql(`UPDATE registry.service_units SET archived_at = now() WHERE id = $1`, [DPMPTSP_KALTENG]);
      try {
        const result = await invite({ email: 'arsip@simpul.test', name: 'Arsip', role: 'UNIT_DESK', serviceUnitId: DPMPTSP_KALTENG });
        expect(result.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.serviceUnitId',
          messages: { en: 'This service unit is archived.' },
        });
      } finally {
        await registry.sql(`UPDATE registry.service_units SET archived_at = NULL WHERE id = $1`, [DPMPTSP_KALTENG]);
      }
    });

    it.each([
      ['a desk', CALLERS.deskSamsatKalsel, 'FORBIDDEN'],
      ['an evaluator', CALLERS.evaluator, 'FORBIDDEN'],
      ['the public', null, 'UNAUTHENTICATED'],
    ])('an invitation by %s', async (_label, caller, code) => {
      const result = await invite({ email: 'siapa@simpul.test', name: 'Siapa', role: 'EVALUATOR' }, caller as typeof CALLERS.admin);
      expect(result.errors?.[0].extensions.code).toBe(code);
    });
  });

  describe('an MPP operator', () => {
    it('invites operators for its own mall and desks of units whose agency is a tenant', async () => {
      const operator = await invite(
        { email: 'operator2.banjarmasin@simpul.test', name: 'Operator Kedua', role: 'MPP_OPERATOR', mallId: BANJARMASIN_MALL },
        CALLERS.operator,
      );
      expect(operator.data!.inviteUser).toMatchObject({ role: 'MPP_OPERATOR', mallId: BANJARMASIN_MALL });
      const desk = await invite(
        { email: 'desk2.samsat@simpul.test', name: 'Desk Kedua', role: 'UNIT_DESK', serviceUnitId: SAMSAT_KALSEL },
        CALLERS.operator,
      );
      expect(desk.errors).toBeUndefined();
      expect((await registry.smtp.nextMailTo('desk2.samsat@simpul.test')).text).toContain(
        `${CALLERS.operator.displayName} mengundang Anda ke Simpul sebagai petugas unit.`,
      );
    });

    it.each([
      ['an operator of another mall', { role: 'MPP_OPERATOR', mallId: PALANGKA_RAYA_MALL }, 'input.mallId'],
      ['a desk of a unit whose agency is not a tenant', { role: 'UNIT_DESK', serviceUnitId: DPMPTSP_KALTENG }, 'input.serviceUnitId'],
      [
        'a desk of a unit whose agency left the mall',
        { role: 'UNIT_DESK', serviceUnitId: stableId('unit', 'pdam-bandarmasih') },
        'input.serviceUnitId',
      ],
      ['an evaluator', { role: 'EVALUATOR' }, 'input.role'],
      ['a national admin', { role: 'NATIONAL_ADMIN' }, 'input.role'],
    ])('may not invite %s', async (_label, binding, field) => {
      const email = `luar.${field.replace(/\W/g, '')}.${String(binding.role).toLowerCase()}@simpul.test`;
      const result = await invite({ email, name: 'Di Luar', ...binding }, CALLERS.operator);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        field,
        messages: { id: expect.any(String), en: expect.any(String) },
      });
      expect(await usersWithEmail(email)).toBe(0);
    });
  });
});
