import { CALLERS, errorOf, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';

// Issue 18 §4: a NUL character (which PostgreSQL cannot store in text) in a string argument is
// BAD_USER_INPUT on the field, never INTERNAL_SERVER_ERROR.
describe('a NUL character in a string argument (GraphQL over HTTP, real PostgreSQL)', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('refuses a survey title carrying one, naming the field', async () => {
    const result = await skm.graphql(
      `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id } }`,
      { i: { title: 'Survei\u0000', serviceUnitId: SAMSAT_KALSEL, periodKind: 'HALF_YEAR', year: 2026, number: 2 } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });
});
