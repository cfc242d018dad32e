import { DataSource } from 'typeorm';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { cycleId, lokusId, userId } from '../seed/demo-data';
import { CALLERS, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// The list of a cycle's appeals through GraphQL on PostgreSQL: the admin sees every appeal, an
// evaluator those of the lokus assigned to them, a desk none (its appeals are on its lokus page).

const CYCLE_APPEALS = `query($cycleId: ID!, $status: AppealStatus, $first: Int, $after: String) {
  cycleAppeals(cycleId: $cycleId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { lokusId unitName indicatorCode status } }
  }
}`;
interface AppealPage {
  cycleAppeals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { lokusId: string; unitName: string; indicatorCode: string; status: string } }[];
  };
}

const CYCLE = cycleId('pekppp-2022');
const KALSEL = lokusId('pekppp-2022', 'samsat-63');
const KALTENG = lokusId('pekppp-2022', 'samsat-62');

describe("a cycle's appeals", () => {
  let evaluation: EvaluationHarness;
  const list = async (caller: (typeof CALLERS)[keyof typeof CALLERS], variables: Record<string, unknown> = {}) =>
    evaluation.graphql<AppealPage>(CYCLE_APPEALS, { cycleId: CYCLE, ...variables }, { caller });

  beforeAll(async () => {
    evaluation = await startEvaluation();
    const dataSource = new DataSource(evaluationDataSourceOptions(evaluation.database.url));
    await dataSource.initialize();
    try {
      // Two appeals on Kalimantan Selatan (one decided), one on Kalimantan Tengah; the demo evaluator is Kalsel's only.
      await dataSource.query(
        `INSERT INTO evaluation.appeals (id, lokus_id, indicator_code, disputed_level, reason, filed_by, filed_at, status, decision_reason, decided_at)
         VALUES (gen_random_uuid(), $1, '1.a.Ak', 3, 'SP sudah ditetapkan.', $3, '2022-06-02T03:00:00Z', 'REJECTED', 'Belum ada bukti.', '2022-06-05T03:00:00Z'),
                (gen_random_uuid(), $1, '2.a.P', 2, 'Maklumat sudah dipasang.', $3, '2022-06-03T03:00:00Z', 'OPEN', NULL, NULL),
                (gen_random_uuid(), $2, '2.a.P', 2, 'Maklumat sudah dipasang.', $3, '2022-06-04T03:00:00Z', 'OPEN', NULL, NULL)`,
        [KALSEL, KALTENG, userId('desk.samsat-kalsel@simpul.test')],
      );
      await dataSource.query(
        `INSERT INTO evaluation.assignments (lokus_id, evaluator_id, role, assigned_at) VALUES ($1, $2, 'PRIMARY', '2022-04-01T00:00:00Z')`,
        [KALSEL, userId('evaluator@simpul.test')],
      );
    } finally {
      await dataSource.destroy();
    }
  });
  afterAll(() => evaluation?.close());

  it('the admin sees every appeal of the cycle, newest first, each with its unit name', async () => {
    const page = ok(await list(CALLERS.admin)).cycleAppeals;
    expect(page.totalCount).toBe(3);
    expect(page.edges.map(({ node }) => [node.lokusId, node.indicatorCode, node.status])).toEqual([
      [KALTENG, '2.a.P', 'OPEN'],
      [KALSEL, '2.a.P', 'OPEN'],
      [KALSEL, '1.a.Ak', 'REJECTED'],
    ]);
    expect(page.edges[0].node.unitName).toMatch(/^SAMSAT .*Kalimantan Tengah/);
  });

  it('filtered by status, the list holds only that status, page by page', async () => {
    const first = ok(await list(CALLERS.admin, { status: 'OPEN', first: 1 })).cycleAppeals;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = ok(await list(CALLERS.admin, { status: 'OPEN', first: 1, after: first.pageInfo.endCursor })).cycleAppeals;
    expect([...first.edges, ...second.edges].map(({ node }) => node.lokusId)).toEqual([KALTENG, KALSEL]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(ok(await list(CALLERS.admin, { status: 'RESCORED' })).cycleAppeals.totalCount).toBe(0);
  });

  it('an evaluator sees the appeals of the lokus assigned to them, and no other', async () => {
    const own = ok(await list(CALLERS.evaluator)).cycleAppeals;
    expect(own.totalCount).toBe(2);
    expect(own.edges.every(({ node }) => node.lokusId === KALSEL)).toBe(true);
    expect(ok(await list(CALLERS.otherEvaluator)).cycleAppeals).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('a desk and the public are refused', async () => {
    expect(errorCode(await list(CALLERS.deskSamsatKalsel))).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(CYCLE_APPEALS, { cycleId: CYCLE }))).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
