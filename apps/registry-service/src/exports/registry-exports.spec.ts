import ExcelJS from 'exceljs';
import { stableId } from '@simpul/service-kit';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

interface ExportAnswer {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  demoRowCount: number;
  cohort: string | null;
}
const FILE = 'fileName mimeType contentBase64 rowCount demoRowCount cohort';
const UNITS = `query($filter: ServiceUnitFilter, $format: ExportFormat!) { exportServiceUnits(filter: $filter, format: $format) { ${FILE} } }`;
const SERVICES = `query($filter: ServiceFilter, $format: ExportFormat!) { exportServices(filter: $filter, format: $format) { ${FILE} } }`;
const AGENCIES = `query($filter: AgencyFilter, $format: ExportFormat!) { exportAgencies(filter: $filter, format: $format) { ${FILE} } }`;

const text = (file: ExportAnswer) =>
  Buffer.from(file.contentBase64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
const lines = (file: ExportAnswer) => text(file).trimEnd().split('\r\n');

async function workbookOf(file: ExportAnswer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('registry exports (GraphQL over HTTP, real PostgreSQL)', () => {
  let registry: RegistryHarness;

  async function exported(query: string, variables: Record<string, unknown>, caller?: (typeof CALLERS)[keyof typeof CALLERS]) {
    const result = await registry.graphql<Record<string, ExportAnswer>>(query, variables, caller ? { caller } : {});
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0];
  }

  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.close());

  it('anyone downloads the units serviceUnits lists for the same filter, in the same order, as CSV', async () => {
    const filter = { regionCode: '63' };
    const listed = await registry.graphql<{ serviceUnits: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `query($filter: ServiceUnitFilter) { serviceUnits(first: 100, filter: $filter) { totalCount edges { node { name } } } }`,
      { filter },
    );
    const file = await exported(UNITS, { filter, format: 'CSV' });
    expect(file).toMatchObject({ fileName: 'unit-pelayanan-63.csv', mimeType: 'text/csv; charset=utf-8', cohort: null });
    expect(file.rowCount).toBe(listed.data!.serviceUnits.totalCount);
    const [header, ...rows] = lines(file);
    expect(header.split(',').slice(0, 3)).toEqual(['ID', 'Nama unit', 'Jenis unit']);
    expect(rows).toHaveLength(file.rowCount);
    expect(rows.map((row) => row.split(',')[1].replace(/^"|"$/g, ''))).toEqual(
      listed.data!.serviceUnits.edges.map((edge) => edge.node.name),
    );
    // The seeded registry is demo data, and the file says so.
    expect(file.demoRowCount).toBe(file.rowCount);
  });

  it('archived units are in the file only for those the list shows them to', async () => {
    const unit = stableId('unit', 'samsat-62');
    await registry.sql(`UPDATE registry.service_units SET archived_at = now() WHERE id = $1`, [unit]);
    try {
      const filter = { regionCode: '62', includeArchived: true, kind: 'SAMSAT' };
      const names = async (caller?: (typeof CALLERS)[keyof typeof CALLERS]) =>
        text(await exported(UNITS, { filter, format: 'CSV' }, caller));
      expect(await names()).not.toContain(unit);
      expect(await names(CALLERS.deskSamsatKalsel)).not.toContain(unit);
      expect(await names(CALLERS.admin)).toContain(unit);
    } finally {
      await registry.sql(`UPDATE registry.service_units SET archived_at = NULL WHERE id = $1`, [unit]);
    }
  });

  it('formula-like cells are neutralised in CSV and XLSX, also after leading spaces', async () => {
    const created = await registry.graphql<{ createAgency: { id: string } }>(
      `mutation($input: AgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { name: '=SUM(1;2) Instansi Uji', type: 'KOTA', regionCode: '63.71' } },
      { caller: CALLERS.admin },
    );
    expect(created.errors).toBeUndefined();
    // The API trims names; text with leading spaces can still arrive by import or an older system.
    const unit = stableId('unit', 'dpmptsp-63');
    await registry.sql(`UPDATE registry.service_units SET address = $2 WHERE id = $1`, [unit, '  =HYPERLINK("http://x","klik")']);
    const csv = text(await exported(UNITS, { filter: { regionCode: '63', kind: 'DPMPTSP' }, format: 'CSV' }));
    expect(csv).toContain(`"'  =HYPERLINK(""http://x"",""klik"")"`);
    expect(csv).not.toMatch(/(^|,)"? *=HYPERLINK/m);

    const agencies = await exported(AGENCIES, { filter: { search: 'Instansi Uji' }, format: 'XLSX' });
    expect(agencies.fileName).toBe('instansi.xlsx');
    const workbook = await workbookOf(agencies);
    const sheet = workbook.getWorksheet('Instansi')!;
    expect(sheet.getCell('B1').value).toBe('Nama instansi');
    expect(sheet.getCell('B2').value).toBe(`'=SUM(1;2) Instansi Uji`);
    expect(workbook.getWorksheet('Keterangan')!.getCell('B2').value).toBe('Pencarian: Instansi Uji');

    const units = await workbookOf(await exported(UNITS, { filter: { regionCode: '63', kind: 'DPMPTSP' }, format: 'XLSX' }));
    const addresses = units.getWorksheet('Unit pelayanan')!.getColumn(8).values;
    expect(addresses).toContain(`'  =HYPERLINK("http://x","klik")`);
  });

  it('services come with what their Standar Pelayanan misses and has unpublished, for the same filter as services', async () => {
    const filter = { serviceUnitId: stableId('unit', 'samsat-62'), incomplete: true };
    const listed = await registry.graphql<{ services: { totalCount: number } }>(
      `query($filter: ServiceFilter) { services(filter: $filter) { totalCount } }`,
      { filter },
    );
    const file = await exported(SERVICES, { filter, format: 'CSV' });
    expect(file.rowCount).toBe(listed.data!.services.totalCount);
    const row = lines(file).find((line) => line.includes('Pengesahan STNK Tahunan'))!;
    expect(row).toContain('Sarana, prasarana dan/atau fasilitas; Evaluasi kinerja pelaksana');
    expect(row).toContain('Biaya/tarif');
    expect(row).toMatch(/,tidak,tidak,12,/);
  });

  it('agencies as Indonesian CSV: semicolons, with active unit counts, archived only for the national admin', async () => {
    const created = await registry.graphql<{ createAgency: { id: string } }>(
      `mutation($input: AgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { name: 'Badan Arsip Uji', type: 'LEMBAGA', regionCode: '63' } },
      { caller: CALLERS.admin },
    );
    const id = created.data!.createAgency.id;
    await registry.graphql(`mutation($id: ID!) { archiveAgency(id: $id) { id } }`, { id }, { caller: CALLERS.admin });
    const filter = { search: 'Arsip Uji', includeArchived: true };
    const publicFile = await exported(AGENCIES, { filter, format: 'CSV_INDONESIAN' });
    expect(publicFile).toMatchObject({ fileName: 'instansi-format-indonesia.csv', rowCount: 0 });
    const adminFile = await exported(AGENCIES, { filter, format: 'CSV_INDONESIAN' }, CALLERS.admin);
    expect(adminFile.rowCount).toBe(1);
    const [header, row] = lines(adminFile);
    expect(header).toBe('ID;Nama instansi;Jenis instansi;Kode wilayah;Wilayah;Instansi induk;Jumlah unit aktif;Diarsipkan');
    expect(row).toBe(`${id};Badan Arsip Uji;LEMBAGA;63;Kalimantan Selatan;;0;ya`);
  });
});
