import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { formatBytes, INTERNAL_TOKEN_HEADER, issueInternalToken, jsonBodyLimitFor, readSecret } from '@simpul/service-kit';
import { xlsxBomb } from '@simpul/service-kit/testing';
import { CALLERS, DPMPTSP_KALTENG, SAMSAT_KALSEL, startRegistry, type RegistryHarness } from '../../test-support/registry-test-app';

const IMPORT = `mutation($unit: ID!, $format: ImportFormat!, $content: String!) {
  importServices(serviceUnitId: $unit, format: $format, contentBase64: $content) {
    accepted created updated rows { row name ok errors { field message messageEn } }
  }
}`;

interface Report {
  accepted: boolean;
  created: number;
  updated: number;
  rows: { row: number; name: string | null; ok: boolean; errors: { field: string; message: string; messageEn: string }[] }[];
}

const HEADER = [
  'name',
  'description',
  'requirements',
  'procedure',
  'duration',
  'fee',
  'product',
  'complaint_handling',
  'legal_basis',
  'published',
];

function csv(rows: string[][], delimiter = ','): string {
  const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from([HEADER, ...rows].map((row) => row.map(quote).join(delimiter)).join('\n')).toString('base64');
}

async function xlsx(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Layanan');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const row = (name: string, published = 'all'): string[] => [
  name,
  `Deskripsi ${name}`,
  'KTP-el; STNK',
  '1. Daftar 2. Bayar 3. Ambil',
  '1 hari kerja',
  'Gratis',
  'Dokumen',
  'SP4N-LAPOR!',
  'UU 25/2009',
  published,
];

describe('importing services from CSV and XLSX (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const count = async (unit: string) =>
    (
      await registry.graphql<{ services: { totalCount: number } }>(
        `query($unit: ID!) { services(filter: { serviceUnitId: $unit }) { totalCount } }`,
        { unit },
      )
    ).data!.services.totalCount;

  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('writes a clean CSV (semicolons too), then a re-import updates instead of duplicating', async () => {
    const before = await count(SAMSAT_KALSEL);
    const content = csv([row('Layanan Impor Satu'), row('Layanan Impor Dua', 'requirements; fee')], ';');
    const first = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: SAMSAT_KALSEL, format: 'CSV', content },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.importServices).toMatchObject({ accepted: true, created: 2, updated: 0 });
    expect(first.data!.importServices.rows.map((result) => [result.row, result.ok])).toEqual([
      [2, true],
      [3, true],
    ]);
    expect(await count(SAMSAT_KALSEL)).toBe(before + 2);

    const again = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: SAMSAT_KALSEL, format: 'CSV', content },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(again.data!.importServices).toMatchObject({ accepted: true, created: 0, updated: 2 });
    expect(await count(SAMSAT_KALSEL)).toBe(before + 2);

    const published = await registry.graphql<{ services: { edges: { node: { completeness: { unpublished: string[] } } }[] } }>(
      `query($unit: ID!) { services(filter: { serviceUnitId: $unit, search: "Impor Dua" }) { edges { node { completeness { unpublished } } } } }`,
      { unit: SAMSAT_KALSEL },
    );
    expect(published.data!.services.edges[0].node.completeness.unpublished).toEqual([
      'PROCEDURE',
      'DURATION',
      'PRODUCT',
      'COMPLAINT_HANDLING',
    ]);
  });

  it('writes a clean XLSX', async () => {
    const before = await count(SAMSAT_KALSEL);
    const result = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: SAMSAT_KALSEL, format: 'XLSX', content: await xlsx([row('Layanan Excel A'), row('Layanan Excel B')]) },
      { caller: CALLERS.admin },
    );
    expect(result.data!.importServices).toMatchObject({ accepted: true, created: 2, updated: 0 });
    expect(await count(SAMSAT_KALSEL)).toBe(before + 2);
  });

  it('rejects a file with one bad row whole, reporting every row, and writes nothing', async () => {
    const before = await count(SAMSAT_KALSEL);
    const content = await xlsx([row('Layanan Baik'), row('', 'all'), row('Layanan Salah Publikasi', 'legal_basis'), row('layanan baik')]);
    const result = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: SAMSAT_KALSEL, format: 'XLSX', content },
      { caller: CALLERS.deskSamsatKalsel },
    );
    const report = result.data!.importServices;
    expect(report).toMatchObject({ accepted: false, created: 0, updated: 0 });
    expect(report.rows.map((entry) => [entry.row, entry.ok, entry.errors.map((error) => error.field)])).toEqual([
      [2, true, []],
      [3, false, ['name']],
      [4, false, ['published']],
      [5, false, ['name']],
    ]);
    expect(report.rows[1].errors[0]).toMatchObject({ message: expect.any(String), messageEn: expect.any(String) });
    expect(await count(SAMSAT_KALSEL)).toBe(before);
  });

  it('reports unknown columns on the header row', async () => {
    const content = Buffer.from('name,colour\nLayanan,merah\n').toString('base64');
    const result = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: SAMSAT_KALSEL, format: 'CSV', content },
      { caller: CALLERS.admin },
    );
    expect(result.data!.importServices.accepted).toBe(false);
    expect(result.data!.importServices.rows).toEqual([
      expect.objectContaining({ row: 1, ok: false, errors: [expect.objectContaining({ field: 'colour' })] }),
    ]);
  });

  it('refuses an XLSX that unpacks to 60 MB before parsing it, naming the limits in both languages', async () => {
    const bomb = xlsxBomb({ rows: [HEADER, row('Layanan Bom')], paddingBytes: 60 * 1024 * 1024 });
    const before = await count(SAMSAT_KALSEL);
    const result = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: SAMSAT_KALSEL, format: 'XLSX', content: bomb.toString('base64') },
      { caller: CALLERS.admin },
    );
    expect(result.data!.importServices).toMatchObject({ accepted: false, created: 0 });
    expect(result.data!.importServices.rows[0].errors[0]).toMatchObject({
      field: 'file',
      messageEn: expect.stringMatching(/unpacks to more than 50 MB.*Limits: 1,000 parts/),
      message: expect.stringMatching(/lebih dari 50 MB setelah dibuka.*Batas: 1\.000 bagian/),
    });
    expect(await count(SAMSAT_KALSEL)).toBe(before);
  });

  it('refuses imports into another unit', async () => {
    const result = await registry.graphql(
      IMPORT,
      { unit: DPMPTSP_KALTENG, format: 'CSV', content: csv([row('X')]) },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('import size through HTTP: the registry takes what it advertises (issue 18 §2)', () => {
  let registry: RegistryHarness;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('imports a 123 kB CSV (over express’ 100 kB default body)', async () => {
    const long = 'Persyaratan lengkap sesuai ketentuan. '.repeat(55);
    const rows = Array.from({ length: 60 }, (_, index) => [...row(`Layanan Besar ${index + 1}`).slice(0, 2), long, ...row('x').slice(3)]);
    const content = csv(rows);
    expect(Buffer.from(content, 'base64').length).toBeGreaterThan(123 * 1024);
    const result = await registry.graphql<{ importServices: Report }>(
      IMPORT,
      { unit: DPMPTSP_KALTENG, format: 'CSV', content },
      { caller: CALLERS.admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.importServices).toMatchObject({ accepted: true, created: 60 });
  });

  it('refuses a body over its limit with BAD_USER_INPUT naming the limit, in both languages', async () => {
    const limit = jsonBodyLimitFor('registry');
    const response = await fetch(`${registry.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: issueInternalToken(CALLERS.admin, readSecret('INTERNAL_SECRET'), randomUUID()),
      },
      body: JSON.stringify({ query: IMPORT, variables: { unit: SAMSAT_KALSEL, format: 'CSV', content: 'A'.repeat(limit) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      maxBytes: limit,
      messages: { en: expect.stringContaining(formatBytes(limit)), id: expect.stringContaining(formatBytes(limit, 'id')) },
    });
  });
});
