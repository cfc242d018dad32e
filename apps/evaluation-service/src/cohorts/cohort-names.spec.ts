import { cycleId, lokusId } from '../seed/demo-data';
import { CALLERS, ok, SAMSAT_KALSEL, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// Results, rankings, report cards and unit histories name a cohort in words next to its code.

const NAMED = { cohort: 'PROVINCE:SAMSAT', cohortLabel: 'Samsat tingkat provinsi', cohortLabelEn: 'Provincial Samsat' };

describe('cohort names in the schema', () => {
  let evaluation: EvaluationHarness;
  const published2022 = cycleId('pekppp-2022');
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('the cohort filter of a published cycle lists each cohort with its name in both languages, for the public', async () => {
    const data = ok(
      await evaluation.graphql<{ cycleCohorts: { code: string; label: string; labelEn: string }[] }>(
        'query($cycleId: ID!) { cycleCohorts(cycleId: $cycleId) { code label labelEn } }',
        { cycleId: published2022 },
      ),
    );
    expect(data.cycleCohorts).toEqual([{ code: 'PROVINCE:SAMSAT', label: 'Samsat tingkat provinsi', labelEn: 'Provincial Samsat' }]);
  });

  it('a ranking row, the unit history and the lokus carry the name next to the code', async () => {
    const ranking = ok(
      await evaluation.graphql<{ cohortRanking: { edges: { node: typeof NAMED }[] } }>(
        'query($cycleId: ID!) { cohortRanking(cycleId: $cycleId, cohort: "PROVINCE:SAMSAT", first: 1) { edges { node { cohort cohortLabel cohortLabelEn } } } }',
        { cycleId: published2022 },
      ),
    );
    expect(ranking.cohortRanking.edges[0].node).toEqual(NAMED);

    const history = ok(
      await evaluation.graphql<{ _entities: { ippResults: (typeof NAMED & { year: number })[] }[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceUnit { ippResults { year cohort cohortLabel cohortLabelEn } } } }',
        { r: [{ __typename: 'ServiceUnit', id: SAMSAT_KALSEL }] },
      ),
    );
    expect(history._entities[0].ippResults).toEqual([{ year: 2022, ...NAMED }]);

    const lokus = ok(
      await evaluation.graphql<{ lokusById: typeof NAMED }>(
        'query($id: ID!) { lokusById(id: $id) { cohort cohortLabel cohortLabelEn } }',
        { id: lokusId('pekppp-2026', 'samsat-63') },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    );
    expect(lokus.lokusById).toEqual(NAMED);
  });
});
