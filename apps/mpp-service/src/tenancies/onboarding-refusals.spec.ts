import pg from 'pg';
import { BANJARMASIN_MALL_ID, DEMO_SERVICES, agencyId } from '../seed/demo-registry';
import { deskId, tenancyId } from '../seed/demo-malls';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';
import { ADD_SERVICES, ADVANCE, ASSIGN_DESK, CHECKLISTS, INVITE, LEAVE, RECORD_AGREEMENT } from '../test-support/operations';

const operator = { caller: CALLERS.operator };
const PDAM = tenancyId('mpp-kota-banjarmasin', 'pdam-bandarmasih');
const BANK_KALSEL = tenancyId('mpp-kota-banjarmasin', 'bank-kalsel');
const BPJS_TK = tenancyId('mpp-kota-banjarmasin', 'bpjs-ketenagakerjaan');

describe('onboarding refusals: typed errors, nothing half-stored', () => {
  let mpp: MppHarness;
  let db: pg.Client;
  beforeAll(async () => {
    mpp = await startMpp();
    db = new pg.Client({ connectionString: mpp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await mpp?.close();
  });

  const snapshot = async (id: string) => {
    const { rows } = await db.query<{ step: string; history: number; services: number; agreements: number; desks: number }>(
      `SELECT t.step, (SELECT count(*)::int FROM mpp.tenancy_steps h WHERE h.tenancy_id = t.id) AS history,
              (SELECT count(*)::int FROM mpp.tenancy_services s WHERE s.tenancy_id = t.id) AS services,
              (SELECT count(*)::int FROM mpp.agreements a WHERE a.tenancy_id = t.id) AS agreements,
              (SELECT count(*)::int FROM mpp.desk_assignments d WHERE d.tenancy_id = t.id AND d.released_at IS NULL) AS desks
       FROM mpp.tenancies t WHERE t.id = $1`,
      [id],
    );
    return rows[0];
  };
  const advance = (id: string, to: string, checklist = CHECKLISTS[to]) =>
    mpp.graphql(ADVANCE, { input: { tenancyId: id, to, checklist } }, operator);

  it('refuses a skipped step and names the step to do first', async () => {
    const before = await snapshot(PDAM);
    const response = await advance(PDAM, 'DESK_ASSIGNED');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    expect(response.errors?.[0].message).toBe('Steps cannot be skipped: complete AGREEMENT_SIGNED before DESK_ASSIGNED.');
    expect(await snapshot(PDAM)).toEqual(before);
  });

  it('refuses a step whose checklist is not fully confirmed, or whose data is missing', async () => {
    const partial = await advance(PDAM, 'AGREEMENT_SIGNED', ['pks-signed']);
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.checklist' });
    expect(partial.errors?.[0].extensions.messages?.id).toContain('Dokumen PKS yang ditandatangani diarsipkan');
    const unknown = await advance(PDAM, 'AGREEMENT_SIGNED', [...CHECKLISTS.AGREEMENT_SIGNED, 'free-coffee']);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.checklist' });
    const noAgreement = await advance(PDAM, 'AGREEMENT_SIGNED');
    expect(noAgreement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tenancyId' });
    expect(noAgreement.errors?.[0].message).toContain('No agreement (PKS) is in force on 2026-06-15');
    const noDesk = await advance(BANK_KALSEL, 'DESK_ASSIGNED');
    expect(noDesk.errors?.[0].message).toBe('Assign a desk on at least one weekday first.');
    expect((await snapshot(PDAM)).step).toBe('INVITED');
  });

  it('keeps the mid-onboarding tenant at DESK_ASSIGNED while its standard misses a delivery component', async () => {
    const response = await advance(BPJS_TK, 'SERVICES_READY');
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      notReady: [{ serviceId: DEMO_SERVICES.jht.id, name: 'Klaim Jaminan Hari Tua (JHT)', missing: [], unpublished: ['DURATION'] }],
    });
    expect(response.errors?.[0].extensions.messages?.id).toContain(
      'Klaim Jaminan Hari Tua (JHT) (belum dipublikasikan Jangka waktu penyelesaian)',
    );
    expect((await snapshot(BPJS_TK)).step).toBe('DESK_ASSIGNED');
  });

  it('refuses agreement dates out of order', async () => {
    const response = await mpp.graphql(
      RECORD_AGREEMENT,
      { input: { tenancyId: PDAM, number: 'PKS/PDAM/1', signedOn: '2026-06-01', startsOn: '2026-07-01', expiresOn: '2026-06-30' } },
      operator,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresOn' });
    const notADate = await mpp.graphql(
      RECORD_AGREEMENT,
      { input: { tenancyId: PDAM, number: 'PKS/PDAM/1', signedOn: '2026-02-30', startsOn: '2026-03-01', expiresOn: '2027-06-30' } },
      operator,
    );
    expect(notADate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signedOn' });
    expect((await snapshot(PDAM)).agreements).toBe(0);
  });

  it("refuses another agency's service and unknown services, storing none of the batch", async () => {
    const before = await snapshot(BANK_KALSEL);
    const foreign = await mpp.graphql(
      ADD_SERVICES,
      { input: { tenancyId: BPJS_TK, serviceIds: [DEMO_SERVICES.jht.id, DEMO_SERVICES.passport.id] } },
      operator,
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serviceIds.1' });
    expect(foreign.errors?.[0].message).toContain('Penerbitan Paspor Biasa belongs to another agency');
    const unknown = await mpp.graphql(
      ADD_SERVICES,
      { input: { tenancyId: BANK_KALSEL, serviceIds: ['00000000-0000-4000-8000-000000000000'] } },
      operator,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.serviceIds.0' });
    const twice = await mpp.graphql(ADD_SERVICES, { input: { tenancyId: BPJS_TK, serviceIds: [DEMO_SERVICES.jht.id] } }, operator);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.serviceIds' });
    expect(await snapshot(BANK_KALSEL)).toEqual(before);
    expect((await snapshot(BPJS_TK)).services).toBe(1);
  });

  it('refuses inviting an agency twice, or one the registry does not know', async () => {
    const twice = await mpp.graphql(
      INVITE,
      { input: { mallId: BANJARMASIN_MALL_ID, agencyId: agencyId('ditjen-imigrasi'), checklist: CHECKLISTS.INVITED } },
      operator,
    );
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.agencyId' });
    const unknown = await mpp.graphql(
      INVITE,
      { input: { mallId: BANJARMASIN_MALL_ID, agencyId: agencyId('no-such-agency'), checklist: CHECKLISTS.INVITED } },
      operator,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.agencyId' });
  });

  it('serialises two operators completing the same step at once: one succeeds, one gets CONFLICT', async () => {
    dataOf(
      await mpp.graphql(
        RECORD_AGREEMENT,
        { input: { tenancyId: PDAM, number: 'PKS/PDAM/2026', signedOn: '2026-06-10', startsOn: '2026-06-10', expiresOn: '2029-06-09' } },
        operator,
      ),
    );
    const attempts = await Promise.all([
      mpp.graphql(ADVANCE, { input: { tenancyId: PDAM, to: 'AGREEMENT_SIGNED', checklist: CHECKLISTS.AGREEMENT_SIGNED } }, operator),
      mpp.graphql(
        ADVANCE,
        { input: { tenancyId: PDAM, to: 'AGREEMENT_SIGNED', checklist: CHECKLISTS.AGREEMENT_SIGNED } },
        { caller: CALLERS.admin },
      ),
    ]);
    expect(attempts.map((attempt) => attempt.errors?.[0]?.extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM mpp.tenancy_steps WHERE tenancy_id = $1 AND step = 'AGREEMENT_SIGNED'`,
      [PDAM],
    );
    expect(rows[0].n).toBe(1);
  });

  it('pauses and resumes at the same step', async () => {
    const paused = dataOf(
      await mpp.graphql<{ pauseTenancy: { step: string; resumeStep: string } }>(
        `mutation($id: ID!) { pauseTenancy(id: $id, reason: "Renovasi gerai") { step resumeStep } }`,
        { id: BANK_KALSEL },
        operator,
      ),
    );
    expect(paused.pauseTenancy).toEqual({ step: 'PAUSED', resumeStep: 'AGREEMENT_SIGNED' });
    const blocked = await advance(BANK_KALSEL, 'DESK_ASSIGNED');
    expect(blocked.errors?.[0].extensions.code).toBe('CONFLICT');
    const resumed = dataOf(
      await mpp.graphql<{ resumeTenancy: { step: string; resumeStep: string | null } }>(
        `mutation($id: ID!) { resumeTenancy(id: $id) { step resumeStep } }`,
        { id: BANK_KALSEL },
        operator,
      ),
    );
    expect(resumed.resumeTenancy).toEqual({ step: 'AGREEMENT_SIGNED', resumeStep: null });
  });

  it('refuses every action on a tenant that left, after releasing its desks', async () => {
    const left = dataOf(
      await mpp.graphql<{ leaveTenancy: { step: string; leftAt: string } }>(
        LEAVE,
        { id: BPJS_TK, reason: 'Pindah ke gerai kantor cabang' },
        operator,
      ),
    );
    expect(left.leaveTenancy.step).toBe('LEFT');
    expect((await snapshot(BPJS_TK)).desks).toBe(0);
    const attempts = await Promise.all([
      advance(BPJS_TK, 'SERVICES_READY'),
      mpp.graphql(
        RECORD_AGREEMENT,
        { input: { tenancyId: BPJS_TK, number: 'PKS/X', signedOn: '2026-06-01', startsOn: '2026-06-01', expiresOn: '2027-06-01' } },
        operator,
      ),
      mpp.graphql(
        ASSIGN_DESK,
        { input: { deskId: deskId('mpp-kota-banjarmasin', 8), tenancyId: BPJS_TK, weekdays: ['TUESDAY'], staffCount: 1 } },
        operator,
      ),
      mpp.graphql(ADD_SERVICES, { input: { tenancyId: BPJS_TK, serviceIds: [DEMO_SERVICES.jht.id] } }, operator),
      mpp.graphql(LEAVE, { id: BPJS_TK, reason: 'lagi' }, operator),
      mpp.graphql(`mutation($id: ID!) { pauseTenancy(id: $id, reason: "x") { step } }`, { id: BPJS_TK }, operator),
    ]);
    expect(attempts.map((attempt) => attempt.errors?.[0]?.extensions.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
    ]);
    // The desk it used on Tuesdays is free for someone else now, and the agency may be invited again.
    dataOf(
      await mpp.graphql(
        INVITE,
        { input: { mallId: BANJARMASIN_MALL_ID, agencyId: agencyId('bpjs-ketenagakerjaan'), checklist: CHECKLISTS.INVITED } },
        operator,
      ),
    );
  });
});
