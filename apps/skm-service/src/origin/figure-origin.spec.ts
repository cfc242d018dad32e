import { CALLERS, ok, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';
import { surveyId } from '../seed/demo-keys';

const CREATE = `mutation($input: CreateSkmSurveyInput!) { createSkmSurvey(input: $input) { id } }`;
const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { surveyId origin source } }`;
const LATEST = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceUnit { id latestIkm { surveyId value origin source } } } }`;

describe('SKM figures say where they came from', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('rule: an IKM from the demo seed is DEMO — the headline IKM of a unit and each survey result', async () => {
    const unit = ok(
      await skm.graphql<{ _entities: { latestIkm: { surveyId: string; origin: string; source: string | null } | null }[] }>(LATEST, {
        r: [{ __typename: 'ServiceUnit', id: SAMSAT_KALSEL }],
      }),
    )._entities[0];
    expect(unit.latestIkm).toMatchObject({ origin: 'DEMO', source: null });
    const seeded = ok(
      await skm.graphql<{ skmResult: { origin: string } }>(RESULT, { id: surveyId('samsat-63:Q1-2026') }, { caller: CALLERS.admin }),
    ).skmResult;
    expect(seeded.origin).toBe('DEMO');
  });

  it('rule: a survey run in this system is not demo — its result is OFFICIAL', async () => {
    const created = ok(
      await skm.graphql<{ createSkmSurvey: { id: string } }>(
        CREATE,
        {
          input: {
            title: 'SKM Samsat Kalsel Semester II',
            serviceUnitId: SAMSAT_KALSEL,
            periodKind: 'HALF_YEAR',
            year: 2026,
            number: 2,
            expectedUsers: 1000,
          },
        },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createSkmSurvey;
    const result = ok(
      await skm.graphql<{ skmResult: { origin: string; source: string | null } }>(RESULT, { id: created.id }, { caller: CALLERS.admin }),
    ).skmResult;
    expect(result).toMatchObject({ origin: 'OFFICIAL', source: null });
  });
});
