import { stableId } from '@simpul/service-kit';
import { CALENDAR_2027, Q, unitRow } from '../test-support/fixtures';
import { CALLERS, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// "Tugaskan evaluator" offers every enrolled evaluator, each with why they may not take the lokus.

const { admin, evaluator, otherEvaluator, deskSamsatKalsel } = CALLERS;
const CANDIDATES = `query($lokusId: ID!, $search: String) { assignmentCandidates(lokusId: $lokusId, search: $search, first: 100) {
  totalCount edges { node { evaluator { userId displayName level provinceCode } eligible refusal { id en } } } } }`;
const CONFLICTS = `query($evaluatorId: ID) { conflictDeclarations(evaluatorId: $evaluatorId, first: 100) { totalCount edges { node { id reason agencyId } } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawConflictDeclaration(id: $id) }`;

interface Candidate {
  evaluator: { userId: string; displayName: string };
  eligible: boolean;
  refusal: { id: string; en: string } | null;
}

describe('assignment candidates and conflict declarations', () => {
  let evaluation: EvaluationHarness;
  let lokusId: string;
  const biroKalsel = stableId('user', 'biro.kalsel@simpul.test');
  const biroKalteng = stableId('user', 'biro.kalteng@simpul.test');
  const candidates = async (search: string | null = null) => {
    const found = ok(
      await evaluation.graphql<{ assignmentCandidates: { edges: { node: Candidate }[] } }>(
        CANDIDATES,
        { lokusId, search },
        { caller: admin },
      ),
    ).assignmentCandidates;
    return new Map(found.edges.map((edge) => [edge.node.evaluator.userId, edge.node]));
  };

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
    for (const [userId, displayName, agency, level, provinceCode] of [
      [otherEvaluator.userId, 'Evaluator Kedua', 'kemenpanrb', 'KEMENPANRB', null],
      [biroKalsel, 'Biro Organisasi Kalsel', 'pemprov-63', 'PROVINCE', '63'],
      [biroKalteng, 'Biro Organisasi Kalteng', 'pemprov-62', 'PROVINCE', '62'],
    ] as const) {
      ok(
        await evaluation.graphql(
          Q.upsertProfile,
          { input: { userId, displayName, agencyId: stableId('agency', agency), level, provinceCode } },
          { caller: admin },
        ),
      );
    }
    ok(
      await evaluation.graphql(
        Q.declare,
        { input: { agencyId: stableId('agency', 'pemprov-63'), reason: 'Saudara kandung bekerja di Samsat Kalsel.' } },
        { caller: otherEvaluator },
      ),
    );
  });
  afterAll(() => evaluation?.close());

  it('lists every enrolled evaluator; the refused ones carry the reason in both languages (conflict, same instansi, hierarchy)', async () => {
    const found = await candidates();
    expect(found.get(evaluator.userId)).toMatchObject({ eligible: true, refusal: null });
    expect(found.get(otherEvaluator.userId)).toMatchObject({
      eligible: false,
      refusal: { en: expect.stringContaining('conflict of interest'), id: expect.stringContaining('Saudara kandung') },
    });
    expect(found.get(biroKalsel)).toMatchObject({ eligible: false, refusal: { id: expect.stringContaining('instansi yang sama') } });
    expect(found.get(biroKalteng)).toMatchObject({ eligible: false, refusal: { en: expect.stringContaining('province') } });
    expect([...(await candidates('kalteng')).keys()]).toEqual([biroKalteng]);
  });

  it('the candidate list and the assignment apply one rule: an evaluator offered as eligible is assigned, then shown as already assigned', async () => {
    ok(await evaluation.graphql(Q.assign, { input: { lokusId, evaluatorId: evaluator.userId } }, { caller: admin }));
    expect((await candidates()).get(evaluator.userId)).toMatchObject({
      eligible: false,
      refusal: { id: expect.stringContaining('sudah ditugaskan') },
    });
    const refused = await evaluation.graphql(Q.assign, { input: { lokusId, evaluatorId: biroKalteng } }, { caller: admin });
    expect(errorCode(refused)).toBe('CONFLICT');
  });

  it('only the national admin sees the candidates', async () => {
    expect(errorCode(await evaluation.graphql(CANDIDATES, { lokusId }, { caller: evaluator }))).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(CANDIDATES, { lokusId }, { caller: deskSamsatKalsel }))).toBe('FORBIDDEN');
  });

  it('a conflict declaration is withdrawn by the admin or its own evaluator only; the evaluator then becomes eligible', async () => {
    const declared = ok(
      await evaluation.graphql<{ conflictDeclarations: { edges: { node: { id: string } }[] } }>(
        CONFLICTS,
        { evaluatorId: otherEvaluator.userId },
        { caller: admin },
      ),
    ).conflictDeclarations.edges[0].node;
    expect(errorCode(await evaluation.graphql(WITHDRAW, { id: declared.id }, { caller: evaluator }))).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(WITHDRAW, { id: stableId('conflict', 'none') }, { caller: admin }))).toBe('NOT_FOUND');
    expect(
      ok(await evaluation.graphql<{ withdrawConflictDeclaration: boolean }>(WITHDRAW, { id: declared.id }, { caller: admin }))
        .withdrawConflictDeclaration,
    ).toBe(true);
    expect(
      ok(
        await evaluation.graphql<{ conflictDeclarations: { totalCount: number } }>(
          CONFLICTS,
          { evaluatorId: otherEvaluator.userId },
          { caller: admin },
        ),
      ).conflictDeclarations.totalCount,
    ).toBe(0);
    expect((await candidates()).get(otherEvaluator.userId)).toMatchObject({ eligible: true });
  });
});
