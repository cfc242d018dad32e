import { getInstrument } from '@simpul/scoring';
import { stableId } from '@simpul/service-kit';
import { CALENDAR_2027, Q, unitRow } from '../test-support/fixtures';
import { CALLERS, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// Who sees which F-02 levels, notes, field findings and totals, and when — through GraphQL.

const codes = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const { admin, evaluator, otherEvaluator, deskSamsatKalsel } = CALLERS;

const VIEW = `query($id: ID!) { lokusById(id: $id) {
  scores { indicatorCode level note } secondScores { evaluatorId indicatorCode level } fieldVerifications { findings }
  scoringStatus { role blind evaluationVisible primaryScored secondScored indicatorCount } } }`;

interface View {
  scores: { indicatorCode: string; level: number; note: string | null }[];
  secondScores: { evaluatorId: string; indicatorCode: string; level: number }[];
  fieldVerifications: { findings: string }[];
  scoringStatus: {
    role: string | null;
    blind: boolean;
    evaluationVisible: boolean;
    primaryScored: number;
    secondScored: number;
    indicatorCount: number;
  } | null;
}

describe('F-02 score visibility', () => {
  let evaluation: EvaluationHarness;
  let lokusId: string;
  const view = async (caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
    ok(await evaluation.graphql<{ lokusById: View }>(VIEW, { id: lokusId }, { caller })).lokusById;
  const primaryScores = (levels: (code: string) => number, only = codes) =>
    Promise.all(
      only.map(async (code) =>
        ok(
          await evaluation.graphql(
            Q.saveScore,
            { input: { lokusId, indicatorCode: code, level: levels(code), note: `Catatan utama ${code}`, expectedVersion: 0 } },
            { caller: evaluator },
          ),
        ),
      ),
    );
  const secondScores = (levels: (code: string) => number, only = codes) =>
    Promise.all(
      only.map(async (code) =>
        ok(
          await evaluation.graphql(
            Q.saveSecond,
            { input: { lokusId, indicatorCode: code, level: levels(code) } },
            { caller: otherEvaluator },
          ),
        ),
      ),
    );

  beforeAll(async () => {
    evaluation = await startEvaluation(new Date('2027-01-10T00:00:00Z'));
    const cycleId = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        {
          input: { year: 2027, name: 'PEKPPP 2027', scheme: 'PEMANTAUAN', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 },
        },
        { caller: admin },
      ),
    ).createEvaluationCycle.id;
    lokusId = ok(
      await evaluation.graphql<{ addLokus: { id: string } }>(
        Q.addLokus,
        { cycleId, input: unitRow('SAMSAT', '63', 'Kalimantan Selatan') },
        { caller: admin },
      ),
    ).addLokus.id;
    ok(
      await evaluation.graphql(
        Q.upsertProfile,
        {
          input: {
            userId: otherEvaluator.userId,
            displayName: 'Evaluator Kedua',
            agencyId: stableId('agency', 'kemenpanrb'),
            level: 'KEMENPANRB',
          },
        },
        { caller: admin },
      ),
    );
    ok(await evaluation.graphql(Q.assign, { input: { lokusId, evaluatorId: evaluator.userId } }, { caller: admin }));
    ok(
      await evaluation.graphql(
        Q.assign,
        { input: { lokusId, evaluatorId: otherEvaluator.userId, role: 'SECOND_RATER' } },
        { caller: admin },
      ),
    );
    evaluation.clock.set('2027-04-20T02:00:00Z');
  });
  afterAll(() => evaluation?.close());

  it("blind double rating: the second rater opens the lokus and scores, but sees none of the primary rater's levels, notes, findings or totals", async () => {
    await primaryScores(() => 3, codes.slice(0, 5));
    ok(
      await evaluation.graphql(
        Q.verify,
        { input: { lokusId, visitedOn: '2027-04-22', team: ['Evaluator PEKPPP'], findings: 'Papan antrean belum ada.' } },
        { caller: evaluator },
      ),
    );
    await secondScores(() => 4, codes.slice(0, 2));
    const second = await view(otherEvaluator);
    expect(second.scores).toEqual([]);
    expect(second.fieldVerifications).toEqual([]);
    expect(second.secondScores.map((s) => s.level)).toEqual([4, 4]);
    expect(second.scoringStatus).toEqual({
      role: 'SECOND_RATER',
      blind: true,
      evaluationVisible: false,
      primaryScored: 5,
      secondScored: 2,
      indicatorCount: 30,
    });
    const withResult = await evaluation.graphql<{ lokusById: { result: unknown; resultHistory: unknown[] } }>(
      `query($id: ID!) { lokusById(id: $id) { result { index } resultHistory { index } } }`,
      { id: lokusId },
      { caller: otherEvaluator },
    );
    expect(ok(withResult).lokusById).toEqual({ result: null, resultHistory: [] });
  });

  it("blind double rating: the primary rater does not see the second rater's levels while either has not finished", async () => {
    await primaryScores(() => 3, codes.slice(5));
    const primary = await view(evaluator);
    expect(primary.scores).toHaveLength(30);
    expect(primary.secondScores).toEqual([]);
    expect(primary.scoringStatus).toMatchObject({ role: 'PRIMARY', blind: true, primaryScored: 30 });
    expect((await view(otherEvaluator)).scores).toEqual([]);
  });

  it('the national admin sees both raters throughout', async () => {
    const seen = await view(admin);
    expect(seen.scores).toHaveLength(30);
    expect(seen.secondScores).toHaveLength(2);
    expect(seen.scoringStatus).toMatchObject({ role: null, blind: true, evaluationVisible: true });
  });

  it('once both have scored every indicator each sees the other, and the kappa table has the pair', async () => {
    await secondScores((code) => (codes.indexOf(code) % 3 === 0 ? 4 : 3), codes.slice(2));
    const second = await view(otherEvaluator);
    expect(second.scoringStatus).toMatchObject({ blind: false, evaluationVisible: true, secondScored: 30 });
    expect(second.scores[0]).toMatchObject({ level: 3, note: expect.stringContaining('Catatan utama') });
    expect(second.fieldVerifications).toHaveLength(1);
    expect((await view(evaluator)).secondScores).toHaveLength(30);
    const cycleId = ok(
      await evaluation.graphql<{ lokusById: { cycleId: string } }>(
        `query($id: ID!) { lokusById(id: $id) { cycleId } }`,
        { id: lokusId },
        { caller: admin },
      ),
    ).lokusById.cycleId;
    const agreement = ok(
      await evaluation.graphql<{ interRaterAgreement: { evaluatorA: string; evaluatorB: string; items: number }[] }>(
        Q.agreement,
        { cycleId },
        { caller: admin },
      ),
    ).interRaterAgreement;
    expect(agreement).toEqual([expect.objectContaining({ evaluatorA: evaluator.userId, evaluatorB: otherEvaluator.userId, items: 30 })]);
    // The workload counts the second rater's progress too (not "0 of 0").
    const workload = ok(
      await evaluation.graphql<{
        evaluatorWorkload: { edges: { node: { evaluatorId: string; secondScoredIndicators: number; secondTotalIndicators: number } }[] };
      }>(
        `query($cycleId: ID!) { evaluatorWorkload(cycleId: $cycleId) { edges { node { evaluatorId secondScoredIndicators secondTotalIndicators } } } }`,
        { cycleId },
        { caller: admin },
      ),
    ).evaluatorWorkload.edges.map((edge) => edge.node);
    expect(workload.find((row) => row.evaluatorId === otherEvaluator.userId)).toMatchObject({
      secondScoredIndicators: 30,
      secondTotalIndicators: 30,
    });
  });

  it('the desk sees its evaluation (levels, evaluator notes, field findings) only once the appeal phase opens', async () => {
    const during = await view(deskSamsatKalsel);
    expect(during.scores).toEqual([]);
    expect(during.fieldVerifications).toEqual([]);
    expect(during.secondScores).toEqual([]);
    expect(during.scoringStatus).toMatchObject({ role: null, evaluationVisible: false });
    evaluation.clock.set('2027-05-20T02:00:00Z');
    expect((await view(deskSamsatKalsel)).scores).toEqual([]);
    evaluation.clock.set('2027-06-01T00:00:00Z');
    const appeal = await view(deskSamsatKalsel);
    expect(appeal.scoringStatus?.evaluationVisible).toBe(true);
    expect(appeal.scores).toHaveLength(30);
    expect(appeal.scores.find((s) => s.indicatorCode === codes[0])).toEqual({
      indicatorCode: codes[0],
      level: 3,
      note: `Catatan utama ${codes[0]}`,
    });
    expect(appeal.fieldVerifications).toEqual([{ findings: 'Papan antrean belum ada.' }]);
    expect(appeal.secondScores).toEqual([]);
  });
});
