import { CALENDAR_2027, Q, unitRow } from '../test-support/fixtures';
import { CALLERS, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

const answers = new Array(14).fill(4);

describe('F-03 survey quotas and windows', () => {
  let evaluation: EvaluationHarness;
  let tokens: string[];
  beforeAll(async () => {
    evaluation = await startEvaluation(new Date('2027-01-10T00:00:00Z'));
    const cycleId = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        {
          input: { year: 2027, name: 'PEKPPP 2027', scheme: 'PEMANTAUAN', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 },
        },
        { caller: CALLERS.admin },
      ),
    ).createEvaluationCycle.id;
    const lokus = ok(
      await evaluation.graphql<{ addLokus: { id: string } }>(
        Q.addLokus,
        {
          cycleId,
          input: { ...unitRow('SAMSAT', '63', 'Kalimantan Selatan'), minRespondents: 1, maxRespondents: 2 },
        },
        { caller: CALLERS.admin },
      ),
    ).addLokus;
    tokens = ok(
      await evaluation.graphql<{ issueSurveyLinks: { token: string }[] }>(
        Q.issueLinks,
        { lokusId: lokus.id, count: 3 },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).issueSurveyLinks.map((link) => link.token);
  });
  afterAll(() => evaluation?.close());

  it('is closed outside its window', async () => {
    expect(ok(await evaluation.graphql<{ publicSurvey: { open: boolean } }>(Q.publicSurvey, { token: tokens[0] })).publicSurvey.open).toBe(
      false,
    );
    expect(errorCode(await evaluation.graphql(Q.submitSurvey, { token: tokens[0], answers }))).toBe('CONFLICT');
  });

  it('accepts up to the maximum of respondents, then refuses with CONFLICT and keeps the link unused', async () => {
    evaluation.clock.set('2027-02-10T00:00:00Z');
    ok(await evaluation.graphql(Q.submitSurvey, { token: tokens[0], answers }));
    ok(await evaluation.graphql(Q.submitSurvey, { token: tokens[1], answers: [null, ...answers.slice(1)] }));
    const full = await evaluation.graphql(Q.submitSurvey, { token: tokens[2], answers });
    expect(errorCode(full)).toBe('CONFLICT');
    expect(full.errors?.[0].message).toMatch(/maximum of 2 respondents/);
    expect(
      ok(await evaluation.graphql<{ publicSurvey: { open: boolean; used: boolean } }>(Q.publicSurvey, { token: tokens[2] })).publicSurvey,
    ).toEqual({ unitName: 'SAMSAT Kalimantan Selatan', items: expect.any(Array), open: false, used: false });
  });

  it('a desk cannot issue links for another unit', async () => {
    const lokusId = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { id: string } }[] } }>(
        Q.cycleLokus,
        {
          cycleId: (
            await evaluation.graphql<{ evaluationCycles: { edges: { node: { id: string } }[] } }>(
              '{ evaluationCycles(year: 2027) { edges { node { id } } } }',
              {},
              { caller: CALLERS.admin },
            )
          ).data!.evaluationCycles.edges[0].node.id,
        },
        { caller: CALLERS.admin },
      ),
    ).cycleLokus.edges.map((edge) => edge.node)[0].id;
    expect(errorCode(await evaluation.graphql(Q.issueLinks, { lokusId, count: 1 }, { caller: CALLERS.deskDpmptspKalteng }))).toBe(
      'FORBIDDEN',
    );
  });
});
