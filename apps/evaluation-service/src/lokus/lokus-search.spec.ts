import { cycleId } from '../seed/demo-data';
import { CALLERS, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// The lokus list's search box reads what people type as the registry's lists do
// (listSearchCondition of @simpul/service-kit over evaluation.search_key): case, accents, abbreviations.

const LOKUS = `query($cycleId: ID!, $search: String) { cycleLokus(cycleId: $cycleId, first: 100, filter: { search: $search }) { edges { node { unitName } } } }`;

describe('searching a cycle’s lokus as people type (real PostgreSQL)', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  }, 120_000);
  afterAll(() => evaluation?.close());

  const names = async (search: string) =>
    ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { unitName: string } }[] } }>(
        LOKUS,
        { cycleId: cycleId('pekppp-2026'), search },
        { caller: CALLERS.admin },
      ),
    ).cycleLokus.edges.map((edge) => edge.node.unitName);

  it('"samsat kalsel" finds SAMSAT Kalimantan Selatan, in any case and with accents', async () => {
    expect(await names('samsat kalsel')).toEqual(['SAMSAT Kalimantan Selatan']);
    expect(await names('SÁMSAT Kalimantan Selatan')).toEqual(['SAMSAT Kalimantan Selatan']);
  });

  it('every word must match; text without a letter or digit is no filter', async () => {
    const all = await names('');
    expect(all.length).toBeGreaterThan(1);
    expect(await names('%')).toEqual(all);
    expect(await names('samsat kalsel paspor')).toEqual([]);
  });
});
