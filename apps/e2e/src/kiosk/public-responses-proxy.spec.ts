import pg from 'pg';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { startPortal } from '../browser/portal-server';
import { startSkmService } from './skm-process';

// QR forms and kiosks post to the portal's own origin: POST /skm-api/public/responses is proxied to
// the SKM service with a minted public internal token, and the per-client rate limit still holds
// behind the proxy because the proxy names the client (believing X-Forwarded-For only from loopback).

describe('the portal proxies the public SKM submission path', () => {
  let database: TestDatabase;
  let skm: Awaited<ReturnType<typeof startSkmService>>;
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let code: string;

  beforeAll(async () => {
    database = await createEmptyDatabase('e2e_skm_proxy');
    skm = await startSkmService(database.url, { SKM_RATE_CAPACITY: '3', SKM_RATE_PER_MINUTE: '1' });
    // The gateway is not needed here: only the SKM path is exercised.
    portal = await startPortal('http://127.0.0.1:9/graphql', { skmUrl: skm.url });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ code: string }>(`SELECT public_code AS code FROM skm.surveys
        WHERE desk_id IS NULL AND (now() AT TIME ZONE 'Asia/Jakarta')::date BETWEEN starts_on AND ends_on ORDER BY id LIMIT 1`);
      code = rows[0]?.code ?? '';
    } finally {
      await client.end();
    }
    if (!code) throw new Error('the demo seed has no open unit survey today');
  }, 120_000);

  afterAll(async () => {
    await portal?.close();
    await skm?.stop();
    await database?.drop();
  });

  const answer = () => ({
    submissions: [
      { channel: 'QR', surveyCode: code, answers: [4, 3, 3, 4, 3, 3, 4, 3, 2].map((value, i) => ({ element: `U${i + 1}`, value })) },
    ],
  });
  const post = (forwardedFor: string, body: unknown = answer()) =>
    fetch(`${portal.url}/skm-api/public/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor, 'x-simpul-internal': 'forged' },
      body: JSON.stringify(body),
    });

  it('stores an answer sent to the portal origin, with no internal token from the browser', async () => {
    const response = await post('203.0.113.1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { receipts: { status: string; responseId: string }[] };
    expect(body.receipts).toEqual([expect.objectContaining({ status: 'STORED' })]);
  });

  it('keeps the rate limit per client behind the proxy: a fourth answer from one client waits, another client does not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post('203.0.113.7')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await post('203.0.113.7');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('203.0.113.8')).status).toBe(200);
  });

  it('counts questionnaires, not requests, behind the proxy: a body over the client’s tokens is refused whole', async () => {
    const submissionIds = Array.from({ length: 4 }, () => crypto.randomUUID());
    const four = {
      submissions: submissionIds.map((submissionId) => ({
        channel: 'KIOSK',
        surveyCode: code,
        submissionId,
        deviceId: 'proxy-kiosk',
        answers: [4, 3, 3, 4, 3, 3, 4, 3, 2].map((value, i) => ({ element: `U${i + 1}`, value })),
      })),
    };
    const refused = await post('203.0.113.10', four);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'rateLimit' });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM skm.responses WHERE submission_id = ANY($1::uuid[])',
        [submissionIds],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('turns bad input into the typed error and anything but POST away', async () => {
    const bad = await post('203.0.113.9', { submissions: [{ channel: 'QR', surveyCode: code, answers: [{ element: 'U1', value: 5 }] }] });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await fetch(`${portal.url}/skm-api/public/responses`)).status).toBe(405);
  });
});
