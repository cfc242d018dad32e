import { CacheInvalidation } from '@simpul/service-kit';
import { cycleId } from '../seed/demo-data';
import { CALLERS, ok, SEED_TIME, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';
import { scoreBehindFigures } from '../test-support/scored-past-cycle';
import { RANKING_TOPIC } from './ranking-cache';

const RANKING = `query($cycleId: ID!) { cohortRanking(cycleId: $cycleId, cohort: "PROVINCE:SAMSAT", first: 100) {
  edges { node { id lokusId version index rank } } } }`;
const CORRECT = `mutation($input: CorrectResultInput!) { correctResult(input: $input) { id version index } }`;

interface Row {
  id: string;
  lokusId: string;
  version: number;
  index: number;
  rank: number;
}

// Two replicas on one database. Each keeps published rankings in memory; a correction committed on
// one is announced through PostgreSQL (LISTEN/NOTIFY), so the other serves the corrected ranking as
// soon as it hears it, not after its cache's 30 s.
describe('a correction to a published ranking is visible on every replica', () => {
  const published2022 = cycleId('pekppp-2022');
  let a: EvaluationHarness;
  let b: EvaluationHarness;
  beforeAll(async () => {
    a = await startEvaluation();
    // The seeded 2022 holds published figures only; a correction needs scores behind them.
    await scoreBehindFigures(a, published2022, 'pekppp-2022-a');
    b = await startEvaluation(SEED_TIME, { database: a.database });
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const ranking = async (replica: EvaluationHarness) =>
    ok(await replica.graphql<{ cohortRanking: { edges: { node: Row }[] } }>(RANKING, { cycleId: published2022 })).cohortRanking.edges.map(
      (edge) => edge.node,
    );

  it('replica A serves the ranking from memory, then the ranking as corrected on replica B', async () => {
    const before = await ranking(a);
    a.queries.reset();
    expect(await ranking(a)).toEqual(before);
    // Served from A's memory: not one statement.
    expect(a.queries.count).toBe(0);

    const bus = a.app.get(CacheInvalidation, { strict: false });
    const heard = new Promise<string | null>((resolve) => {
      const off = bus.subscribe(RANKING_TOPIC, (key) => {
        off();
        resolve(key);
      });
    });
    const target = before[before.length - 1];
    const corrected = ok(
      await b.graphql<{ correctResult: { id: string; version: number; index: number } }>(
        CORRECT,
        {
          input: {
            lokusId: target.lokusId,
            reason: 'Nilai indikator toilet salah input.',
            scores: [{ indicatorCode: '17.c.As', level: 5 }],
          },
        },
        { caller: CALLERS.admin },
      ),
    ).correctResult;
    expect(await heard).toBe(published2022);

    const after = await ranking(a);
    const row = after.find((candidate) => candidate.lokusId === target.lokusId);
    expect(row).toMatchObject({ id: corrected.id, version: target.version + 1, index: corrected.index });
    expect(after.map((candidate) => candidate.id)).not.toContain(target.id);
  });
});
