import { stableId } from '@simpul/service-kit';
import { deskId, surveyId } from '../seed/demo-keys';
import { BANJARMASIN_MALL, CALLERS, errorOf, ok, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';

const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { surveyId deskId periodLabel ikm { value respondents category { code } }
  sample { expectedUsers required respondents adequate shortBy } exclusions { excluded reasons { reason responses } pendingReview }
  breakdown(dimension: SEX) { totalCount edges { node { bucket respondents ikm categoryCode } } } } }`;

describe('SKM results from the rollups (seeded demo, 20 May 2026)', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('ServiceUnit.latestIkm gives the unit-wide survey of the latest completed period, through a federation reference', async () => {
    const unknown = stableId('unit', 'no-such-unit');
    const data = ok(
      await skm.graphql<{
        _entities: {
          id: string;
          latestIkm: { surveyId: string; value: number; periodLabel: string; respondents: number; category: { code: string } } | null;
        }[];
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceUnit { id latestIkm { surveyId value periodLabel respondents category { code label } sampleAdequate } } } }`,
        {
          r: [
            { __typename: 'ServiceUnit', id: SAMSAT_KALSEL },
            { __typename: 'ServiceUnit', id: unknown },
          ],
        },
      ),
    );
    const latest = data._entities[0].latestIkm!;
    expect(latest.surveyId).toBe(surveyId('samsat-63:Q1-2026'));
    expect(latest.periodLabel).toBe('Triwulan I 2026');
    const result = ok(
      await skm.graphql<{ skmResult: { ikm: { value: number; respondents: number } } }>(
        RESULT,
        { id: latest.surveyId },
        { caller: CALLERS.admin },
      ),
    ).skmResult;
    expect(latest.value).toBe(result.ikm.value);
    expect(latest.respondents).toBe(result.ikm.respondents);
    expect(data._entities[1].latestIkm).toBeNull();
  });

  it('desk 8 has too few respondents for its visitors; desk 7 has a burst waiting for review', async () => {
    const desk8 = ok(
      await skm.graphql<{ skmResult: { sample: { adequate: boolean; shortBy: number; required: number } } }>(
        RESULT,
        { id: surveyId('desk-8:Y-2026') },
        { caller: CALLERS.operator },
      ),
    ).skmResult;
    expect(desk8.sample.adequate).toBe(false);
    expect(desk8.sample.required).toBe(333);
    expect(desk8.sample.shortBy).toBeGreaterThan(250);
    const desk7 = ok(
      await skm.graphql<{ skmResult: { deskId: string; exclusions: { pendingReview: number } } }>(
        RESULT,
        { id: surveyId('desk-7:Y-2026') },
        { caller: CALLERS.operator },
      ),
    ).skmResult;
    expect(desk7.deskId).toBe(deskId(7));
    expect(desk7.exclusions.pendingReview).toBe(8);
  });

  it('says how many answers were excluded and why', async () => {
    const result = ok(
      await skm.graphql<{ skmResult: { exclusions: { excluded: number; reasons: { reason: string; responses: number }[] } } }>(
        RESULT,
        { id: surveyId('samsat-63:Q1-2026') },
        { caller: CALLERS.evaluator },
      ),
    ).skmResult;
    expect(result.exclusions.excluded).toBe(3);
    expect(result.exclusions.reasons).toEqual([
      { reason: 'OUTSIDE_HOURS', responses: 3 },
      { reason: 'STRAIGHT_LINING', responses: 3 },
    ]);
  });

  it('breaks the IKM down by respondent profile, buckets adding up to all respondents', async () => {
    const result = ok(
      await skm.graphql<{
        skmResult: { ikm: { respondents: number }; breakdown: { edges: { node: { bucket: string; respondents: number; ikm: number } }[] } };
      }>(RESULT, { id: surveyId('samsat-63:Q1-2026') }, { caller: CALLERS.admin }),
    ).skmResult;
    const buckets = result.breakdown.edges.map((e) => e.node);
    expect(buckets.map((b) => b.bucket).sort()).toEqual(['FEMALE', 'MALE']);
    expect(buckets.reduce((sum, b) => sum + b.respondents, 0)).toBe(result.ikm.respondents);
    expect(buckets.every((b) => b.ikm >= 25 && b.ikm <= 100)).toBe(true);
  });

  it('rule: age groups come in their own order, "Under 20" first, unknown last', async () => {
    const result = ok(
      await skm.graphql<{ skmResult: { breakdown: { edges: { node: { bucket: string } }[] } } }>(
        `query($id: ID!) { skmResult(surveyId: $id) { breakdown(dimension: AGE_BAND, first: 50) { edges { node { bucket } } } } }`,
        { id: surveyId('samsat-63:Q1-2026') },
        { caller: CALLERS.admin },
      ),
    ).skmResult;
    expect(result.breakdown.edges.map((e) => e.node.bucket)).toEqual([
      'UNDER_20',
      'AGE_20_29',
      'AGE_30_39',
      'AGE_40_49',
      'AGE_50_59',
      'AGE_60_PLUS',
    ]);
  });

  it('every unit for a year: paged results whose SQL statements do not grow with page size', async () => {
    const QUERY = `query($first: Int, $after: String) { skmResults(year: 2026, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { surveyId ikm { value } sample { required } exclusions { excluded } } } } }`;
    skm.queries.reset();
    const small = ok(
      await skm.graphql<{ skmResults: { totalCount: number; edges: unknown[] } }>(QUERY, { first: 5 }, { caller: CALLERS.admin }),
    ).skmResults;
    const smallCount = skm.queries.count;
    skm.queries.reset();
    const large = ok(
      await skm.graphql<{ skmResults: { totalCount: number; edges: unknown[]; pageInfo: { endCursor: string } } }>(
        QUERY,
        { first: 100 },
        { caller: CALLERS.admin },
      ),
    ).skmResults;
    expect(small.edges).toHaveLength(5);
    expect(large.edges).toHaveLength(100);
    expect(skm.queries.count).toBe(smallCount);
    expect(large.totalCount).toBeGreaterThan(100);
    const next = ok(
      await skm.graphql<{ skmResults: { edges: { node: { surveyId: string } }[] } }>(
        QUERY,
        { first: 100, after: large.pageInfo.endCursor },
        { caller: CALLERS.admin },
      ),
    ).skmResults;
    expect(next.edges.length).toBe(large.totalCount - 100);
  });

  it('the operator dashboard sees its mall desks only; a unit desk only its unit', async () => {
    const QUERY = `query($mall: ID) { skmResults(year: 2026, mallId: $mall, first: 100) { totalCount edges { node { deskId mallId } } } }`;
    const operator = ok(
      await skm.graphql<{ skmResults: { totalCount: number; edges: { node: { mallId: string } }[] } }>(
        QUERY,
        {},
        { caller: CALLERS.operator },
      ),
    ).skmResults;
    expect(operator.totalCount).toBe(6);
    expect(operator.edges.every((e) => e.node.mallId === BANJARMASIN_MALL)).toBe(true);
    const desk = ok(
      await skm.graphql<{ skmResults: { edges: { node: { deskId: string | null } }[] } }>(
        `{ skmResults(year: 2026, first: 100) { edges { node { deskId serviceUnit { id } } } } }`,
        {},
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).skmResults;
    expect(desk.edges.length).toBe(4); // Q1, Q2 2026 and desks 3, 4 at the mall
    expect(errorOf(await skm.graphql(RESULT, { id: surveyId('desk-8:Y-2026') }, { caller: CALLERS.deskSamsatKalsel })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await skm.graphql(RESULT, { id: surveyId('desk-8:Y-2026') })).code).toBe('UNAUTHENTICATED');
  });

  it('the public results page shows the trend and the follow-up, no individual answers', async () => {
    const page = ok(
      await skm.graphql<{
        skmPublicResults: {
          latest: { periodLabel: string };
          trend: { totalCount: number; edges: { node: { periodLabel: string; value: number } }[] };
          followUps: { totalCount: number; edges: { node: { elementCode: string; status: string; elementName: string } }[] };
        };
      }>(
        `query($u: ID!) { skmPublicResults(serviceUnitId: $u) { latest { periodLabel value } trend { totalCount edges { node { periodLabel value respondents category { code } } } }
        followUps { totalCount edges { node { elementCode elementName status action owner dueOn outcome } } } } }`,
        { u: SAMSAT_KALSEL },
      ),
    ).skmPublicResults;
    expect(page.trend.edges.map((e) => e.node.periodLabel)).toEqual([
      'Triwulan III 2025',
      'Triwulan IV 2025',
      'Triwulan I 2026',
      'Triwulan II 2026',
    ]);
    expect(page.latest.periodLabel).toBe('Triwulan I 2026');
    expect(page.followUps.edges.map((e) => e.node.elementCode).sort()).toEqual(['U3', 'U9']);
    expect(page.followUps.edges[0].node.elementName).toMatch(/Waktu|Penanganan/);
  });
});

describe('rollup compaction', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm({ compactEveryMs: 0 });
  });
  afterAll(() => skm?.close());

  it('public answers count at once through the delta table, and folding them changes no result', async () => {
    const { RollupCompactor } = await import('./rollup-compactor');
    const compactor = skm.app.get(RollupCompactor);
    await compactor.compact();
    const id = surveyId('samsat-63:Q2-2026');
    const code = ok(
      await skm.graphql<{ skmSurvey: { publicCode: string } }>(
        `query($id: ID!) { skmSurvey(id: $id) { publicCode } }`,
        { id },
        { caller: CALLERS.admin },
      ),
    ).skmSurvey.publicCode;
    const read = async () =>
      ok(await skm.graphql<{ skmResult: { ikm: { value: number; respondents: number } } }>(RESULT, { id }, { caller: CALLERS.admin }))
        .skmResult.ikm;
    const before = await read();
    const answers = Array.from({ length: 4 }, (_, i) => ({
      channel: 'QR',
      surveyCode: code,
      answers: [1, 2, 3, 4, 1, 2, 3, 4, 2].map((value, j) => ({ element: `U${j + 1}`, value: ((value + i) % 4) + 1 })),
    }));
    ok(await skm.graphql(`mutation($s: [SkmSubmissionInput!]!) { submitSkmResponses(submissions: $s) { status } }`, { s: answers }));
    const pending = await read();
    expect(pending.respondents).toBe(before.respondents + 4);
    expect(await compactor.compact()).toBeGreaterThan(0);
    expect(await read()).toEqual(pending);
    expect(await compactor.compact()).toBe(0);
  });
});
