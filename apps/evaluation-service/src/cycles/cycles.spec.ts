import { stableId } from '@simpul/service-kit';
import { cycleId as demoCycleId } from '../seed/demo-data';
import { CALENDAR_2027, Q, unitRow } from '../test-support/fixtures';
import {
  CALLERS,
  errorCode,
  ok,
  SAMSAT_KALSEL,
  SEED_TIME,
  startEvaluation,
  type EvaluationHarness,
} from '../test-support/evaluation-test-app';

const EXTEND = `mutation($input: ExtendPhaseInput!) { extendCyclePhase(input: $input) { phases { phase endsAt extended } extensions { phase previousEndsAt newEndsAt reason extendedBy } } }`;
const { admin, evaluator, deskSamsatKalsel, deskDpmptspKalteng } = CALLERS;

describe('cycles, phases and extensions', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  });
  afterAll(() => evaluation?.close());

  it('the seeded 2026 cycle is in F-01 filling with the two demo desks and the demo evaluator', async () => {
    const cycle = ok(
      await evaluation.graphql<{ evaluationCycle: { year: number; openPhases: string[]; publishedAt: string | null } }>(
        `query($id: ID!) { evaluationCycle(id: $id) { year openPhases publishedAt } }`,
        { id: demoCycleId('pekppp-2026') },
        { caller: admin },
      ),
    ).evaluationCycle;
    expect(cycle).toEqual({ year: 2026, openPhases: ['F01_FILLING', 'F03_SURVEY'], publishedAt: null });
    const assigned = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { unitName: string } }[] } }>(
        Q.cycleLokus,
        { cycleId: demoCycleId('pekppp-2026') },
        { caller: evaluator },
      ),
    ).cycleLokus.edges.map((edge) => edge.node);
    expect(assigned.map((item) => item.unitName).sort()).toEqual(['DPMPTSP Provinsi Kalimantan Tengah', 'SAMSAT Kalimantan Selatan']);
    const own = ok(
      await evaluation.graphql<{ unitLokus: { id: string; cycleId: string }[] }>(
        `query($id: ID!) { unitLokus(serviceUnitId: $id) { id cycleId } }`,
        { id: SAMSAT_KALSEL },
        { caller: deskSamsatKalsel },
      ),
    ).unitLokus;
    expect(own.map((item) => item.cycleId)).toEqual([demoCycleId('pekppp-2026'), demoCycleId('pekppp-2022')]);
    const claim = ok(
      await evaluation.graphql<{ saveF01Claim: { level: number } }>(
        Q.saveClaim,
        {
          input: { lokusId: own[0].id, indicatorCode: '6.a.B', level: 3, justification: 'SKM triwulanan sesuai PermenPANRB 14/2017.' },
        },
        { caller: deskSamsatKalsel },
      ),
    ).saveF01Claim;
    expect(claim.level).toBe(3);
    // The public sees only published cycles.
    const publicCycles = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { year: number } }[] } }>(
        '{ evaluationCycles { edges { node { year } } } }',
      ),
    ).evaluationCycles.edges.map((edge) => edge.node);
    expect(publicCycles.map((row) => row.year)).toEqual([2022, 2020, 2019]);
  });

  it('creating a cycle checks the year, the instruments and every phase window; one cycle per year and scheme', async () => {
    const input = { year: 2027, name: 'PEKPPP 2027', scheme: 'KHUSUS', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 };
    expect(errorCode(await evaluation.graphql(Q.createCycle, { input }, { caller: evaluator }))).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(Q.createCycle, { input }))).toBe('UNAUTHENTICATED');
    const unknown = await evaluation.graphql(Q.createCycle, { input: { ...input, instrumentIds: ['pekppp-1999-z'] } }, { caller: admin });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.instrumentIds.0' });
    const missing = await evaluation.graphql(Q.createCycle, { input: { ...input, phases: CALENDAR_2027.slice(0, 7) } }, { caller: admin });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phases' });
    ok(await evaluation.graphql(Q.createCycle, { input }, { caller: admin }));
    expect(errorCode(await evaluation.graphql(Q.createCycle, { input }, { caller: admin }))).toBe('CONFLICT');
  });

  it('an extension needs a reason, moves the deadline, and is kept in the history', async () => {
    const cycles = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { id: string; year: number; scheme: string } }[] } }>(
        '{ evaluationCycles(year: 2027) { edges { node { id year scheme } } } }',
        {},
        { caller: admin },
      ),
    ).evaluationCycles.edges.map((edge) => edge.node);
    const cycleId = cycles[0].id;
    expect(
      errorCode(
        await evaluation.graphql(
          EXTEND,
          { input: { cycleId, phase: 'F01_FILLING', newEndsAt: '2027-04-15T23:59:59Z', reason: '  ' } },
          { caller: admin },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await evaluation.graphql(
          EXTEND,
          { input: { cycleId, phase: 'F01_FILLING', newEndsAt: '2027-03-01T00:00:00Z', reason: 'x' } },
          { caller: admin },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    ok(
      await evaluation.graphql(
        EXTEND,
        { input: { cycleId, phase: 'F01_FILLING', newEndsAt: '2027-04-15T23:59:59Z', reason: 'Gangguan sistem nasional 20–27 Maret.' } },
        { caller: admin },
      ),
    );
    const extended = ok(
      await evaluation.graphql<{
        extendCyclePhase: {
          phases: { phase: string; endsAt: string; extended: boolean }[];
          extensions: { previousEndsAt: string; newEndsAt: string; reason: string; extendedBy: string }[];
        };
      }>(
        EXTEND,
        {
          input: {
            cycleId,
            phase: 'F01_FILLING',
            newEndsAt: '2027-04-20T23:59:59Z',
            reason: 'Permintaan 12 instansi, banjir di Kalimantan Selatan.',
          },
        },
        { caller: admin },
      ),
    ).extendCyclePhase;
    expect(extended.phases.find((phase) => phase.phase === 'F01_FILLING')).toEqual({
      phase: 'F01_FILLING',
      endsAt: '2027-04-20T23:59:59.000Z',
      extended: true,
    });
    expect(extended.extensions.map((row) => [row.previousEndsAt, row.newEndsAt])).toEqual([
      ['2027-03-31T23:59:59.000Z', '2027-04-15T23:59:59.000Z'],
      ['2027-04-15T23:59:59.000Z', '2027-04-20T23:59:59.000Z'],
    ]);
    expect(extended.extensions[1]).toMatchObject({
      reason: 'Permintaan 12 instansi, banjir di Kalimantan Selatan.',
      extendedBy: admin.userId,
    });

    // The desk can now still save on 18 April, which the original window refused.
    evaluation.clock.set('2027-01-10T00:00:00Z');
    ok(await evaluation.graphql(Q.addLokus, { cycleId, input: unitRow('SAMSAT', '63', 'Kalimantan Selatan') }, { caller: admin }));
    const list = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { id: string } }[] } }>(Q.cycleLokus, { cycleId }, { caller: admin }),
    ).cycleLokus.edges.map((edge) => edge.node);
    evaluation.clock.set('2027-04-18T00:00:00Z');
    ok(
      await evaluation.graphql(
        Q.saveClaim,
        { input: { lokusId: list[0].id, indicatorCode: '1.a.Ak', level: 2, justification: 'SP lengkap 14 komponen.' } },
        { caller: deskSamsatKalsel },
      ),
    );
  });

  it('PEKPPP khusus lokus take KemenPAN-RB evaluators only; mandiri lets the instansi Biro Organisasi evaluate its own units', async () => {
    evaluation.clock.set('2027-01-10T00:00:00Z');
    const khusus = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { id: string; scheme: string } }[] } }>(
        '{ evaluationCycles(year: 2027) { edges { node { id scheme } } } }',
        {},
        { caller: admin },
      ),
    ).evaluationCycles.edges[0].node;
    const mandiri = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        {
          input: { year: 2027, name: 'PEKPPP Mandiri 2027', scheme: 'MANDIRI', instrumentIds: ['pekppp-2024-a'], phases: CALENDAR_2027 },
        },
        { caller: admin },
      ),
    ).createEvaluationCycle;
    const biro = stableId('user', 'biro.organisasi@kalselprov.test');
    ok(
      await evaluation.graphql(
        Q.upsertProfile,
        {
          input: {
            userId: biro,
            displayName: 'Biro Organisasi Kalsel',
            agencyId: stableId('agency', 'pemprov-63'),
            level: 'PROVINCE',
            provinceCode: '63',
          },
        },
        { caller: admin },
      ),
    );
    const lokusIn = async (cycleId: string) => {
      const added = ok(
        await evaluation.graphql<{ addLokus: { id: string } }>(
          Q.addLokus,
          { cycleId, input: unitRow('DPMPTSP', '63', 'Kalimantan Selatan') },
          { caller: admin },
        ),
      ).addLokus;
      return added.id;
    };
    const inKhusus = await lokusIn(khusus.id);
    const inMandiri = await lokusIn(mandiri.id);
    const refused = await evaluation.graphql(Q.assign, { input: { lokusId: inKhusus, evaluatorId: biro } }, { caller: admin });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(
      ok(
        await evaluation.graphql<{ assignEvaluator: { role: string } }>(
          Q.assign,
          { input: { lokusId: inMandiri, evaluatorId: biro } },
          { caller: admin },
        ),
      ).assignEvaluator.role,
    ).toBe('PRIMARY');
    expect(
      errorCode(
        await evaluation.graphql(
          Q.addLokus,
          { cycleId: mandiri.id, input: unitRow('SAMSAT', '63', 'Kalimantan Selatan') },
          { caller: deskDpmptspKalteng },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a second cycle of the same year and scheme is CONFLICT on the year, naming the scheme in words, not its code', async () => {
    const again = await evaluation.graphql(
      Q.createCycle,
      {
        input: {
          year: 2027,
          name: 'PEKPPP Mandiri 2027 (lagi)',
          scheme: 'MANDIRI',
          instrumentIds: ['pekppp-2024-a'],
          phases: CALENDAR_2027,
        },
      },
      { caller: admin },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.year' });
    expect(again.errors?.[0]?.extensions.messages).toEqual({
      id: 'Siklus PEKPPP mandiri tahun 2027 sudah ada.',
      en: 'A self-assessment (mandiri) cycle for 2027 already exists.',
    });
  });

  it('starting a phase early moves the demo cycle on from F-01 to evaluator scoring, with the reason kept, and only the admin may', async () => {
    evaluation.clock.set(SEED_TIME.toISOString());
    const cycleId = demoCycleId('pekppp-2026');
    const START = `mutation($input: StartPhaseInput!) { startCyclePhase(input: $input) { openPhases scheduleChanges { phase newStartsAt newEndsAt reason changedBy } } }`;
    const input = { cycleId, phase: 'EVALUATOR_SCORING', reason: 'Semua lokus sudah mengisi F-01.' };
    expect(errorCode(await evaluation.graphql(START, { input }, { caller: evaluator }))).toBe('FORBIDDEN');
    expect(errorCode(await evaluation.graphql(START, { input: { ...input, reason: ' ' } }, { caller: admin }))).toBe('BAD_USER_INPUT');
    const started = ok(
      await evaluation.graphql<{
        startCyclePhase: { openPhases: string[]; scheduleChanges: { phase: string; reason: string; changedBy: string }[] };
      }>(START, { input }, { caller: admin }),
    ).startCyclePhase;
    expect(started.openPhases).toEqual(['EVALUATOR_SCORING']);
    expect(started.scheduleChanges.map((change) => change.phase).sort()).toEqual(['EVALUATOR_SCORING', 'F01_FILLING', 'F03_SURVEY']);
    expect(started.scheduleChanges.every((change) => change.reason === input.reason && change.changedBy === admin.userId)).toBe(true);
    // F-01 is now closed: the desk's claims are refused with the phase named.
    const own = ok(
      await evaluation.graphql<{ unitLokus: { id: string }[] }>(
        `query($id: ID!) { unitLokus(serviceUnitId: $id) { id } }`,
        { id: SAMSAT_KALSEL },
        { caller: deskSamsatKalsel },
      ),
    ).unitLokus;
    const late = await evaluation.graphql(
      Q.saveClaim,
      { input: { lokusId: own[0].id, indicatorCode: '1.a.Ak', level: 2, justification: 'Terlambat.' } },
      { caller: deskSamsatKalsel },
    );
    expect(errorCode(late)).toBe('CONFLICT');
    expect(errorCode(await evaluation.graphql(START, { input }, { caller: admin }))).toBe('BAD_USER_INPUT');
  });

  it('starting a phase that skips phases not yet begun (preparation straight to scoring) succeeds: a skipped phase keeps a window ending after it starts', async () => {
    evaluation.clock.set('2029-01-10T00:00:00Z');
    const calendar = CALENDAR_2027.map((window) => ({
      ...window,
      startsAt: window.startsAt.replace('2027', '2029').replace('2028', '2030'),
      endsAt: window.endsAt.replace('2028', '2030').replace('2027', '2029'),
    }));
    const cycleId = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        {
          input: { year: 2029, name: 'PEKPPP 2029', scheme: 'PEMANTAUAN', instrumentIds: ['pekppp-2024-a'], phases: calendar },
        },
        { caller: admin },
      ),
    ).createEvaluationCycle.id;
    const START = `mutation($input: StartPhaseInput!) { startCyclePhase(input: $input) { openPhases currentPhase phases { phase startsAt endsAt } } }`;
    const started = ok(
      await evaluation.graphql<{
        startCyclePhase: { openPhases: string[]; phases: { phase: string; startsAt: string; endsAt: string }[] };
      }>(
        START,
        {
          input: { cycleId, phase: 'EVALUATOR_SCORING', reason: 'F-01 dan F-03 tidak diperlukan untuk siklus ini.' },
        },
        { caller: admin },
      ),
    ).startCyclePhase;
    expect(started.openPhases).toEqual(['EVALUATOR_SCORING']);
    for (const phase of started.phases) expect(new Date(phase.endsAt).getTime()).toBeGreaterThan(new Date(phase.startsAt).getTime());
  });
});
