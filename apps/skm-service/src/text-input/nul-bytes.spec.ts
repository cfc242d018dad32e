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

describe('a NUL character reaching PostgreSQL through a REST path (22021)', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('answers the bulk import with 400 BAD_USER_INPUT in both languages, not a 500', async () => {
    const created = await skm.graphql<{ createSkmSurvey: { id: string } }>(
      `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id } }`,
      { i: { title: 'Kertas NUL', serviceUnitId: SAMSAT_KALSEL, periodKind: 'HALF_YEAR', year: 2026, number: 2 } },
      { caller: CALLERS.deskSamsatKalsel },
    );
    const surveyId = created.data!.createSkmSurvey.id;
    const csv = 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n';
    const response = await skm.post(`/imports/${surveyId}?fileName=kertas%00.csv`, csv, {
      caller: CALLERS.deskSamsatKalsel,
      contentType: 'text/csv',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [
        { extensions: { code: 'BAD_USER_INPUT', messages: { en: expect.stringContaining('NUL'), id: expect.stringContaining('NUL') } } },
      ],
    });
  });
});
