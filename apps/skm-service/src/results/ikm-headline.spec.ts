import { stableId } from '@simpul/service-kit';
import { surveyId, unitId } from '../seed/demo-keys';
import { CALLERS, ok, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';

// Issue 12 item 10: the headline IKM is the most recent COMPLETED period whose answers are all
// reviewed and whose sample is adequate (Krejcie–Morgan against the expected users); otherwise the
// service says why there is none. The trend keeps to the headline's period type.

const HEADLINE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceUnit { id latestIkmGap
  latestIkm { surveyId value respondents periodLabel periodKind year number sampleAdequate } } } }`;
const CREATE = `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id } }`;
const IMPORT = `mutation($id: ID!, $content: String!) { importSkmResponses(surveyId: $id, fileName: "kertas.csv", format: CSV, contentBase64: $content) { status batchId } }`;
const REVIEW_BATCH = `mutation($b: ID!) { reviewSkmImportBatch(batchId: $b, decision: KEEP) { decided } }`;
const OVERLAPS = `query($u: ID, $k: SkmPeriodKind!, $y: Int!, $n: Int!) { skmOverlappingSurveys(serviceUnitId: $u, periodKind: $k, year: $y, number: $n) { id periodKind year number } }`;
const PUBLIC = `query($u: ID!) { skmPublicResults(serviceUnitId: $u) { latest { surveyId periodKind } latestGap trendPeriodKind trend { edges { node { periodKind year number } } } } }`;

interface Headline {
  id: string;
  latestIkmGap: string | null;
  latestIkm: {
    surveyId: string;
    value: number;
    respondents: number;
    periodKind: string;
    year: number;
    number: number;
    sampleAdequate: boolean;
  } | null;
}

const fivePaperRows = Buffer.from(
  ['U1,U2,U3,U4,U5,U6,U7,U8,U9,answered_on', ...Array.from({ length: 5 }, () => '1,1,1,1,1,1,1,1,1,2026-05-04')].join('\n'),
).toString('base64');

describe('the headline IKM of a unit (seeded demo, 20 May 2026)', () => {
  let skm: SkmHarness;
  const headline = async (id: string) =>
    ok(await skm.graphql<{ _entities: Headline[] }>(HEADLINE, { r: [{ __typename: 'ServiceUnit', id }] }))._entities[0];

  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('rule: a running period never heads — the completed, reviewed, adequately sampled quarter does', async () => {
    const samsat = await headline(SAMSAT_KALSEL);
    expect(samsat.latestIkmGap).toBeNull();
    expect(samsat.latestIkm).toMatchObject({
      surveyId: surveyId('samsat-63:Q1-2026'),
      periodKind: 'QUARTER',
      year: 2026,
      number: 1,
      sampleAdequate: true,
    });
  });

  it('rule: a new semester with five unreviewed paper answers does not replace it, and its overlap with the quarters is named before it is made', async () => {
    const before = await headline(SAMSAT_KALSEL);
    const overlaps = ok(
      await skm.graphql<{ skmOverlappingSurveys: { id: string; periodKind: string; number: number }[] }>(
        OVERLAPS,
        { u: SAMSAT_KALSEL, k: 'HALF_YEAR', y: 2026, n: 1 },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).skmOverlappingSurveys;
    expect(overlaps.map((s) => s.id).sort()).toEqual([surveyId('samsat-63:Q1-2026'), surveyId('samsat-63:Q2-2026')].sort());

    const semester = ok(
      await skm.graphql<{ createSkmSurvey: { id: string } }>(
        CREATE,
        {
          i: {
            title: 'SKM Semester I 2026',
            serviceUnitId: SAMSAT_KALSEL,
            periodKind: 'HALF_YEAR',
            year: 2026,
            number: 1,
            expectedUsers: 3000,
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createSkmSurvey.id;
    const report = ok(
      await skm.graphql<{ importSkmResponses: { status: string; batchId: string } }>(
        IMPORT,
        { id: semester, content: fivePaperRows },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).importSkmResponses;
    expect(report.status).toBe('STORED');
    expect(await headline(SAMSAT_KALSEL)).toEqual(before);

    // After the semester ends (2 July), its five answers still wait for review: PENDING_REVIEW keeps it out.
    skm.clock.set('2026-07-02T03:00:00Z');
    expect((await headline(SAMSAT_KALSEL)).latestIkm?.surveyId).toBe(surveyId('samsat-63:Q1-2026'));
    // Reviewed, five answers are still far short of the sample for 3,000 users.
    ok(await skm.graphql(REVIEW_BATCH, { b: report.batchId }, { caller: CALLERS.admin }));
    expect((await headline(SAMSAT_KALSEL)).latestIkm?.surveyId).toBe(surveyId('samsat-63:Q1-2026'));
    skm.clock.set('2026-05-20T03:00:00Z');
  });

  it("rule: the trend is drawn in the headline's period type only, never mixing semesters and quarters", async () => {
    const page = ok(
      await skm.graphql<{
        skmPublicResults: { latest: { periodKind: string }; trendPeriodKind: string; trend: { edges: { node: { periodKind: string } }[] } };
      }>(PUBLIC, { u: SAMSAT_KALSEL }),
    ).skmPublicResults;
    expect(page.trendPeriodKind).toBe('QUARTER');
    expect(page.trend.edges.length).toBeGreaterThanOrEqual(4);
    expect(page.trend.edges.every((e) => e.node.periodKind === 'QUARTER')).toBe(true);
  });

  it('says why there is none: only a running year (PERIOD_RUNNING), no answers at all (NO_ANSWERS)', async () => {
    const aceh = await headline(unitId('samsat-11'));
    expect(aceh).toMatchObject({ latestIkm: null, latestIkmGap: 'PERIOD_RUNNING' });
    const none = await headline(stableId('unit', 'never-surveyed'));
    expect(none).toMatchObject({ latestIkm: null, latestIkmGap: 'NO_ANSWERS' });
  });

  it('says why there is none: a completed period without expected users (POPULATION_UNKNOWN), too few answers (SAMPLE_TOO_SMALL)', async () => {
    const unit = unitId('dpmptsp-11');
    const survey = ok(
      await skm.graphql<{ createSkmSurvey: { id: string } }>(
        CREATE,
        { i: { title: 'SKM 2025', serviceUnitId: unit, periodKind: 'YEAR', year: 2025, number: 1 } },
        { caller: CALLERS.admin },
      ),
    ).createSkmSurvey.id;
    const csv = Buffer.from(
      ['U1,U2,U3,U4,U5,U6,U7,U8,U9,answered_on', ...Array.from({ length: 5 }, () => '3,3,3,3,3,3,3,3,3,2025-11-04')].join('\n'),
    ).toString('base64');
    const report = ok(
      await skm.graphql<{ importSkmResponses: { batchId: string } }>(IMPORT, { id: survey, content: csv }, { caller: CALLERS.admin }),
    ).importSkmResponses;
    expect(await headline(unit)).toMatchObject({ latestIkm: null, latestIkmGap: 'PENDING_REVIEW' });
    ok(await skm.graphql(REVIEW_BATCH, { b: report.batchId }, { caller: CALLERS.admin }));
    expect(await headline(unit)).toMatchObject({ latestIkm: null, latestIkmGap: 'POPULATION_UNKNOWN' });
    ok(
      await skm.graphql(
        `mutation($i: UpdateSkmSurveyInput!) { updateSkmSurvey(input: $i) { id } }`,
        { i: { id: survey, expectedUsers: 4000 } },
        { caller: CALLERS.admin },
      ),
    );
    expect(await headline(unit)).toMatchObject({ latestIkm: null, latestIkmGap: 'SAMPLE_TOO_SMALL' });
  });
});
