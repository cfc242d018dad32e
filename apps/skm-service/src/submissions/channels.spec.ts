import { randomUUID } from 'node:crypto';
import { computeIkm } from '@simpul/scoring';
import {
  CALLERS,
  DPMPTSP_KALTENG,
  errorOf,
  graphqlFrom,
  nine,
  ok,
  SAMSAT_KALSEL,
  startSkm,
  SUBMIT,
  type SkmHarness,
} from '../test-support/skm-test-app';

const CREATE = `mutation($input: CreateSkmSurveyInput!) { createSkmSurvey(input: $input) { id publicCode publicUrl kioskUrl periodLabel startsOn endsOn elements { code weight required } } }`;
const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { ikm { value interval category { code label } respondents formula explanation { id en } exactValue }
  elements { code nrr answered sum weak } sample { expectedUsers required respondents adequate shortBy percent } exclusions { excluded pendingReview } } }`;

describe('SKM channels: QR, kiosk, one-time links, REST', () => {
  let skm: SkmHarness;
  let survey: { id: string; publicCode: string; publicUrl: string; kioskUrl: string };

  beforeAll(async () => {
    skm = await startSkm();
    survey = ok(
      await skm.graphql<{ createSkmSurvey: typeof survey }>(
        CREATE,
        {
          input: {
            title: 'SKM Samsat Kalsel Semester I',
            serviceUnitId: SAMSAT_KALSEL,
            periodKind: 'HALF_YEAR',
            year: 2026,
            number: 1,
            expectedUsers: 1000,
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createSkmSurvey;
  });
  afterAll(() => skm?.close());

  const respondents = async () =>
    ok(await skm.graphql<{ skmResult: { ikm: { respondents: number } | null } }>(RESULT, { id: survey.id }, { caller: CALLERS.admin }))
      .skmResult.ikm?.respondents ?? 0;

  it('creates a survey with the nine PermenPANRB elements, its period and public URLs for the QR poster and kiosk', async () => {
    expect(survey.publicUrl).toBe(`https://portal.simpul.test/skm/s/${survey.publicCode}`);
    expect(survey.kioskUrl).toBe(`https://portal.simpul.test/skm/kiosk/${survey.publicCode}`);
    const full = ok(
      await skm.graphql<{
        skmSurvey: { elements: { code: string; weight: string }[]; startsOn: string; endsOn: string; periodLabel: string };
      }>(
        `query($id: ID!) { skmSurvey(id: $id) { elements { code weight } startsOn endsOn periodLabel } }`,
        { id: survey.id },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).skmSurvey;
    expect(full.elements.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(full.elements.every((e) => e.weight === '1/9')).toBe(true);
    expect(full).toMatchObject({ startsOn: '2026-01-01', endsOn: '2026-06-30', periodLabel: 'Semester I 2026' });
  });

  it('serves the public form by QR code with profile questions and no name or NIK', async () => {
    const form = ok(
      await skm.graphql<{ skmPublicSurvey: { open: boolean; elements: unknown[]; profile: { ageBands: string[] } } }>(
        `query($code: String) { skmPublicSurvey(code: $code) { open elements { code name } profile { ageBands sexes educations occupations } } }`,
        { code: survey.publicCode },
      ),
    ).skmPublicSurvey;
    expect(form.open).toBe(true);
    expect(form.elements).toHaveLength(9);
    expect(form.profile.ageBands).toContain('AGE_20_29');
  });

  it('stores QR answers and the IKM is computeIkm of exactly those answers, with formula and inputs', async () => {
    const answers = [
      [4, 4, 3, 4, 3, 3, 4, 3, 2],
      [3, 4, 3, 4, 4, 3, 4, 3, 3],
      [2, 3, 2, 3, 3, 3, 3, 2, 2],
    ];
    for (const row of answers) {
      const receipt = ok(
        await skm.graphql<{ submitSkmResponses: { status: string }[] }>(SUBMIT, {
          s: [{ channel: 'QR', surveyCode: survey.publicCode, answers: nine(row), ageBand: 'AGE_30_39', sex: 'FEMALE' }],
        }),
      );
      expect(receipt.submitSkmResponses[0].status).toBe('STORED');
    }
    const result = ok(
      await skm.graphql<{
        skmResult: {
          ikm: { value: number; respondents: number; category: { code: string }; formula: string; explanation: { id: string } };
          elements: { nrr: number; sum: number; answered: number }[];
          sample: { required: number; respondents: number; adequate: boolean };
        };
      }>(RESULT, { id: survey.id }, { caller: CALLERS.deskSamsatKalsel }),
    ).skmResult;
    const expected = computeIkm(answers);
    expect(result.ikm.value).toBe(expected.value);
    expect(result.ikm.category.code).toBe(expected.category.code);
    expect(result.ikm.respondents).toBe(3);
    expect(result.elements.map((e) => e.nrr)).toEqual(expected.nrr);
    expect(result.elements[0]).toMatchObject({ sum: 9, answered: 3 });
    expect(result.ikm.formula).toContain('NRR');
    expect(result.ikm.explanation.id).toContain('dari 3 kuesioner');
    expect(result.sample).toMatchObject({ required: 278, respondents: 3, adequate: false });
  });

  it('a kiosk replaying its offline queue twice stores each answer once', async () => {
    const before = await respondents();
    const queue = Array.from({ length: 5 }, (_, i) => ({
      channel: 'KIOSK',
      surveyCode: survey.publicCode,
      submissionId: randomUUID(),
      deviceId: 'kiosk-samsat-1',
      answeredAt: new Date(skm.clock.now().getTime() - (60 - i * 10) * 60_000).toISOString(),
      answers: nine([3, 3, 3, 4, 3, 3, 4, 3, 2]),
    }));
    const first = ok(
      await skm.graphql<{ submitSkmResponses: { status: string; responseId: string }[] }>(SUBMIT, { s: queue }),
    ).submitSkmResponses;
    const again = ok(
      await skm.graphql<{ submitSkmResponses: { status: string; responseId: string }[] }>(SUBMIT, { s: queue }),
    ).submitSkmResponses;
    expect(first.map((r) => r.status)).toEqual(Array(5).fill('STORED'));
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('DUPLICATE'));
    expect(again.map((r) => r.responseId)).toEqual(first.map((r) => r.responseId));
    expect(await respondents()).toBe(before + 5);
  });

  it('concurrent replays of the same queue race to one stored copy', async () => {
    const before = await respondents();
    const queue = Array.from({ length: 3 }, () => ({
      channel: 'KIOSK',
      surveyCode: survey.publicCode,
      submissionId: randomUUID(),
      deviceId: 'kiosk-race',
      answers: nine([4, 3, 3, 3, 3, 3, 3, 3, 3]),
    }));
    const results = await Promise.all(
      Array.from({ length: 6 }, () => skm.graphql<{ submitSkmResponses: { status: string }[] }>(SUBMIT, { s: queue })),
    );
    const statuses = results.flatMap((r) => ok(r).submitSkmResponses.map((x) => x.status));
    expect(statuses.filter((s) => s === 'STORED')).toHaveLength(3);
    expect(await respondents()).toBe(before + 3);
    const stored = await fetchCount(
      skm,
      queue.map((q) => q.submissionId),
    );
    expect(stored).toBe(3);
  });

  it('refuses a kiosk answer without a submission id', async () => {
    const result = await skm.graphql(SUBMIT, {
      s: [{ channel: 'KIOSK', surveyCode: survey.publicCode, answers: nine([3, 3, 3, 3, 3, 3, 3, 3, 3]) }],
    });
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'submissions[0].submissionId' });
  });

  it('a one-time link is spent once: the second use is CONFLICT, an unknown token NOT_FOUND', async () => {
    const links = ok(
      await skm.graphql<{ issueSkmLinks: { token: string; url: string }[] }>(
        `mutation($id: ID!) { issueSkmLinks(surveyId: $id, count: 2) { token url } }`,
        { id: survey.id },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).issueSkmLinks;
    expect(links[0].url).toBe(`https://portal.simpul.test/skm/t/${links[0].token}`);
    const use = (token: string) => skm.graphql(SUBMIT, { s: [{ channel: 'LINK', token, answers: nine([4, 4, 4, 3, 4, 4, 4, 4, 3]) }] });
    expect(ok(await use(links[0].token))).toBeTruthy();
    expect(errorOf(await use(links[0].token))).toEqual({ code: 'CONFLICT', field: 'submissions[0].token' });
    expect(errorOf(await use('A'.repeat(22)))).toEqual({ code: 'NOT_FOUND', field: 'submissions[0].token' });
    const form = ok(
      await skm.graphql<{ skmPublicSurvey: { tokenUsed: boolean } }>(`query($t: String) { skmPublicSurvey(token: $t) { tokenUsed } }`, {
        t: links[0].token,
      }),
    ).skmPublicSurvey;
    expect(form.tokenUsed).toBe(true);
    // Two phones racing with the second link: exactly one wins.
    const race = await Promise.all([use(links[1].token), use(links[1].token), use(links[1].token)]);
    expect(race.filter((r) => !r.errors).length).toBe(1);
    expect(race.filter((r) => errorOf(r).code === 'CONFLICT').length).toBe(2);
  });

  it('counts every link of the survey issued and used (the page shows both, whatever the list page holds)', async () => {
    const usage = ok(
      await skm.graphql<{ skmSurvey: { linkUsage: { issued: number; used: number } } }>(
        `query($id: ID!) { skmSurvey(id: $id) { linkUsage { issued used } } }`,
        { id: survey.id },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).skmSurvey.linkUsage;
    expect(usage).toEqual({ issued: 2, used: 2 });
    expect(
      errorOf(
        await skm.graphql(
          `query($id: ID!) { skmSurvey(id: $id) { linkUsage { issued } } }`,
          { id: survey.id },
          { caller: CALLERS.deskDpmptspKalteng },
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['an answer outside 1–4', [{ element: 'U4', value: 5 }], 'BAD_USER_INPUT', 'submissions[1].answers.U4'],
    ['a missing required element', nine([3, 3, 3, 3, 3, 3, 3, 3, 3]).slice(0, 8), 'BAD_USER_INPUT', 'submissions[1].answers.U9'],
    [
      'an unknown element',
      [...nine([3, 3, 3, 3, 3, 3, 3, 3, 3]), { element: 'U12', value: 3 }],
      'BAD_USER_INPUT',
      'submissions[1].answers.U12',
    ],
  ])('refuses %s and stores nothing of the batch', async (_name, bad, code, field) => {
    const before = await respondents();
    const badAnswers =
      (bad as { element: string; value: number }[]).length === 1
        ? [...nine([3, 3, 3, 3, 3, 3, 3, 3, 3]).filter((a) => a.element !== 'U4'), ...(bad as object[])]
        : bad;
    const result = await skm.graphql(SUBMIT, {
      s: [
        { channel: 'QR', surveyCode: survey.publicCode, answers: nine([3, 3, 3, 3, 3, 3, 3, 3, 3]) },
        { channel: 'QR', surveyCode: survey.publicCode, answers: badAnswers },
      ],
    });
    expect(errorOf(result)).toEqual({ code, field });
    expect(await respondents()).toBe(before);
  });

  it('refuses answers to a survey outside its period (CONFLICT) and an unknown survey code (NOT_FOUND)', async () => {
    const past = ok(
      await skm.graphql<{ createSkmSurvey: { publicCode: string } }>(
        CREATE,
        {
          input: { title: 'SKM 2025', serviceUnitId: SAMSAT_KALSEL, periodKind: 'YEAR', year: 2025, number: 1 },
        },
        { caller: CALLERS.admin },
      ),
    ).createSkmSurvey;
    expect(
      errorOf(
        await skm.graphql(SUBMIT, { s: [{ channel: 'QR', surveyCode: past.publicCode, answers: nine([3, 3, 3, 3, 3, 3, 3, 3, 3]) }] }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'submissions[0].surveyCode' });
    expect(
      errorOf(
        await skm.graphql(SUBMIT, { s: [{ channel: 'QR', surveyCode: 'no-such-code', answers: nine([3, 3, 3, 3, 3, 3, 3, 3, 3]) }] }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'submissions[0].surveyCode' });
  });

  it('POST /public/responses takes the same submissions as plain JSON, idempotently', async () => {
    const submission = {
      channel: 'KIOSK',
      surveyCode: survey.publicCode,
      submissionId: randomUUID(),
      deviceId: 'rest-kiosk',
      answers: nine([3, 4, 3, 4, 3, 4, 3, 4, 3]),
    };
    const first = await skm.post('/public/responses', { submissions: [submission] });
    expect(first.status).toBe(200);
    expect(first.body.receipts).toEqual([expect.objectContaining({ status: 'STORED', submissionId: submission.submissionId })]);
    const again = await skm.post('/public/responses', { submissions: [submission] });
    expect(again.body.receipts).toEqual([expect.objectContaining({ status: 'DUPLICATE' })]);
    const bad = await skm.post('/public/responses', {
      submissions: [{ ...submission, submissionId: randomUUID(), answers: nine([3, 3, 3, 3, 0, 3, 3, 3, 3]) }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'submissions[0].answers.U5' }) }),
    ]);
  });

  it('refuses requests that bypass the gateway or portal proxy', async () => {
    const response = await fetch(`${skm.url}/public/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('a unit desk cannot create a survey for another unit', async () => {
    const result = await skm.graphql(
      CREATE,
      { input: { title: 'x', serviceUnitId: DPMPTSP_KALTENG, periodKind: 'YEAR', year: 2026, number: 1 } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });

  it('refuses a second survey for the same unit and period, and custom weights that do not sum to 1', async () => {
    const again = await skm.graphql(
      CREATE,
      { input: { title: 'dup', serviceUnitId: SAMSAT_KALSEL, periodKind: 'HALF_YEAR', year: 2026, number: 1 } },
      { caller: CALLERS.admin },
    );
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', field: 'number' });
    const weights = await skm.graphql(
      CREATE,
      {
        input: {
          title: 'w',
          serviceUnitId: SAMSAT_KALSEL,
          periodKind: 'QUARTER',
          year: 2026,
          number: 3,
          elements: [
            { code: 'U1', name: 'Persyaratan', weight: '0.5' },
            { code: 'U2', name: 'Prosedur', weight: '0.4' },
          ],
        },
      },
      { caller: CALLERS.admin },
    );
    expect(errorOf(weights)).toEqual({ code: 'BAD_USER_INPUT', field: 'elements' });
    const custom = ok(
      await skm.graphql<{ createSkmSurvey: { elements: { code: string; weight: string }[] } }>(
        CREATE,
        {
          input: {
            title: 'c',
            serviceUnitId: SAMSAT_KALSEL,
            periodKind: 'QUARTER',
            year: 2026,
            number: 3,
            elements: [
              { code: 'U1', name: 'Persyaratan', weight: '1/2' },
              { code: 'U2', name: 'Prosedur', weight: '0.3' },
              { code: 'X1', name: 'Kebersihan', weight: '0.2', required: false },
            ],
          },
        },
        { caller: CALLERS.admin },
      ),
    ).createSkmSurvey;
    expect(custom.elements.map((e) => e.weight)).toEqual(['1/2', '0.3', '0.2']);
  });
});

describe('rate limits on the public endpoint (token bucket per client, per replica)', () => {
  let skm: SkmHarness;
  let code: string;
  beforeAll(async () => {
    skm = await startSkm({ rateLimit: { capacity: 3, perMinute: 1 } });
    code = ok(
      await skm.graphql<{ skmSurveys: { edges: { node: { publicCode: string; periodLabel: string } }[] } }>(
        `{ skmSurveys(filter: { serviceUnitId: "${SAMSAT_KALSEL}", year: 2026 }, first: 100) { edges { node { publicCode periodLabel } } } }`,
        {},
        { caller: CALLERS.admin },
      ),
    ).skmSurveys.edges.find((e) => e.node.periodLabel === 'Triwulan II 2026')!.node.publicCode;
  });
  afterAll(() => skm?.close());

  it('GraphQL: the fourth request from one address is refused, another address still passes', async () => {
    const send = (address: string) =>
      graphqlFrom(skm, address, SUBMIT, { s: [{ channel: 'QR', surveyCode: code, answers: nine([3, 3, 4, 3, 3, 3, 4, 3, 3]) }] });
    for (let i = 0; i < 3; i += 1) expect((await send('203.0.113.7')).errors).toBeUndefined();
    expect(errorOf(await send('203.0.113.7'))).toEqual({ code: 'FORBIDDEN', field: 'rateLimit' });
    expect((await send('198.51.100.2')).errors).toBeUndefined();
  });

  it('REST: answers 429 with Retry-After', async () => {
    const body = { submissions: [{ channel: 'QR', surveyCode: code, answers: nine([3, 3, 4, 3, 3, 3, 4, 3, 3]) }] };
    for (let i = 0; i < 3; i += 1) expect((await skm.post('/public/responses', body, { address: '192.0.2.44' })).status).toBe(200);
    const refused = await skm.post('/public/responses', body, { address: '192.0.2.44' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  // One token per questionnaire, not per request: a batch, or aliases of the mutation in one
  // operation, spend what they carry, and a request over the limit stores nothing.
  const kioskBatch = (n: number) =>
    Array.from({ length: n }, () => ({
      channel: 'KIOSK',
      surveyCode: code,
      submissionId: randomUUID(),
      deviceId: 'rate-kiosk',
      answers: nine([3, 4, 4, 3, 3, 3, 4, 3, 3]),
    }));
  const ids = (batch: { submissionId: string }[]) => batch.map((s) => s.submissionId);

  it('GraphQL: one request carrying more questionnaires than the client has tokens is refused whole', async () => {
    const four = kioskBatch(4);
    expect(errorOf(await graphqlFrom(skm, '203.0.113.21', SUBMIT, { s: four }))).toEqual({ code: 'FORBIDDEN', field: 'rateLimit' });
    expect(await fetchCount(skm, ids(four))).toBe(0);
    const three = kioskBatch(3);
    expect((await graphqlFrom(skm, '203.0.113.21', SUBMIT, { s: three })).errors).toBeUndefined();
    expect(await fetchCount(skm, ids(three))).toBe(3);
    const one = kioskBatch(1);
    expect(errorOf(await graphqlFrom(skm, '203.0.113.21', SUBMIT, { s: one }))).toEqual({ code: 'FORBIDDEN', field: 'rateLimit' });
    expect(await fetchCount(skm, ids(one))).toBe(0);
  });

  it('GraphQL: aliases of submitSkmResponses in one operation each spend their tokens, and over the limit none is stored', async () => {
    const ALIASED = `mutation($a: [SkmSubmissionInput!]!, $b: [SkmSubmissionInput!]!) {
      a: submitSkmResponses(submissions: $a) { status }
      b: submitSkmResponses(submissions: $b) { status } }`;
    const [a, b] = [kioskBatch(2), kioskBatch(2)];
    const refused = await graphqlFrom(skm, '203.0.113.22', ALIASED, { a, b });
    // The mutation's list is non-null, so the first refused alias ends the operation; what counts is
    // that the first alias, which alone fits, was refused too and nothing was stored.
    expect(refused.errors?.length).toBeGreaterThan(0);
    for (const error of refused.errors ?? []) expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'rateLimit' });
    expect(refused.data ?? null).toBeNull();
    expect(await fetchCount(skm, [...ids(a), ...ids(b)])).toBe(0);
    const [c, d] = [kioskBatch(1), kioskBatch(2)];
    expect((await graphqlFrom(skm, '203.0.113.22', ALIASED, { a: c, b: d })).errors).toBeUndefined();
    expect(await fetchCount(skm, [...ids(c), ...ids(d)])).toBe(3);
    expect(errorOf(await graphqlFrom(skm, '203.0.113.22', SUBMIT, { s: kioskBatch(1) }))).toEqual({
      code: 'FORBIDDEN',
      field: 'rateLimit',
    });
  });

  it('REST: a body carrying more questionnaires than the client has tokens answers 429 and stores nothing', async () => {
    const four = kioskBatch(4);
    const refused = await skm.post('/public/responses', { submissions: four }, { address: '192.0.2.45' });
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', field: 'rateLimit' }) }),
    ]);
    expect(await fetchCount(skm, ids(four))).toBe(0);
    const three = kioskBatch(3);
    expect((await skm.post('/public/responses', { submissions: three }, { address: '192.0.2.45' })).status).toBe(200);
    expect(await fetchCount(skm, ids(three))).toBe(3);
    expect((await skm.post('/public/responses', { submissions: kioskBatch(1) }, { address: '192.0.2.45' })).status).toBe(429);
  });
});

async function fetchCount(skm: SkmHarness, submissionIds: string[]): Promise<number> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: skm.database.url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM skm.responses WHERE submission_id = ANY($1::uuid[])', [
      submissionIds,
    ]);
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}
