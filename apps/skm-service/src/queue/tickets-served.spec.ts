import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret } from '@simpul/service-kit';
import { deskId, serviceId, surveyId } from '../seed/demo-keys';
import { BANJARMASIN_MALL, CALLERS, SEED_TIME, errorOf, nine, ok, startSkm, type SkmHarness } from '../test-support/skm-test-app';

const CREATE = `mutation($mall: ID!, $name: String!) { createSkmQueueKey(mallId: $mall, name: $name) { secret key { id name hint revokedAt } } }`;
const KEYS = `query($mall: ID!) { skmQueueKeys(mallId: $mall) { id name hint revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeSkmQueueKey(id: $id) { id revokedAt } }`;
const OTHER_MALL = '00000000-0000-4000-8000-0000000000aa';

// Desk 2 of MPP Kota Banjarmasin: Disdukcapil, whose e-KTP service is LIVE there; desk 3 is Samsat's.
const KTP = serviceId('disdukcapil-63.71', 'Penerbitan KTP Elektronik');
const KK = serviceId('disdukcapil-63.71', 'Penerbitan Kartu Keluarga');
const STNK = serviceId('samsat-63', 'Pengesahan STNK Tahunan');

interface Answer {
  status: number;
  headers: Headers;
  body: {
    invitation?: {
      url: string;
      replayed: boolean;
      desk: { id: string; number: number };
      serviceId: string;
      survey: { id: string };
      qr: { svg: string };
    };
    errors?: { extensions: { code: string; field?: string; messages: { id: string; en: string }; retryAfterSeconds?: number } }[];
  };
}

/** POST /queue/tickets-served as the portal's proxy sends it: the public caller's internal token, the key header. */
async function served(skm: SkmHarness, key: string | null, body: unknown): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, readSecret('INTERNAL_SECRET'), randomUUID()),
  };
  if (key !== null) headers['x-simpul-queue-key'] = key;
  const response = await fetch(`${skm.url}/queue/tickets-served`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const refusal = (answer: Answer) => ({ status: answer.status, ...answer.body.errors?.[0]?.extensions, messages: undefined });

async function createKey(skm: SkmHarness, name = 'Antrean lantai 1'): Promise<{ secret: string; id: string }> {
  const created = ok(
    await skm.graphql<{ createSkmQueueKey: { secret: string; key: { id: string } } }>(
      CREATE,
      { mall: BANJARMASIN_MALL, name },
      { caller: CALLERS.operator },
    ),
  ).createSkmQueueKey;
  return { secret: created.secret, id: created.key.id };
}

describe('queue keys: an operator (own mall) or national admin creates, lists and revokes them', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  }, 60_000);
  afterAll(() => skm?.close());

  it('shows the secret once, keeps only its digest, and lists the key by name and last four characters', async () => {
    const { secret, id } = await createKey(skm, '  Antrean lantai 1 ');
    expect(secret).toMatch(/^sqk_[A-Za-z0-9_-]{43}$/);
    const listed = ok(await skm.graphql<{ skmQueueKeys: unknown[] }>(KEYS, { mall: BANJARMASIN_MALL }, { caller: CALLERS.operator }));
    expect(listed.skmQueueKeys).toEqual([{ id, name: 'Antrean lantai 1', hint: secret.slice(-4), revokedAt: null }]);
    const stored: { row: string }[] = await skm.app
      .get(DataSource)
      .query(`SELECT row_to_json(k)::text AS row FROM skm.queue_keys k WHERE id = $1`, [id]);
    expect(stored[0].row).not.toContain(secret);
    expect(stored[0].row).not.toContain(secret.slice(4));
  });

  it("refuses another mall's operator, a unit desk, and an admin naming a mall that does not exist", async () => {
    expect(errorOf(await skm.graphql(CREATE, { mall: OTHER_MALL, name: 'x' }, { caller: CALLERS.operator }))).toEqual({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await skm.graphql(KEYS, { mall: OTHER_MALL }, { caller: CALLERS.operator }))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await skm.graphql(KEYS, { mall: BANJARMASIN_MALL }, { caller: CALLERS.deskSamsatKalsel })).code).toBe('FORBIDDEN');
    expect(errorOf(await skm.graphql(CREATE, { mall: OTHER_MALL, name: 'x' }, { caller: CALLERS.admin }))).toEqual({
      code: 'NOT_FOUND',
      field: 'mallId',
    });
    expect(errorOf(await skm.graphql(CREATE, { mall: BANJARMASIN_MALL, name: ' ' }, { caller: CALLERS.admin }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
  });

  it("lets the admin revoke an operator's key; the key is then refused with FORBIDDEN, an unknown or missing one with UNAUTHENTICATED", async () => {
    const { secret, id } = await createKey(skm, 'Akan dicabut');
    const ticket = { ticket: 'R-001', deskNumber: 2, serviceId: KTP };
    expect((await served(skm, secret, ticket)).status).toBe(201);
    const revoked = ok(await skm.graphql<{ revokeSkmQueueKey: { revokedAt: string } }>(REVOKE, { id }, { caller: CALLERS.admin }));
    expect(revoked.revokeSkmQueueKey.revokedAt).toBeTruthy();
    expect(refusal(await served(skm, secret, { ...ticket, ticket: 'R-002' }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      field: 'x-simpul-queue-key',
    });
    expect(refusal(await served(skm, `${secret.slice(0, -1)}x`, ticket))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(refusal(await served(skm, null, ticket))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', field: 'x-simpul-queue-key' });
  });
});

describe('POST /queue/tickets-served: a served ticket becomes a one-time survey link for its desk and service', () => {
  let skm: SkmHarness;
  let key: string;
  beforeAll(async () => {
    skm = await startSkm();
    key = (await createKey(skm)).secret;
  }, 60_000);
  afterAll(() => skm?.close());

  it("answers the link and QR for the desk's running survey, and the same link when the call is resent", async () => {
    const first = await served(skm, key, { ticket: 'A-017', deskNumber: 2, serviceId: KTP });
    expect(first.status).toBe(201);
    const invitation = first.body.invitation!;
    expect(invitation).toMatchObject({
      desk: { id: deskId(2), number: 2 },
      serviceId: KTP,
      survey: { id: surveyId('desk-2:Y-2026') },
      replayed: false,
    });
    expect(invitation.url).toMatch(/^https:\/\/portal\.simpul\.test\/skm\/t\/[A-Za-z0-9_-]{22}$/);
    expect(invitation.qr.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<path d="M/);
    const again = await served(skm, key, { ticket: 'A-017', deskId: deskId(2), serviceId: KTP });
    expect(again.status).toBe(200);
    expect(again.body.invitation).toMatchObject({ url: invitation.url, replayed: true });
    // Resent at the same moment by a queue system that timed out: still one link.
    const racing = await Promise.all([1, 2, 3].map(() => served(skm, key, { ticket: 'A-018', deskNumber: 2, serviceId: KK })));
    expect(new Set(racing.map((r) => r.body.invitation?.url)).size).toBe(1);
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
  });

  it('refuses, naming the field, a bad body, a desk not in the mall, a service not offered at the desk, and a ticket reused elsewhere', async () => {
    expect(refusal(await served(skm, key, { deskNumber: 2, serviceId: KTP }))).toMatchObject({ status: 400, field: 'ticket' });
    expect(refusal(await served(skm, key, { ticket: 'A-1', serviceId: KTP }))).toMatchObject({ status: 400, field: 'deskNumber' });
    expect(refusal(await served(skm, key, { ticket: 'A-1', deskNumber: 2, serviceId: 'ktp' }))).toMatchObject({
      status: 400,
      field: 'serviceId',
    });
    expect(refusal(await served(skm, key, { ticket: 'A-1', deskNumber: 99, serviceId: KTP }))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      field: 'deskNumber',
    });
    expect(refusal(await served(skm, key, { ticket: 'A-1', deskNumber: 3, serviceId: KTP }))).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      field: 'serviceId',
    });
    await served(skm, key, { ticket: 'A-2', deskNumber: 3, serviceId: STNK });
    expect(refusal(await served(skm, key, { ticket: 'A-2', deskNumber: 2, serviceId: KTP }))).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      field: 'ticket',
    });
    const words = (await served(skm, key, { ticket: 'A-1', deskNumber: 3, serviceId: KTP })).body.errors![0].extensions.messages;
    expect(words).toEqual({ en: 'This service is not offered at desk 3.', id: 'Layanan ini tidak diberikan di gerai 3.' });
  });

  it('refuses a desk with no survey running that day', async () => {
    skm.clock.set('2027-01-04T03:00:00Z');
    try {
      expect(refusal(await served(skm, key, { ticket: 'A-017', deskNumber: 2, serviceId: KTP }))).toMatchObject({
        status: 409,
        code: 'CONFLICT',
        field: 'deskNumber',
      });
    } finally {
      skm.clock.set(SEED_TIME);
    }
  });

  it('stores the answer for the desk and service, once: the same link is refused the second time', async () => {
    const { url } = (await served(skm, key, { ticket: 'B-100', deskNumber: 2, serviceId: KK })).body.invitation!;
    const token = url.split('/').at(-1)!;
    const answer = () =>
      skm.post('/public/responses', {
        // The form may send another service: the ticket's stands.
        submissions: [{ channel: 'LINK', token, submissionId: randomUUID(), answers: nine([4, 4, 3, 4, 3, 3, 4, 3, 4]), serviceId: KTP }],
      });
    const stored = await answer();
    expect(stored.status).toBe(200);
    const responseId = (stored.body.receipts as { responseId: string }[])[0].responseId;
    const row: { serviceId: string; deskId: string }[] = await skm.app
      .get(DataSource)
      .query(
        `SELECT r.service_id AS "serviceId", s.desk_id AS "deskId" FROM skm.responses r JOIN skm.surveys s ON s.id = r.survey_id WHERE r.id = $1`,
        [responseId],
      );
    expect(row[0]).toEqual({ serviceId: KK, deskId: deskId(2) });
    const second = await answer();
    expect(second.status).toBe(409);
    expect(second.body.errors).toMatchObject([{ extensions: { code: 'CONFLICT', field: 'submissions[0].token' } }]);
    const form = ok(
      await skm.graphql<{ skmPublicSurvey: { tokenUsed: boolean; tokenServiceId: string } }>(
        `query($t: String) { skmPublicSurvey(token: $t) { tokenUsed tokenServiceId } }`,
        { t: token },
      ),
    ).skmPublicSurvey;
    // The form shows the link as used, and would not have asked for the service: the ticket names it.
    expect(form).toEqual({ tokenUsed: true, tokenServiceId: KK });
  });
});

describe('POST /queue/tickets-served: rate limit per key, shared through PostgreSQL like the public form', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm({ rateLimit: { capacity: 2, perMinute: 1 } });
  }, 60_000);
  afterAll(() => skm?.close());

  it('answers 429 RATE_LIMITED with Retry-After once the key has spent its bucket', async () => {
    const { secret } = await createKey(skm);
    const call = (ticket: string) => served(skm, secret, { ticket, deskNumber: 2, serviceId: KTP });
    expect((await call('C-1')).status).toBe(201);
    expect((await call('C-2')).status).toBe(201);
    const refused = await call('C-3');
    expect(refusal(refused)).toMatchObject({ status: 429, code: 'RATE_LIMITED', field: 'rateLimit' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
