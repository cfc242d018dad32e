import { deskId, unitId } from '../seed/demo-keys';
import { BANJARMASIN_MALL, CALLERS, errorOf, ok, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';

// Issue 12 item 12: an MPP operator surveys only its own mall's desks and the units of its tenants
// (desks and tenancies are the MPP service's; here a test double of it answers for MPP Kota Banjarmasin).

const CREATE = `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id deskId serviceUnitId } }`;
const input = (patch: Record<string, unknown>) => ({
  title: 'SKM Gerai',
  mallId: BANJARMASIN_MALL,
  periodKind: 'QUARTER',
  year: 2026,
  number: 3,
  ...patch,
});

describe("an operator's surveys stay in its mall", () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('rule: a unit that is not a tenant of the mall (SAMSAT Aceh) cannot be surveyed at one of its desks', async () => {
    const result = await skm.graphql(
      CREATE,
      { i: input({ deskId: deskId(5), serviceUnitId: unitId('samsat-11') }) },
      { caller: CALLERS.operator },
    );
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', field: 'serviceUnitId' });
  });

  it('rule: a desk of another mall is refused', async () => {
    const result = await skm.graphql(
      CREATE,
      { i: input({ deskId: deskId(42).replace(/.$/, '0'), serviceUnitId: SAMSAT_KALSEL }) },
      { caller: CALLERS.operator },
    );
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', field: 'deskId' });
  });

  it('a tenant unit at a desk of the mall is accepted', async () => {
    const created = ok(
      await skm.graphql<{ createSkmSurvey: { deskId: string; serviceUnitId: string } }>(
        CREATE,
        { i: input({ deskId: deskId(5), serviceUnitId: SAMSAT_KALSEL }) },
        { caller: CALLERS.operator },
      ),
    ).createSkmSurvey;
    expect(created).toEqual({ id: expect.any(String), deskId: deskId(5), serviceUnitId: SAMSAT_KALSEL });
  });

  it('rule: an operator naming another mall is refused before anything is asked', async () => {
    const result = await skm.graphql(
      CREATE,
      { i: input({ mallId: unitId('some-other-mall'), deskId: deskId(5), serviceUnitId: SAMSAT_KALSEL }) },
      { caller: CALLERS.operator },
    );
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });
});
