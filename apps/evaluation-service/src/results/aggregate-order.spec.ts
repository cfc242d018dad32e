import { cycleId } from '../seed/demo-data';
import { ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// A cycle's instansi figures in the order a person sorts the table by, paged through GraphQL on
// PostgreSQL: the seeded 2022 cycle has one Samsat per province, so one instansi (the province) each.

const INSTANSI = `query($cycleId: ID!, $order: AggregateOrder, $first: Int, $after: String) {
  cycleAggregates(cycleId: $cycleId) {
    instansi(order: $order, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { group name count value } } }
  }
}`;
interface Figure {
  group: string;
  name: string | null;
  count: number;
  value: number | null;
}
interface InstansiPage {
  cycleAggregates: {
    instansi: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Figure }[] };
  };
}

describe("a cycle's instansi aggregates, ordered", () => {
  let evaluation: EvaluationHarness;
  /** Every figure, read ten at a time in `order`. */
  async function all(order: string | null): Promise<Figure[]> {
    const figures: Figure[] = [];
    let after: string | null = null;
    for (;;) {
      const page: InstansiPage['cycleAggregates']['instansi'] = ok(
        await evaluation.graphql<InstansiPage>(INSTANSI, { cycleId: cycleId('pekppp-2022'), order, first: 10, after }),
      ).cycleAggregates.instansi;
      figures.push(...page.edges.map(({ node }) => node));
      if (!page.pageInfo.hasNextPage) return figures;
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('by mean IPP, highest first, across pages: every instansi once', async () => {
    const figures = await all('VALUE_DESC');
    expect(figures.length).toBeGreaterThan(30);
    expect(new Set(figures.map((figure) => figure.group)).size).toBe(figures.length);
    const values = figures.map((figure) => figure.value as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(4.78);
  });

  it('lowest first is the same list turned round where values differ', async () => {
    const ascending = (await all('VALUE_ASC')).map((figure) => figure.value);
    const descending = (await all('VALUE_DESC')).map((figure) => figure.value);
    expect(ascending).toEqual([...descending].reverse());
  });

  it('without an order, and by name, the list is alphabetical (Indonesian collation); NAME_DESC turns it round', async () => {
    const names = (await all(null)).map((figure) => figure.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect((await all('NAME_ASC')).map((figure) => figure.name)).toEqual(names);
    expect((await all('NAME_DESC')).map((figure) => figure.name)).toEqual([...names].reverse());
  });
});
