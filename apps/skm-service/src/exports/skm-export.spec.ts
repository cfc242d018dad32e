import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { serviceId, surveyId } from '../seed/demo-keys';
import { startFakeRegistry } from '../public-results/fake-registry';
import { CALLERS, errorOf, ok, startSkm, type SkmHarness } from '../test-support/skm-test-app';

const EXPORT = `query($id: ID!, $view: SkmExportView!, $format: ExportFormat!) {
  exportSkmResult(surveyId: $id, view: $view, format: $format) { fileName mimeType contentBase64 rowCount demoRowCount } }`;

interface File {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  demoRowCount: number;
}

const SAMSAT_Q1 = surveyId('samsat-63:Q1-2026');
const STNK = serviceId('samsat-63', 'Pengesahan STNK Tahunan');
const STNK_5 = serviceId('samsat-63', 'Pengesahan STNK Lima Tahunan dan Penggantian TNKB');
// A name as a careless or hostile edit could leave it: a formula behind leading spaces.
const HOSTILE = '  =HYPERLINK("http://contoh.test","klik")';

function csvRows(file: File, delimiter = ','): Record<string, string>[] {
  return parse<Record<string, string>>(Buffer.from(file.contentBase64, 'base64').toString('utf8'), { columns: true, bom: true, delimiter });
}

async function sheetRows(file: File): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exportSkmResult: a survey result as CSV or XLSX, for whoever may read it', () => {
  let skm: SkmHarness;
  let registry: Awaited<ReturnType<typeof startFakeRegistry>>;
  const exportOf = async (view: string, format: string, caller = CALLERS.deskSamsatKalsel) =>
    ok(await skm.graphql<{ exportSkmResult: File }>(EXPORT, { id: SAMSAT_Q1, view, format }, { caller })).exportSkmResult;

  beforeAll(async () => {
    registry = await startFakeRegistry(
      [],
      new Map([
        [STNK, 'Pengesahan STNK Tahunan'],
        [STNK_5, HOSTILE],
      ]),
    );
    process.env.REGISTRY_URL = registry.url;
    skm = await startSkm();
  });
  afterAll(async () => {
    await skm?.close();
    await registry?.close();
    delete process.env.REGISTRY_URL;
  });

  it('ELEMENTS: one row per element U1–U9 with the figures skmResult shows', async () => {
    const result = ok(
      await skm.graphql<{ skmResult: { elements: { code: string; value: number; answered: number; categoryCode: string }[] } }>(
        `query($id: ID!) { skmResult(surveyId: $id) { elements { code value answered categoryCode } } }`,
        { id: SAMSAT_Q1 },
        { caller: CALLERS.admin },
      ),
    ).skmResult;
    const file = await exportOf('ELEMENTS', 'CSV');
    expect(file).toMatchObject({ mimeType: 'text/csv; charset=utf-8', rowCount: 9, demoRowCount: 9 });
    expect(file.fileName).toMatch(/^skm-skm-triwulan-1-2026-unsur\.csv$/);
    const rows = csvRows(file);
    expect(rows.map((row) => row['Kode Unsur'])).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    rows.forEach((row, i) => {
      expect(Number(row['Nilai Unsur (NRR × 25)'])).toBeCloseTo(result.elements[i].value, 2);
      expect(Number(row['Jumlah Responden Menjawab'])).toBe(result.elements[i].answered);
      expect(row.Mutu).toBe(result.elements[i].categoryCode);
    });
    const indonesian = await exportOf('ELEMENTS', 'CSV_INDONESIAN');
    expect(csvRows(indonesian, ';')[0]['Nilai Unsur (NRR × 25)']).toMatch(/^\d+,\d\d$/);
    const xlsx = await exportOf('ELEMENTS', 'XLSX');
    const sheet = await sheetRows(xlsx);
    expect(sheet[0][0]).toBe('Kode Unsur');
    expect(sheet.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row['Kode Unsur']));
  });

  it('SERVICES: IKM per service with the registry’s names; a formula-like name is neutralised in CSV and XLSX', async () => {
    const csv = await exportOf('SERVICES', 'CSV');
    const rows = csvRows(csv);
    expect(rows.map((row) => row['ID Layanan']).sort()).toEqual([STNK, STNK_5].sort());
    expect(rows.find((row) => row['ID Layanan'] === STNK)?.['Jenis Layanan']).toBe('Pengesahan STNK Tahunan');
    expect(rows.find((row) => row['ID Layanan'] === STNK_5)?.['Jenis Layanan']).toBe(`'${HOSTILE}`);
    expect(rows.reduce((sum, row) => sum + Number(row['Jumlah Responden']), 0)).toBeGreaterThan(0);
    const sheet = await sheetRows(await exportOf('SERVICES', 'XLSX'));
    const names = sheet.slice(1).map((row) => row[1]);
    expect(names).toContain(`'${HOSTILE}`);
    expect(names.every((name) => typeof name === 'string' && !name.trimStart().startsWith('='))).toBe(true);
  });

  it('RESPONDENT_PROFILE: groups per sex, age, education and occupation with counts and IKM, no answers', async () => {
    const file = await exportOf('RESPONDENT_PROFILE', 'CSV', CALLERS.evaluator);
    const rows = csvRows(file);
    expect(Object.keys(rows[0])).toEqual(['Profil', 'Kelompok', 'Jumlah Responden', 'Persentase Responden (%)', 'IKM', 'Mutu']);
    expect(new Set(rows.map((row) => row.Profil))).toEqual(new Set(['Jenis kelamin', 'Usia', 'Pendidikan', 'Pekerjaan']));
    const sexTotal = rows.filter((row) => row.Profil === 'Jenis kelamin').reduce((sum, row) => sum + Number(row['Jumlah Responden']), 0);
    const breakdown = ok(
      await skm.graphql<{ skmResult: { ikm: { respondents: number } } }>(
        `query($id: ID!) { skmResult(surveyId: $id) { ikm { respondents } } }`,
        { id: SAMSAT_Q1 },
        { caller: CALLERS.admin },
      ),
    ).skmResult;
    expect(sexTotal).toBe(breakdown.ikm.respondents);
    expect(rows.some((row) => row.Kelompok === 'Perempuan')).toBe(true);
  });

  it('only those who may read the result may export it', async () => {
    expect(errorOf(await skm.graphql(EXPORT, { id: SAMSAT_Q1, view: 'ELEMENTS', format: 'CSV' }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      errorOf(await skm.graphql(EXPORT, { id: SAMSAT_Q1, view: 'ELEMENTS', format: 'CSV' }, { caller: CALLERS.deskDpmptspKalteng })).code,
    ).toBe('FORBIDDEN');
    expect((await exportOf('ELEMENTS', 'CSV', CALLERS.admin)).rowCount).toBe(9);
  });
});
