import { cycleId as demoCycleId } from '../seed/demo-data';
import { CALENDAR_2027, Q } from '../test-support/fixtures';
import { CALLERS, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

const ORIGIN = `query($id: ID!) { evaluationCycle(id: $id) { name origin source } }`;

describe('a cycle says whether it is demo', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('the demo seed cycles are DEMO, in the public list too', async () => {
    const cycle = ok(
      await evaluation.graphql<{ evaluationCycle: unknown }>(ORIGIN, { id: demoCycleId('pekppp-2026') }, { caller: CALLERS.admin }),
    ).evaluationCycle;
    expect(cycle).toEqual({ name: 'PEKPPP 2026', origin: 'DEMO', source: null });
    const listed = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { year: number; origin: string } }[] } }>(
        '{ evaluationCycles { edges { node { year origin } } } }',
      ),
    ).evaluationCycles.edges.map((edge) => edge.node);
    expect(listed).toEqual([
      { year: 2022, origin: 'DEMO' },
      { year: 2020, origin: 'DEMO' },
      { year: 2019, origin: 'DEMO' },
    ]);
  });

  it('a cycle created in the system is real work: OFFICIAL, with no outside source', async () => {
    const input = { year: 2027, name: 'PEKPPP 2027', scheme: 'KHUSUS', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 };
    ok(await evaluation.graphql(Q.createCycle, { input }, { caller: CALLERS.admin }));
    const created = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { name: string; origin: string; source: string | null } }[] } }>(
        '{ evaluationCycles(year: 2027) { edges { node { name origin source } } } }',
        {},
        { caller: CALLERS.admin },
      ),
    ).evaluationCycles.edges.map((edge) => edge.node);
    expect(created).toEqual([{ name: 'PEKPPP 2027', origin: 'OFFICIAL', source: null }]);
  });
});
