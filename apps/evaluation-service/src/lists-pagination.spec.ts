import type { Identity } from '@simpul/contracts';
import { cycleId as demoCycleId } from './seed/demo-data';
import { CALLERS, ok, startEvaluation, type EvaluationHarness } from './test-support/evaluation-test-app';

// Every list that can grow is a cursor connection: pages of `first` (1–100) after an opaque cursor,
// with SQL per page that depends neither on the page size nor on how deep the page is.

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

const LOKUS_PAGE = `query($cycleId: ID!, $first: Int, $after: String) {
  cycleLokus(cycleId: $cycleId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id unitName serviceGroup cycle { year } assignments { evaluatorName } result { rank rankLabel { id } category { code } } } }
  }
}`;

const RESULTS_PAGE = `query($cycleId: ID!, $first: Int, $after: String, $cohort: String) {
  cycleResults(cycleId: $cycleId, first: $first, after: $after, cohort: $cohort) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { unitName rank cohort } }
  }
}`;

const CYCLES_PAGE = `query($first: Int, $after: String) {
  evaluationCycles(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { year } } }
}`;

type LokusNode = { id: string; unitName: string; serviceGroup: string };
type ResultNode = { unitName: string; rank: number; cohort: string };

describe('cursor pagination of the evaluation lists', () => {
  let evaluation: EvaluationHarness;
  const published2022 = demoCycleId('pekppp-2022');

  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  async function walk<T>(
    query: string,
    field: string,
    variables: Record<string, unknown>,
    caller: Identity | undefined,
  ): Promise<{ nodes: T[]; statements: number[]; pages: Page<T>[] }> {
    const nodes: T[] = [];
    const statements: number[] = [];
    const pages: Page<T>[] = [];
    let after: string | null = null;
    do {
      evaluation.queries.reset();
      const data: Record<string, Page<T>> = ok(
        await evaluation.graphql<Record<string, Page<T>>>(query, { ...variables, after }, { caller }),
      );
      statements.push(evaluation.queries.count);
      const page = data[field];
      pages.push(page);
      nodes.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { nodes, statements, pages };
  }

  it('a page of lokus with its nested assignments and results costs the same SQL for 5 rows as for 30', async () => {
    evaluation.queries.reset();
    const small = ok(
      await evaluation.graphql<{ cycleLokus: Page<LokusNode> }>(
        LOKUS_PAGE,
        { cycleId: published2022, first: 5 },
        { caller: CALLERS.admin },
      ),
    ).cycleLokus;
    const smallCount = evaluation.queries.count;
    evaluation.queries.reset();
    const large = ok(
      await evaluation.graphql<{ cycleLokus: Page<LokusNode> }>(
        LOKUS_PAGE,
        { cycleId: published2022, first: 30 },
        { caller: CALLERS.admin },
      ),
    ).cycleLokus;
    expect(small.edges).toHaveLength(5);
    expect(large.edges).toHaveLength(30);
    expect(evaluation.queries.count).toBe(smallCount);
  });

  it('walking the 34 lokus of 2022 ten at a time visits each once, in the order of one whole page, at a constant cost per page', async () => {
    const { nodes, statements, pages } = await walk<LokusNode>(
      LOKUS_PAGE,
      'cycleLokus',
      { cycleId: published2022, first: 10 },
      CALLERS.admin,
    );
    expect(pages.map((page) => page.edges.length)).toEqual([10, 10, 10, 4]);
    expect(pages.every((page) => page.totalCount === 34)).toBe(true);
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true, true]);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(34);
    expect(new Set(statements).size).toBe(1);
    const whole = ok(
      await evaluation.graphql<{ cycleLokus: Page<LokusNode> }>(
        LOKUS_PAGE,
        { cycleId: published2022, first: 100 },
        { caller: CALLERS.admin },
      ),
    ).cycleLokus;
    expect(nodes.map((node) => node.id)).toEqual(whole.edges.map((edge) => edge.node.id));
  });

  it('results page by cohort and rank, so page two of the published cohort goes on from rank 11', async () => {
    const { nodes, statements } = await walk<ResultNode>(
      RESULTS_PAGE,
      'cycleResults',
      { cycleId: published2022, first: 10, cohort: 'PROVINCE:SAMSAT' },
      undefined,
    );
    expect(nodes).toHaveLength(34);
    expect(nodes.slice(10, 11)[0].rank).toBeGreaterThanOrEqual(nodes[9].rank);
    expect(nodes.map((node) => node.rank)).toEqual([...nodes.map((node) => node.rank)].sort((a, b) => a - b));
    expect(nodes.find((node) => node.unitName === 'SAMSAT Kalimantan Selatan')?.rank).toBe(20);
    expect(new Set(statements).size).toBe(1);
  });

  it('the public pages through published cycles only, newest year first', async () => {
    const { nodes, pages } = await walk<{ year: number }>(CYCLES_PAGE, 'evaluationCycles', { first: 2 }, undefined);
    expect(nodes.map((node) => node.year)).toEqual([2022, 2020, 2019]);
    expect(pages.map((page) => page.edges.length)).toEqual([2, 1]);
  });

  it('a forged cursor or a page size outside 1–100 is BAD_USER_INPUT naming the argument', async () => {
    const forged = await evaluation.graphql(RESULTS_PAGE, { cycleId: published2022, first: 10, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const wrongShape = await evaluation.graphql(RESULTS_PAGE, {
      cycleId: published2022,
      first: 10,
      after: Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'),
    });
    expect(wrongShape.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await evaluation.graphql(LOKUS_PAGE, { cycleId: published2022, first: 101 }, { caller: CALLERS.admin });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('the admin pages through the evaluators, their conflicts and the workload of the current cycle', async () => {
    const profiles = ok(
      await evaluation.graphql<{ evaluatorProfiles: Page<{ displayName: string }> }>(
        `{ evaluatorProfiles(first: 10) { totalCount edges { node { displayName } } } }`,
        {},
        { caller: CALLERS.admin },
      ),
    ).evaluatorProfiles;
    expect(profiles.totalCount).toBe(profiles.edges.length);
    expect(profiles.totalCount).toBeGreaterThan(0);
    const workload = ok(
      await evaluation.graphql<{ evaluatorWorkload: Page<{ primaryLokus: number }> }>(
        `query($cycleId: ID!) { evaluatorWorkload(cycleId: $cycleId, first: 10) { totalCount edges { node { primaryLokus } } } }`,
        { cycleId: demoCycleId('pekppp-2026') },
        { caller: CALLERS.admin },
      ),
    ).evaluatorWorkload;
    expect(workload.totalCount).toBe(1);
    expect(workload.edges[0].node.primaryLokus).toBe(2);
  });
});
