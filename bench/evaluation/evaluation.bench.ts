// PEKPPP at national scale: recompute results and rankings of a 5,000-lokus cycle (target ≤ 5 s),
// and the cohort-ranking query at 20 concurrent clients (target p95 ≤ 50 ms), through the gateway
// and directly against the evaluation subgraph.
import { randomUUID } from 'node:crypto';
import { getInstrument } from '@simpul/scoring';
import { issueInternalToken } from '@simpul/service-kit';
import { build, runCommand, startApp, startPostgres, stopAll } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const LOKUS = 5000;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const admin = {
  userId: randomUUID(),
  email: 'admin@simpul.test',
  displayName: 'Bench admin',
  role: 'NATIONAL_ADMIN' as const,
  serviceUnitId: null,
  mallId: null,
};
const DAY = 86_400_000;

async function call<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-simpul-internal': issueInternalToken(admin, INTERNAL_SECRET, 'bench') },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

/** Phase windows that put "now" in VERIFICATION, when results are recomputed. */
function calendarAroundNow() {
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  return [
    { phase: 'PREPARATION', startsAt: at(-120), endsAt: at(-100) },
    { phase: 'F01_FILLING', startsAt: at(-99), endsAt: at(-60) },
    { phase: 'F03_SURVEY', startsAt: at(-99), endsAt: at(-50) },
    { phase: 'EVALUATOR_SCORING', startsAt: at(-49), endsAt: at(-10) },
    { phase: 'VERIFICATION', startsAt: at(-9), endsAt: at(9) },
    { phase: 'APPEAL', startsAt: at(10), endsAt: at(20) },
    { phase: 'FINALISATION', startsAt: at(21), endsAt: at(30) },
    { phase: 'PUBLISHED', startsAt: at(31), endsAt: at(400) },
  ];
}

async function main() {
  console.log('evaluation: building, starting PostgreSQL, migrating and seeding…');
  build(['evaluation-service', 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET };
    runCommand('evaluation-service', 'migrate', env);
    runCommand('evaluation-service', 'seed', env);
    const evaluation = await startApp('evaluation-service', env);
    const gateway = await startApp('gateway', { ...env, EVALUATION_URL: evaluation.url }, { anyStatus: true });
    const { createEvaluationCycle } = await call<{ createEvaluationCycle: { id: string } }>(
      evaluation.url,
      'mutation($input: CreateCycleInput!) { createEvaluationCycle(input: $input) { id } }',
      {
        input: { year: 2027, name: 'Bench 5.000 lokus', scheme: 'MANDIRI', instrumentIds: ['pekppp-2024-a'], phases: calendarAroundNow() },
      },
    );
    const cycleId = createEvaluationCycle.id;
    // Inputs straight into the tables: 5,000 kab/kota units of 4 kinds, every F-02 level from a
    // hash, 1,000 lokus with 12 survey respondents. Loading inputs is not what is measured.
    const codes = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
    await db.client.query(
      `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, province_code, government_level, cohort, instrument_id, added_at)
       SELECT gen_random_uuid(), $1, gen_random_uuid(), 'Unit ' || i, k.kind, 'ADMINISTRASI', gen_random_uuid(), lpad((11 + i % 38)::text, 2, '0'), 'REGENCY', 'REGENCY:' || k.kind, 'pekppp-2024-a', now()
       FROM generate_series(1, $2) AS i CROSS JOIN LATERAL (SELECT (ARRAY['DPMPTSP', 'DISDUKCAPIL', 'RSUD', 'KECAMATAN'])[1 + i % 4] AS kind) k`,
      [cycleId, LOKUS],
    );
    await db.client.query(
      `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, updated_at)
       SELECT l.id, c.code, 2 + abs(hashtext(l.id::text || c.code)) % 4, 1, now() FROM evaluation.lokus l CROSS JOIN unnest($2::text[]) AS c(code) WHERE l.cycle_id = $1`,
      [cycleId, codes],
    );
    await db.client.query(
      `INSERT INTO evaluation.survey_responses (id, lokus_id, answers, submitted_at)
       SELECT gen_random_uuid(), l.id, ARRAY(SELECT (1 + abs(hashtext(l.id::text || r || j)) % 5)::smallint FROM generate_series(1, 14) AS j), now()
       FROM (SELECT id FROM evaluation.lokus WHERE cycle_id = $1 ORDER BY id LIMIT 1000) l CROSS JOIN generate_series(1, 12) AS r`,
      [cycleId],
    );
    await db.client.query('ANALYZE');

    console.log(`\nRecompute of a ${LOKUS}-lokus cycle (target ≤ 5 s)`);
    for (const attempt of [1, 2, 3]) {
      const started = performance.now();
      const { recomputeCycleResults: report } = await call<{
        recomputeCycleResults: { computed: number; cohorts: number; loadMs: number; computeMs: number; writeMs: number };
      }>(
        evaluation.url,
        'mutation($cycleId: ID!) { recomputeCycleResults(cycleId: $cycleId) { computed cohorts loadMs computeMs writeMs } }',
        { cycleId },
      );
      const wall = performance.now() - started;
      console.log(
        `  run ${attempt}: ${report.computed} lokus, ${report.cohorts} cohorts in ${wall.toFixed(0)} ms (load ${report.loadMs}, compute ${report.computeMs}, write ${report.writeMs}) ${wall <= 5000 ? 'PASS' : 'MISS'}`,
      );
    }

    const { evaluationCycles } = await call<{ evaluationCycles: { edges: { node: { id: string } }[] } }>(
      evaluation.url,
      'query { evaluationCycles(year: 2022) { edges { node { id } } } }',
      {},
    );
    const published = evaluationCycles.edges[0].node.id;
    // One page of the ranking (cohortRanking is a cursor connection, at most 100 rows a page).
    const rankingQuery =
      'query($cycleId: ID!, $cohort: String!, $first: Int, $after: String) { cohortRanking(cycleId: $cycleId, cohort: $cohort, first: $first, after: $after) { totalCount pageInfo { endCursor } edges { node { rank cohortSize index category { code } } } } }';
    const ranking = (cohort: string, cycle: string, first: number, after: string | null = null, query = rankingQuery) =>
      JSON.stringify({ query, variables: { cycleId: cycle, cohort, first, after } });
    // The same page with each rank's range (docs/rank-ranges.md): the whole cohort's ranges, one more statement a page.
    const rangesQuery = rankingQuery.replace(
      'category { code }',
      'category { code } rankRange { best worst } rankIsUncertain indexMargin sampleBelowMinimum',
    );
    // A cursor deep in the 1,250-row cohort: a keyset page costs the same at row 1,101 as at row 1.
    let deepCursor: string | null = null;
    for (let page = 0; page < 11; page += 1) {
      const data: { cohortRanking: { pageInfo: { endCursor: string | null } } } = await call(evaluation.url, rankingQuery, {
        cycleId,
        cohort: 'REGENCY:DPMPTSP',
        first: 100,
        after: deepCursor,
      });
      deepCursor = data.cohortRanking.pageInfo.endCursor;
    }
    console.log(`\nCohort ranking, 20 concurrent clients, ${DURATION_MS / 1000} s each (target p95 ≤ 50 ms)`);
    const widths = [64, 8, 9, 9, 9, 7];
    console.log(formatRow(['query', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], widths));
    const cases = [
      ['2022 provincial Samsat (34), public, gateway', gateway.url, ranking('PROVINCE:SAMSAT', published, 50), () => ({})],
      [
        '2022 provincial Samsat (34), public, subgraph',
        evaluation.url,
        ranking('PROVINCE:SAMSAT', published, 50),
        () => ({ 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') }),
      ],
      [
        'DPMPTSP (1,250) page 1 of 100, admin, subgraph',
        evaluation.url,
        ranking('REGENCY:DPMPTSP', cycleId, 100),
        () => ({ 'x-simpul-internal': issueInternalToken(admin, INTERNAL_SECRET, 'bench') }),
      ],
      [
        '2022 provincial Samsat (34) with rank ranges, public, subgraph',
        evaluation.url,
        ranking('PROVINCE:SAMSAT', published, 50, null, rangesQuery),
        () => ({ 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') }),
      ],
      [
        'DPMPTSP (1,250) page 1 of 100 with rank ranges, admin, subgraph',
        evaluation.url,
        ranking('REGENCY:DPMPTSP', cycleId, 100, null, rangesQuery),
        () => ({ 'x-simpul-internal': issueInternalToken(admin, INTERNAL_SECRET, 'bench') }),
      ],
      [
        'DPMPTSP (1,250) page 12 of 100, admin, subgraph',
        evaluation.url,
        ranking('REGENCY:DPMPTSP', cycleId, 100, deepCursor),
        () => ({ 'x-simpul-internal': issueInternalToken(admin, INTERNAL_SECRET, 'bench') }),
      ],
    ] as const;
    for (const [name, url, body, headers] of cases) {
      const result = await runLoad({ url, body, headers: headers(), concurrency: 20, durationMs: DURATION_MS });
      console.log(
        formatRow(
          [name, result.rps.toFixed(0), result.p50.toFixed(1), result.p95.toFixed(1), result.p99.toFixed(1), result.errors],
          widths,
        ),
      );
    }
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
