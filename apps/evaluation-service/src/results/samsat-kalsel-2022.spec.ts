import { CALLERS, ok, SAMSAT_KALSEL, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

const UNIT_RESULTS = `query Units($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on ServiceUnit { id ippResults { year index category { code label } rank cohortSize cohort published } } }
}`;

const COHORT = `query Cohort($cycleId: ID!) {
  cohortRanking(cycleId: $cycleId, cohort: "PROVINCE:SAMSAT", first: 50) { totalCount edges { node { unitName index rank cohortSize rankLabel { id en } category { code label }
    basis evaluatorIndex source explanation { formula text { id en } steps { id value exact inputs { name value weight } } } } } }
}`;

interface RankingRow {
  unitName: string;
  index: number;
  rank: number;
  cohortSize: number;
  rankLabel: { id: string; en: string };
  basis: string;
  evaluatorIndex: number | null;
  source: string | null;
  explanation: { steps: { id: string; value: number }[]; text: { en: string } } | null;
}

describe('the published 2022 result of Samsat Kalimantan Selatan', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('is 4.02, A- (Sangat Baik), rank 20 of 34 among provincial Samsat, for the public through ServiceUnit.ippResults', async () => {
    const data = ok(
      await evaluation.graphql<{
        _entities: {
          id: string;
          ippResults: {
            year: number;
            index: number;
            category: { code: string; label: string };
            rank: number | null;
            cohortSize: number | null;
            cohort: string;
            published: boolean;
          }[];
        }[];
      }>(UNIT_RESULTS, { representations: [{ __typename: 'ServiceUnit', id: SAMSAT_KALSEL }] }),
    );
    const results = data._entities[0].ippResults;
    expect(results).toEqual([
      {
        year: 2022,
        index: 4.02,
        category: { code: 'A-', label: 'Sangat Baik' },
        rank: 20,
        cohortSize: 34,
        cohort: 'PROVINCE:SAMSAT',
        published: true,
      },
    ]);
  });

  it('is a published figure only: no F-02 index and no working invented behind it, and its source beside it', async () => {
    const cycles = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { id: string; year: number } }[] } }>(
        '{ evaluationCycles(year: 2022) { edges { node { id year } } } }',
      ),
    );
    const page = ok(
      await evaluation.graphql<{ cohortRanking: { totalCount: number; edges: { node: RankingRow }[] } }>(COHORT, {
        cycleId: cycles.evaluationCycles.edges[0].node.id,
      }),
    ).cohortRanking;
    const ranking = page.edges.map((edge) => edge.node);
    expect(page.totalCount).toBe(34);
    expect(ranking).toHaveLength(34);
    const kalsel = ranking.find((row) => row.unitName === 'SAMSAT Kalimantan Selatan');
    expect(kalsel).toMatchObject({ index: 4.02, rank: 20, cohortSize: 34, rankLabel: { id: 'peringkat 20 dari 34', en: 'rank 20 of 34' } });
    expect(kalsel).toMatchObject({ basis: 'PUBLISHED_AGGREGATE', evaluatorIndex: null, explanation: null });
    expect(kalsel?.source).toContain('Keputusan Menteri PANRB Nomor 1035 Tahun 2022');
    expect(ranking.every((row) => row.basis === 'PUBLISHED_AGGREGATE' && row.explanation === null)).toBe(true);
    expect(ranking.filter((row) => row.index > 4.02)).toHaveLength(19);
    expect(ranking.map((row) => row.rank)).toEqual([...ranking.map((row) => row.rank)].sort((a, b) => a - b));
  });

  it('Kalimantan Tengah keeps its 2019 and 2020 figures, without a rank', async () => {
    const data = ok(
      await evaluation.graphql<{ _entities: { ippResults: { year: number; index: number; rank: number | null }[] }[] }>(UNIT_RESULTS, {
        representations: [
          { __typename: 'ServiceUnit', id: '00000000-0000-0000-0000-000000000000' },
          { __typename: 'ServiceUnit', id: CALLERS.deskDpmptspKalteng.serviceUnitId },
        ],
      }),
    );
    expect(data._entities[0].ippResults).toEqual([]);
    expect(data._entities[1].ippResults.map((row) => [row.year, row.index, row.rank])).toEqual([
      [2019, 3.23, null],
      [2020, 3.14, null],
    ]);
  });

  it('the national trend has the published 2017–2021 figures, and no 2022 point: that cycle is demo data, its mean is not an official figure', async () => {
    const data = ok(
      await evaluation.graphql<{ nationalIppTrend: { year: number; value: number; basis: string; change: number | null }[] }>(
        '{ nationalIppTrend { year value basis change } }',
      ),
    );
    expect(data.nationalIppTrend.slice(0, 5)).toEqual([
      { year: 2017, value: 3.28, basis: 'PUBLISHED_FIGURE', change: null },
      { year: 2018, value: 3.38, basis: 'PUBLISHED_FIGURE', change: 0.1 },
      { year: 2019, value: 3.63, basis: 'PUBLISHED_FIGURE', change: 0.25 },
      { year: 2020, value: 3.84, basis: 'PUBLISHED_FIGURE', change: 0.21 },
      { year: 2021, value: 3.79, basis: 'PUBLISHED_FIGURE', change: -0.05 },
    ]);
    expect(data.nationalIppTrend).toHaveLength(5);
  });

  it('the public cohort ranking is served from cache to 20 concurrent clients (latency logged; asserted with SIMPUL_PERF=1)', async () => {
    const cycles = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { id: string } }[] } }>(
        '{ evaluationCycles(year: 2022) { edges { node { id } } } }',
      ),
    );
    const query = `query($cycleId: ID!) { cohortRanking(cycleId: $cycleId, cohort: "PROVINCE:SAMSAT", first: 50) { edges { node { unitName index rank cohortSize category { code label } } } } }`;
    const variables = { cycleId: cycles.evaluationCycles.edges[0].node.id };
    ok(await evaluation.graphql(query, variables));
    evaluation.queries.reset();
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let i = 0; i < 10; i += 1) {
          const started = performance.now();
          ok(await evaluation.graphql(query, variables));
          latencies.push(performance.now() - started);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)];
    console.log(`cohortRanking (34 rows), 20 clients × 10 requests: p50 ${Math.round(latencies[100])} ms, p95 ${Math.round(p95)} ms`);
    expect(latencies).toHaveLength(200);
    // A published cohort is served from the replica's cache: no SQL at all after the first request.
    expect(evaluation.queries.count).toBe(0);
    if (process.env.SIMPUL_PERF === '1') expect(p95).toBeLessThan(50);
  });
});
