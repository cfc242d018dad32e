import { DataSource } from 'typeorm';
import { getInstrument } from '@simpul/scoring';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { CALENDAR_2027, Q } from '../test-support/fixtures';
import { CALLERS, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// The target: recompute results and rankings of a 5,000-lokus cycle in ≤ 5 s. The time is
// logged on every run and asserted with SIMPUL_PERF=1 (a shared, loaded machine makes wall time
// noise); what always holds is the set-based shape: a constant number of SQL statements.
const ASSERT_TIME = process.env.SIMPUL_PERF === '1';
const LOKUS = 5000;
const RECOMPUTE = `mutation($cycleId: ID!) { recomputeCycleResults(cycleId: $cycleId) { computed skipped { lokusId field } cohorts durationMs loadMs computeMs writeMs } }`;
const SURVEYED = 1000;
const COHORT_PAGE = `query($cycleId: ID!, $after: String) {
  cohortRanking(cycleId: $cycleId, cohort: "REGENCY:DPMPTSP", first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { rank cohortSize index unitName } } }
}`;
interface CohortPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { rank: number; cohortSize: number; index: number; unitName: string } }[];
}
const codes = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));

describe('recomputing a 5,000-lokus cycle', () => {
  let evaluation: EvaluationHarness;
  let cycleId: string;

  beforeAll(async () => {
    evaluation = await startEvaluation(new Date('2027-01-10T00:00:00Z'));
    cycleId = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        {
          input: { year: 2027, name: 'Beban 5.000 lokus', scheme: 'MANDIRI', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 },
        },
        { caller: CALLERS.admin },
      ),
    ).createEvaluationCycle.id;
    const dataSource = new DataSource(evaluationDataSourceOptions(evaluation.database.url));
    await dataSource.initialize();
    try {
      // 5,000 kab/kota units of 4 kinds in 38 provinces; every F-02 level 0–5 from a hash; 1,000 lokus with 12 survey respondents.
      await dataSource.query(
        `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, province_code, government_level, cohort, instrument_id, added_at)
         SELECT gen_random_uuid(), $1, gen_random_uuid(), 'Unit ' || i, k.kind, 'ADMINISTRASI', gen_random_uuid(), lpad((11 + i % 38)::text, 2, '0'), 'REGENCY', 'REGENCY:' || k.kind, 'pekppp-2024-a', now()
         FROM generate_series(1, $2) AS i CROSS JOIN LATERAL (SELECT (ARRAY['DPMPTSP', 'DISDUKCAPIL', 'RSUD', 'KECAMATAN'])[1 + i % 4] AS kind) k`,
        [cycleId, LOKUS],
      );
      await dataSource.query(
        `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, updated_at)
         SELECT l.id, c.code, 2 + abs(hashtext(l.id::text || c.code)) % 4, 1, now() FROM evaluation.lokus l CROSS JOIN unnest($2::text[]) AS c(code) WHERE l.cycle_id = $1`,
        [cycleId, codes],
      );
      await dataSource.query(
        `INSERT INTO evaluation.survey_responses (id, lokus_id, answers, submitted_at)
         SELECT gen_random_uuid(), l.id, ARRAY(SELECT (1 + abs(hashtext(l.id::text || r || j)) % 5)::smallint FROM generate_series(1, 14) AS j), now()
         FROM (SELECT id FROM evaluation.lokus WHERE cycle_id = $1 ORDER BY id LIMIT $2) l CROSS JOIN generate_series(1, 12) AS r`,
        [cycleId, SURVEYED],
      );
      await dataSource.query('ANALYZE');
    } finally {
      await dataSource.destroy();
    }
    evaluation.clock.set('2027-05-20T00:00:00Z');
  }, 120000);
  afterAll(() => evaluation?.close());

  it('computes and ranks every lokus in one transaction within the 5 s target', async () => {
    evaluation.queries.reset();
    const started = performance.now();
    const report = ok(
      await evaluation.graphql<{
        recomputeCycleResults: {
          computed: number;
          skipped: unknown[];
          cohorts: number;
          durationMs: number;
          loadMs: number;
          computeMs: number;
          writeMs: number;
        };
      }>(RECOMPUTE, { cycleId }, { caller: CALLERS.admin }),
    ).recomputeCycleResults;
    const wall = performance.now() - started;
    console.log(
      `recompute of ${LOKUS} lokus: ${report.durationMs} ms in the service (load ${report.loadMs}, compute ${report.computeMs}, write ${report.writeMs}), ${Math.round(wall)} ms over HTTP`,
    );
    expect(report).toMatchObject({ computed: LOKUS, skipped: [], cohorts: 4 });
    // Cycle, lock, one SELECT of all inputs, DELETE, five 1,000-row INSERTs, transaction bookkeeping.
    expect(evaluation.queries.count).toBeLessThanOrEqual(15);
    if (ASSERT_TIME) expect(wall).toBeLessThan(5000);
  });

  it('the 1,250-row cohort ranking pages by cursor with the same SQL for the first and the last page', async () => {
    const dpmptsp: { rank: number; cohortSize: number; index: number; unitName: string }[] = [];
    const statementsPerPage: number[] = [];
    let after: string | null = null;
    do {
      evaluation.queries.reset();
      const page: CohortPage = ok(
        await evaluation.graphql<{ cohortRanking: CohortPage }>(COHORT_PAGE, { cycleId, after }, { caller: CALLERS.admin }),
      ).cohortRanking;
      statementsPerPage.push(evaluation.queries.count);
      expect(page.totalCount).toBe(1250);
      dpmptsp.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(statementsPerPage).toHaveLength(13);
    // Cycle, one page, one count: the 13th page costs what the first does.
    expect(new Set(statementsPerPage)).toEqual(new Set([3]));
    expect(dpmptsp).toHaveLength(1250);
    expect(new Set(dpmptsp.map((row) => row.unitName)).size).toBe(1250);
    expect(dpmptsp.every((row) => row.cohortSize === 1250)).toBe(true);
    expect(dpmptsp[0].rank).toBe(1);
    for (let i = 1; i < dpmptsp.length; i += 1) {
      expect(dpmptsp[i].index).toBeLessThanOrEqual(dpmptsp[i - 1].index);
      expect(dpmptsp[i].rank).toBeGreaterThanOrEqual(dpmptsp[i - 1].rank);
    }
  });

  it('a second recompute replaces the results instead of adding to them', async () => {
    ok(await evaluation.graphql(Q.recompute, { cycleId }, { caller: CALLERS.admin }));
    const page = ok(
      await evaluation.graphql<{ cycleResults: { totalCount: number } }>(Q.results, { cycleId }, { caller: CALLERS.admin }),
    ).cycleResults;
    expect(page.totalCount).toBe(LOKUS);
  });
});
