import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { SUBMIT, errorOf, graphqlFrom, nine, ok, SAMSAT_KALSEL, CALLERS, startSkm, type SkmHarness } from '../test-support/skm-test-app';
import { PostgresRateLimiter } from './rate-limiter';

async function sql<T extends pg.QueryResultRow>(skm: SkmHarness, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: skm.database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

// Two Nest apps on one database, as two replicas behind a load balancer: the bucket is a row in
// skm.rate_buckets, so what one replica spends the other cannot spend again.
describe('the SKM rate limit is one limit across replicas', () => {
  // A token every 100 minutes: however slow the machine, nothing refills noticeably during the test.
  const limit = { capacity: 100, perMinute: 0.01 };
  let a: SkmHarness;
  let b: SkmHarness;
  let code: string;
  beforeAll(async () => {
    a = await startSkm({ rateLimit: limit });
    b = await startSkm({ rateLimit: limit, replicaOf: a });
    code = ok(
      await a.graphql<{ skmSurveys: { edges: { node: { publicCode: string; periodLabel: string } }[] } }>(
        `{ skmSurveys(filter: { serviceUnitId: "${SAMSAT_KALSEL}", year: 2026 }, first: 100) { edges { node { publicCode periodLabel } } } }`,
        {},
        { caller: CALLERS.admin },
      ),
    ).skmSurveys.edges.find((e) => e.node.periodLabel === 'Triwulan II 2026')!.node.publicCode;
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const kioskBatch = (n: number) =>
    Array.from({ length: n }, () => ({
      channel: 'KIOSK',
      surveyCode: code,
      submissionId: randomUUID(),
      deviceId: 'replica-kiosk',
      answers: nine([3, 4, 4, 3, 3, 3, 4, 3, 3]),
    }));
  const stored = async (batches: { submissionId: string }[][]) =>
    (
      await sql<{ n: number }>(a, 'SELECT count(*)::int AS n FROM skm.responses WHERE submission_id = ANY($1::uuid[])', [
        batches.flat().map((s) => s.submissionId),
      ])
    )[0].n;

  it('a batch of 100 on one replica spends the bucket; the other replica refuses the next questionnaire (GraphQL and REST)', async () => {
    const hundred = kioskBatch(100);
    expect((await graphqlFrom(a, '203.0.113.50', SUBMIT, { s: hundred })).errors).toBeUndefined();
    expect(await stored([hundred])).toBe(100);
    const one = kioskBatch(1);
    expect(errorOf(await graphqlFrom(b, '203.0.113.50', SUBMIT, { s: one }))).toEqual({ code: 'FORBIDDEN', field: 'rateLimit' });
    const rest = await b.post('/public/responses', { submissions: one }, { address: '203.0.113.50' });
    expect(rest.status).toBe(429);
    expect(Number(rest.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await stored([one])).toBe(0);
    // Another client still has its own full bucket.
    expect((await b.post('/public/responses', { submissions: kioskBatch(1) }, { address: '198.51.100.50' })).status).toBe(200);
  });

  it('requests racing on both replicas get exactly the capacity: each is charged whole or refused whole with nothing stored', async () => {
    const batches = Array.from({ length: 6 }, () => kioskBatch(30));
    const answers = await Promise.all(
      batches.map((batch, i) => (i % 2 ? a : b).post('/public/responses', { submissions: batch }, { address: '203.0.113.51' })),
    );
    const accepted = batches.filter((_, i) => answers[i].status === 200);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 429, 429, 429]);
    expect(await stored(accepted)).toBe(90);
    expect(await stored(batches)).toBe(90);
    const [bucket] = await sql<{ tokens: number }>(a, 'SELECT tokens FROM skm.rate_buckets WHERE client_key = $1', ['203.0.113.51']);
    expect(bucket.tokens).toBeGreaterThanOrEqual(10);
    expect(bucket.tokens).toBeLessThan(10.5);
  });

  it('the sweep deletes only buckets that have refilled completely since their last take', async () => {
    const db = new DataSource({ type: 'postgres', url: a.database.url });
    await db.initialize();
    try {
      const limiter = new PostgresRateLimiter(db, limit);
      expect(await limiter.take('192.0.2.60', 5)).toEqual({ ok: true });
      expect(await limiter.take('192.0.2.61', 5)).toEqual({ ok: true });
      // 100 tokens at 0.01 a minute refill in 10,000 minutes: one bucket last taken from 10,001 minutes ago.
      await db.query(`UPDATE skm.rate_buckets SET refilled_at = now() - interval '10001 minutes' WHERE client_key = '192.0.2.60'`);
      expect(await limiter.sweep()).toBe(1);
      const left = await db.query<{ client_key: string }[]>(`SELECT client_key FROM skm.rate_buckets WHERE client_key LIKE '192.0.2.6%'`);
      expect(left.map((row) => row.client_key)).toEqual(['192.0.2.61']);
    } finally {
      await db.destroy();
    }
  });
});
