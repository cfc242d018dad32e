import pg from 'pg';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';
import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { deskId, tenancyId } from '../seed/demo-malls';

const CREATE_DESK = `mutation($input: CreateDeskInput!) { createDesk(input: $input) { id number } }`;
const ASSIGN = `mutation($input: AssignDeskInput!) { assignDesk(input: $input) { id weekday staffCount desk { number } tenancy { id } } }`;

const BANK_KALSEL = tenancyId('mpp-kota-banjarmasin', 'bank-kalsel');
const BPJS_TK = tenancyId('mpp-kota-banjarmasin', 'bpjs-ketenagakerjaan');
const PDAM = tenancyId('mpp-kota-banjarmasin', 'pdam-bandarmasih');

describe('desks shared by weekday', () => {
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

  const openAssignments = async (desk: string) =>
    (
      await db.query<{ weekday: number; tenancy_id: string }>(
        'SELECT weekday, tenancy_id FROM mpp.desk_assignments WHERE desk_id = $1 AND released_at IS NULL ORDER BY weekday',
        [desk],
      )
    ).rows;

  it('lets two tenants share a desk on different weekdays', async () => {
    const { createDesk } = dataOf(
      await mpp.graphql<{ createDesk: { id: string; number: number } }>(
        CREATE_DESK,
        { input: { mallId: BANJARMASIN_MALL_ID, number: 11, label: 'Gerai 11' } },
        { caller: CALLERS.operator },
      ),
    );
    const first = dataOf(
      await mpp.graphql<{ assignDesk: { weekday: string }[] }>(
        ASSIGN,
        { input: { deskId: createDesk.id, tenancyId: BANK_KALSEL, weekdays: ['MONDAY', 'TUESDAY'], staffCount: 2 } },
        { caller: CALLERS.operator },
      ),
    );
    expect(first.assignDesk.map((row) => row.weekday)).toEqual(['MONDAY', 'TUESDAY']);
    const second = dataOf(
      await mpp.graphql<{ assignDesk: { weekday: string }[] }>(
        ASSIGN,
        { input: { deskId: createDesk.id, tenancyId: BPJS_TK, weekdays: ['FRIDAY'], staffCount: 1 } },
        { caller: CALLERS.operator },
      ),
    );
    expect(second.assignDesk.map((row) => row.weekday)).toEqual(['FRIDAY']);
    expect(await openAssignments(createDesk.id)).toEqual([
      { weekday: 1, tenancy_id: BANK_KALSEL },
      { weekday: 2, tenancy_id: BANK_KALSEL },
      { weekday: 5, tenancy_id: BPJS_TK },
    ]);
  });

  it('refuses a double booking with CONFLICT and stores none of the requested weekdays', async () => {
    const imigrasiDesk = deskId('mpp-kota-banjarmasin', 7);
    const before = await openAssignments(imigrasiDesk);
    const response = await mpp.graphql(
      ASSIGN,
      { input: { deskId: imigrasiDesk, tenancyId: BANK_KALSEL, weekdays: ['SATURDAY', 'MONDAY'], staffCount: 1 } },
      { caller: CALLERS.operator },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.weekdays' });
    expect(response.errors?.[0].message).toContain('Desk 7 is already booked on MONDAY');
    expect(await openAssignments(imigrasiDesk)).toEqual(before);
  });

  it('gives one of two operators booking the same desk and day at once a CONFLICT, never a double booking', async () => {
    const { createDesk } = dataOf(
      await mpp.graphql<{ createDesk: { id: string } }>(
        CREATE_DESK,
        { input: { mallId: BANJARMASIN_MALL_ID, number: 12 } },
        { caller: CALLERS.operator },
      ),
    );
    const attempts = await Promise.all([
      mpp.graphql(
        ASSIGN,
        { input: { deskId: createDesk.id, tenancyId: BANK_KALSEL, weekdays: ['WEDNESDAY'], staffCount: 1 } },
        { caller: CALLERS.operator },
      ),
      mpp.graphql(
        ASSIGN,
        { input: { deskId: createDesk.id, tenancyId: BPJS_TK, weekdays: ['WEDNESDAY'], staffCount: 1 } },
        { caller: CALLERS.admin },
      ),
    ]);
    const codes = attempts.map((attempt) => attempt.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await openAssignments(createDesk.id)).toHaveLength(1);
  });

  it('holds the rule in the database itself, whoever writes', async () => {
    const desk = deskId('mpp-kota-banjarmasin', 7);
    await expect(
      db.query(
        `INSERT INTO mpp.desk_assignments (id, mall_id, desk_id, tenancy_id, weekday, staff_count) VALUES (gen_random_uuid(), $1, $2, $3, 1, 1)`,
        [BANJARMASIN_MALL_ID, desk, BANK_KALSEL],
      ),
    ).rejects.toThrow(/desk_assignments_no_double_booking/);
    await expect(
      db.query(
        `INSERT INTO mpp.desk_assignments (id, mall_id, desk_id, tenancy_id, weekday, staff_count) VALUES (gen_random_uuid(), $1, $2, $3, 7, 1)`,
        [BANJARMASIN_MALL_ID, deskId('mpp-kota-banjarbaru', 1), BANK_KALSEL],
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('frees a desk day when its assignment is released', async () => {
    const desk = deskId('mpp-kota-banjarmasin', 9);
    const { assignDesk } = dataOf(
      await mpp.graphql<{ assignDesk: { id: string }[] }>(
        ASSIGN,
        { input: { deskId: desk, tenancyId: BANK_KALSEL, weekdays: ['THURSDAY'], staffCount: 1 } },
        { caller: CALLERS.operator },
      ),
    );
    dataOf(
      await mpp.graphql(
        `mutation($id: ID!) { releaseDeskAssignment(id: $id) { id } }`,
        { id: assignDesk[0].id },
        { caller: CALLERS.operator },
      ),
    );
    dataOf(
      await mpp.graphql(
        ASSIGN,
        { input: { deskId: desk, tenancyId: BPJS_TK, weekdays: ['THURSDAY'], staffCount: 1 } },
        { caller: CALLERS.operator },
      ),
    );
    expect(await openAssignments(desk)).toEqual([{ weekday: 4, tenancy_id: BPJS_TK }]);
  });

  it("assigns desks only after the agreement is signed, and only in the operator's own mall", async () => {
    const desk = deskId('mpp-kota-banjarmasin', 10);
    const early = await mpp.graphql(
      ASSIGN,
      { input: { deskId: desk, tenancyId: PDAM, weekdays: ['MONDAY'], staffCount: 1 } },
      { caller: CALLERS.operator },
    );
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tenancyId' });
    const stranger = await mpp.graphql(
      ASSIGN,
      { input: { deskId: desk, tenancyId: BANK_KALSEL, weekdays: ['MONDAY'], staffCount: 1 } },
      { caller: CALLERS.otherOperator },
    );
    expect(stranger.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const otherMallDesk = await mpp.graphql(
      ASSIGN,
      { input: { deskId: deskId('mpp-kota-banjarbaru', 1), tenancyId: BANK_KALSEL, weekdays: ['MONDAY'], staffCount: 1 } },
      { caller: CALLERS.admin },
    );
    expect(otherMallDesk.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deskId' });
    const duplicateNumber = await mpp.graphql(
      CREATE_DESK,
      { input: { mallId: BANJARMASIN_MALL_ID, number: 7 } },
      { caller: CALLERS.operator },
    );
    expect(duplicateNumber.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
    expect(await openAssignments(desk)).toEqual([]);
  });
});
