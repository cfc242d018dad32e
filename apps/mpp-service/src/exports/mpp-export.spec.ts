import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { BANJARMASIN_MALL_ID } from '../seed/demo-registry';
import { CALLERS, dataOf, startMpp, type MppHarness } from '../test-support/mpp-test-app';

interface File {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  demoRowCount: number;
}
const FILE = 'fileName mimeType contentBase64 rowCount demoRowCount';
const TENANCIES = `query($id: ID!, $format: ExportFormat!) { exportMallTenancies(mallId: $id, format: $format) { ${FILE} } }`;
const DESKS = `query($id: ID!, $format: ExportFormat!) { exportMallDesks(mallId: $id, format: $format) { ${FILE} } }`;
const VISITORS = `query($id: ID!, $from: String!, $to: String!, $format: ExportFormat!) { exportMallVisitors(mallId: $id, from: $from, to: $to, format: $format) { ${FILE} } }`;
const QUOTAS = `query($id: ID!, $format: ExportFormat!) { exportMallQuotas(mallId: $id, format: $format) { ${FILE} } }`;
const HOSTILE = '   +HYPERLINK("http://contoh.test","klik")';

function csvRows(file: File, delimiter = ','): Record<string, string>[] {
  return parse<Record<string, string>>(Buffer.from(file.contentBase64, 'base64').toString('utf8'), { columns: true, bom: true, delimiter });
}

async function sheetRows(file: File): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const found: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => found.push((row.values as unknown[]).slice(1)));
  return found;
}

describe('MPP exports: tenants, desks, visitors and quotas of one mall', () => {
  let mpp: MppHarness;
  let db: pg.Client;
  const id = BANJARMASIN_MALL_ID;
  const exportOf = async (query: string, variables: Record<string, unknown>, caller: (typeof CALLERS)[keyof typeof CALLERS] | null) => {
    const response = await mpp.graphql<Record<string, File>>(query, { id, ...variables }, { caller });
    return { file: response.data ? Object.values(response.data)[0] : null, code: response.errors?.[0]?.extensions.code ?? null };
  };

  beforeAll(async () => {
    mpp = await startMpp();
    db = new pg.Client({ connectionString: mpp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await mpp?.close();
  });

  it('tenancies: the operator gets every step, the public only LIVE tenants, as the mall page lists them; agency names from the registry', async () => {
    const list = async (caller: (typeof CALLERS)['operator'] | null) =>
      dataOf(
        await mpp.graphql<{ mall: { tenancies: { totalCount: number; edges: { node: { id: string; step: string } }[] } } }>(
          `query($id: ID!) { mall(id: $id) { tenancies(first: 100) { totalCount edges { node { id step } } } } }`,
          { id },
          { caller },
        ),
      ).mall.tenancies;
    const operatorFile = (await exportOf(TENANCIES, { format: 'CSV' }, CALLERS.operator)).file as File;
    const operatorRows = csvRows(operatorFile);
    const operatorList = await list(CALLERS.operator);
    expect(operatorRows.map((row) => row['ID Tenant']).sort()).toEqual(operatorList.edges.map((edge) => edge.node.id).sort());
    expect(operatorFile.demoRowCount).toBe(operatorFile.rowCount);
    expect(operatorRows.every((row) => row.Instansi !== row['ID Instansi'])).toBe(true);
    const publicFile = (await exportOf(TENANCIES, { format: 'CSV' }, null)).file as File;
    const publicRows = csvRows(publicFile);
    expect(publicRows.map((row) => row['ID Tenant']).sort()).toEqual((await list(null)).edges.map((edge) => edge.node.id).sort());
    expect(publicRows.every((row) => row.Tahap === 'Beroperasi')).toBe(true);
    expect(publicRows.length).toBeLessThan(operatorRows.length);
  });

  it('desks: one row per desk with its weekday schedule; a formula-like label is neutralised in CSV and XLSX', async () => {
    const desks = await db.query<{ id: string; number: number }>(`SELECT id, number FROM mpp.desks WHERE mall_id = $1 ORDER BY number`, [
      id,
    ]);
    await db.query(`UPDATE mpp.desks SET label = $2 WHERE id = $1`, [desks.rows[0].id, HOSTILE]);
    const csv = (await exportOf(DESKS, { format: 'CSV_INDONESIAN' }, CALLERS.operator)).file as File;
    const rows = csvRows(csv, ';');
    expect(rows.map((row) => Number(row['Nomor Gerai']))).toEqual(desks.rows.map((desk) => desk.number));
    expect(rows[0]['Nama Gerai']).toBe(`'${HOSTILE}`);
    expect(Object.keys(rows[0])).toEqual(['Nomor Gerai', 'Nama Gerai', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']);
    expect(rows.some((row) => /\(\d+ petugas\)$/.test(row.Senin))).toBe(true);
    const sheet = await sheetRows((await exportOf(DESKS, { format: 'XLSX' }, null)).file as File);
    expect(sheet[1][1]).toBe(`'${HOSTILE}`);
  });

  it('visitors: the desk days of the range as deskDays lists them, for the operator and national admins only', async () => {
    const range = { from: '2026-05-16', to: '2026-06-15' };
    const listed = dataOf(
      await mpp.graphql<{ deskDays: { totalCount: number } }>(
        `query($id: ID!, $from: String!, $to: String!) { deskDays(mallId: $id, from: $from, to: $to, first: 1) { totalCount } }`,
        { id, ...range },
        { caller: CALLERS.operator },
      ),
    ).deskDays;
    expect(listed.totalCount).toBeGreaterThan(0);
    const { file } = await exportOf(VISITORS, { ...range, format: 'CSV' }, CALLERS.admin);
    expect(file?.rowCount).toBe(listed.totalCount);
    const rows = csvRows(file as File);
    expect(rows.every((row) => row.Tanggal >= range.from && row.Tanggal <= range.to)).toBe(true);
    expect(file?.demoRowCount).toBe(rows.filter((row) => row['Asal Data'] !== 'resmi').length);
    expect((await exportOf(VISITORS, { ...range, format: 'CSV' }, CALLERS.otherOperator)).code).toBe('FORBIDDEN');
    expect((await exportOf(VISITORS, { ...range, format: 'CSV' }, null)).code).toBe('UNAUTHENTICATED');
    expect((await exportOf(VISITORS, { from: '2024-01-01', to: '2026-01-01', format: 'CSV' }, CALLERS.operator)).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('quotas: every service of the tenants still in the mall with its daily quota, for the operator only', async () => {
    const count = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id WHERE t.mall_id = $1 AND t.step <> 'LEFT'`,
      [id],
    );
    const { file } = await exportOf(QUOTAS, { format: 'XLSX' }, CALLERS.operator);
    expect(count.rows[0].n).toBeGreaterThan(0);
    expect(file?.rowCount).toBe(count.rows[0].n);
    const sheet = await sheetRows(file as File);
    expect(sheet[0]).toEqual(['Instansi', 'ID Layanan', 'Layanan', 'Status', 'Kuota Harian', 'Standar Pelayanan Lengkap']);
    expect(sheet.length).toBe(count.rows[0].n + 1);
    expect((await exportOf(QUOTAS, { format: 'CSV' }, CALLERS.deskSamsatKalsel)).code).toBe('FORBIDDEN');
  });
});
