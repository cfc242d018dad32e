import pg from 'pg';
import { BANJARMASIN_MALL_ID, DEMO_SERVICES } from '../seed/demo-registry';
import { deskId } from '../seed/demo-malls';
import { CALLERS, dataOf, startMpp, TEST_TODAY, type MppHarness } from '../test-support/mpp-test-app';

const operator = { caller: CALLERS.operator };
const RECORD = `mutation($input: RecordDeskDayInput!) { recordDeskDay(input: $input) { id date visitors complaints source tenancy { agency { id } } services { service { id } visitors } } }`;
const IMPORT = `mutation($mallId: ID!, $csv: String!) { importDeskDays(mallId: $mallId, csv: $csv) {
  accepted created updated unchanged rows { row deskNumber date outcome problems { field message messageEn } } } }`;

interface ImportReport {
  importDeskDays: {
    accepted: boolean;
    created: number;
    updated: number;
    unchanged: number;
    rows: { row: number; outcome: string; problems: { field: string; messageEn: string }[] }[];
  };
}

describe('daily visitors per desk', () => {
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
  afterEach(() => mpp.clock.set(TEST_TODAY));

  const day = async (desk: number, date: string): Promise<{ visitors: number; complaints: number; source: string } | undefined> =>
    (
      await db.query<{ visitors: number; complaints: number; source: string }>(
        `SELECT visitors, complaints, source FROM mpp.desk_days WHERE desk_id = $1 AND visit_date = $2`,
        [deskId('mpp-kota-banjarmasin', desk), date],
      )
    ).rows[0];

  it('records a day at the Imigrasi desk with its per-service breakdown, and corrects it in place', async () => {
    const input = {
      deskId: deskId('mpp-kota-banjarmasin', 7),
      date: TEST_TODAY,
      visitors: 33,
      complaints: 1,
      services: [{ serviceId: DEMO_SERVICES.passport.id, visitors: 31 }],
    };
    const first = dataOf(
      await mpp.graphql<{ recordDeskDay: { visitors: number; source: string; services: { visitors: number }[] } }>(
        RECORD,
        { input },
        operator,
      ),
    );
    expect(first.recordDeskDay).toMatchObject({
      visitors: 33,
      source: 'ENTRY',
      services: [{ service: { id: DEMO_SERVICES.passport.id }, visitors: 31 }],
    });
    dataOf(await mpp.graphql(RECORD, { input: { ...input, visitors: 34 } }, operator));
    expect(await day(7, TEST_TODAY)).toEqual({ visitors: 34, complaints: 1, source: 'ENTRY' });
  });

  it('refuses future days, days nobody serves, impossible counts and services of another tenant', async () => {
    const base = { deskId: deskId('mpp-kota-banjarmasin', 7), date: TEST_TODAY, visitors: 10, complaints: 0 };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ date: '2026-06-16' }, 'BAD_USER_INPUT', 'input.date'],
      [{ date: '2026-06-13' }, 'BAD_USER_INPUT', 'input.date'], // a Saturday: Imigrasi serves Monday to Friday
      [{ complaints: 11 }, 'BAD_USER_INPUT', 'input.complaints'],
      [{ visitors: -1 }, 'BAD_USER_INPUT', 'input.visitors'],
      [{ services: [{ serviceId: DEMO_SERVICES.jkn.id, visitors: 3 }] }, 'BAD_USER_INPUT', 'input.services.0.serviceId'],
      [{ services: [{ serviceId: DEMO_SERVICES.passport.id, visitors: 11 }] }, 'BAD_USER_INPUT', 'input.services'],
      [{ deskId: deskId('mpp-kota-banjarbaru', 1) }, 'FORBIDDEN', ''],
    ];
    for (const [change, code, field] of cases) {
      const response = await mpp.graphql(RECORD, { input: { ...base, ...change } }, operator);
      expect(response.errors?.[0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    }
  });

  it('blocks new service days once the agreement has expired, but lets earlier days be corrected', async () => {
    // Samsat Kalimantan Selatan's PKS expires 35 days after the demo's today.
    mpp.clock.set('2026-07-22');
    const samsatDesk = deskId('mpp-kota-banjarmasin', 3);
    const refused = await mpp.graphql(
      RECORD,
      { input: { deskId: samsatDesk, date: '2026-07-21', visitors: 120, complaints: 0 } },
      operator,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.date' });
    expect(refused.errors?.[0].message).toContain('agreement (PKS) is not in force on 2026-07-21');
    expect(await day(3, '2026-07-21')).toBeUndefined();
    // A day inside the agreement can still be entered after it expired.
    dataOf(await mpp.graphql(RECORD, { input: { deskId: samsatDesk, date: '2026-07-17', visitors: 140, complaints: 2 } }, operator));
    const expiring = dataOf(
      await mpp.graphql<{ tenancy: { currentAgreement: { status: string; daysToExpiry: number } } }>(
        `query($id: ID!) { tenancy(id: $id) { currentAgreement { status daysToExpiry } } }`,
        {
          id: (await db.query<{ tenancy_id: string }>(`SELECT tenancy_id FROM mpp.desk_days WHERE desk_id = $1 LIMIT 1`, [samsatDesk]))
            .rows[0].tenancy_id,
        },
        operator,
      ),
    );
    expect(expiring.tenancy.currentAgreement).toEqual({ status: 'EXPIRED', daysToExpiry: -2 });
  });

  it('imports a CSV idempotently per desk and day, with a report per row', async () => {
    const csv = [
      'gerai,tanggal,pengunjung,pengaduan,layanan',
      `8,2026-06-12,41,0,${DEMO_SERVICES.jkn.id}=38`,
      '1,2026-06-13,55,1,',
      '7,2026-06-11,29,0,',
    ].join('\n');
    const first = dataOf(await mpp.graphql<ImportReport>(IMPORT, { mallId: BANJARMASIN_MALL_ID, csv }, operator)).importDeskDays;
    // The seed already holds these days: the file corrects two of them and leaves none half-written.
    expect(first.accepted).toBe(true);
    expect(first.created).toBe(0);
    expect(first.updated + first.unchanged).toBe(3);
    expect(await day(8, '2026-06-12')).toMatchObject({ visitors: 41, source: 'CSV' });
    const again = dataOf(await mpp.graphql<ImportReport>(IMPORT, { mallId: BANJARMASIN_MALL_ID, csv }, operator)).importDeskDays;
    expect(again).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 3 });
    expect(again.rows.map((row) => row.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
  });

  it('creates new days from CSV and rejects the whole file when one row is wrong', async () => {
    const good = 'desk,date,visitors,complaints\n7,2026-06-15,30,0\n';
    const created = dataOf(
      await mpp.graphql<ImportReport>(IMPORT, { mallId: BANJARMASIN_MALL_ID, csv: good.replace('7,2026-06-15', '2,2026-06-15') }, operator),
    ).importDeskDays;
    expect(created).toMatchObject({ accepted: true, created: 1, updated: 0 });

    const bad = [
      'desk,date,visitors,complaints',
      '4,2026-06-15,90,0',
      '99,2026-06-15,5,0',
      '4,2026-06-15,91,0',
      '5,2026-06-31,1,0',
      '1,2026-06-14,3,0',
    ].join('\n');
    const report = dataOf(await mpp.graphql<ImportReport>(IMPORT, { mallId: BANJARMASIN_MALL_ID, csv: bad }, operator)).importDeskDays;
    expect(report.accepted).toBe(false);
    expect(report.rows.map((row) => [row.row, row.outcome, row.problems.map((problem) => problem.field)])).toEqual([
      [2, 'CREATED', []],
      [3, 'REJECTED', ['desk']],
      [4, 'REJECTED', ['date']],
      [5, 'REJECTED', ['date']],
      [6, 'REJECTED', ['date']], // a Sunday: the mall is closed and nobody serves desk 1
    ]);
    expect(await day(4, '2026-06-15')).toBeUndefined();

    const header = await mpp.graphql(IMPORT, { mallId: BANJARMASIN_MALL_ID, csv: 'tanggal,pengunjung\n2026-06-15,3' }, operator);
    expect(header.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });
});
