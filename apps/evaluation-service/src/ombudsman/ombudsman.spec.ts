import ExcelJS from 'exceljs';
import { stableId } from '@simpul/service-kit';
import { createTestDatabase, startRegistryProcess, xlsxBomb, type RegistryProcess, type TestDatabase } from '@simpul/service-kit/testing';
import { CALLERS, SEEDED_EVALUATION, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';
import { BANJARMASIN_2022_SOURCE } from './ombudsman-demo-data';

// Ombudsman results through real GraphQL on the real database, with the real registry (built bundle,
// its own process, same database) answering which agencies exist. The seed clock is 4 May 2026.
jest.setTimeout(180_000);

const BANJARMASIN = stableId('agency', 'pemkot-63.71');
const PALANGKA_RAYA = stableId('agency', 'pemkot-62.71');
const PEMPROV = (code: string) => stableId('agency', `pemprov-${code}`);

const RESULT_FIELDS = `id agency { id } agencyName regionCode year score zone opinion methodVersion origin source
  zoneLabel { id en } dimensions { dimension score weight } unitFindings { serviceUnit { id } unitName score zone note }`;

const Q = {
  list: `query($filter: OmbudsmanResultFilter, $first: Int, $after: String) {
    ombudsmanResults(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${RESULT_FIELDS} } } } }`,
  one: `query($id: ID!) { ombudsmanResult(id: $id) { ${RESULT_FIELDS} } }`,
  compliance: `query($agencyId: ID!) { ombudsmanCompliance(agencyId: $agencyId) {
    agency { id } history { year score zone methodVersion origin } latest { year } latestOfficial { year score source }
    changeSinceLastYear { yearBefore yearAfter scoreDelta zoneBefore zoneAfter methodChanged summary { id en } } } }`,
  province: `query($regionCode: String!, $year: Int) { ombudsmanProvinceSummary(regionCode: $regionCode, year: $year) {
    regionCode region { code } year years total officialCount demoCount zoneCounts { zone count label { id } }
    results { agencyName zone score origin } publishedStatements { text { id } source origin } } }`,
  record: `mutation($input: OmbudsmanResultInput!) { recordOmbudsmanResult(input: $input) { ${RESULT_FIELDS} } }`,
  import: `mutation($file: ImportFileInput!, $dryRun: Boolean) { importOmbudsmanResults(file: $file, dryRun: $dryRun) {
    accepted dryRun created fileError { field message { id en } } rows { row agencyId agencyName year zone ok errors { field message { id en } } } } }`,
};

interface ResultNode {
  id: string;
  agency: { id: string };
  agencyName: string;
  year: number;
  score: number | null;
  zone: string;
  opinion: string | null;
  methodVersion: string;
  origin: string;
  source: string | null;
  dimensions: { dimension: string; score: number; weight: number | null }[];
  unitFindings: { serviceUnit: { id: string } | null; unitName: string; score: number | null; zone: string | null }[];
}
interface ListData {
  ombudsmanResults: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ResultNode }[] };
}
interface ImportReport {
  accepted: boolean;
  dryRun: boolean;
  created: number;
  fileError: { field: string; message: { id: string; en: string } } | null;
  rows: {
    row: number;
    agencyId: string | null;
    agencyName: string | null;
    year: number | null;
    zone: string | null;
    ok: boolean;
    errors: { field: string; message: { id: string; en: string } }[];
  }[];
}

const csv = (lines: string[]) => ({
  format: 'CSV',
  fileName: 'ombudsman.csv',
  contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
});

async function xlsx(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hasil');
  for (const row of rows) sheet.addRow(row);
  return { format: 'XLSX', fileName: 'ombudsman.xlsx', contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

describe('Ombudsman compliance results (GraphQL over HTTP, real PostgreSQL, real registry)', () => {
  let database: TestDatabase;
  let registry: RegistryProcess;
  let evaluation: EvaluationHarness;

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_EVALUATION);
    registry = await startRegistryProcess(database.url);
    // The service asks the registry at REGISTRY_URL which agencies exist (agency-directory.ts).
    process.env.REGISTRY_URL = registry.url;
    evaluation = await startEvaluation(undefined, { database });
  });

  afterAll(async () => {
    await evaluation?.close();
    await registry?.close();
    await database?.drop();
  });

  const count = async () => (await registry.sql<{ n: number }>(`SELECT count(*)::int AS n FROM evaluation.ombudsman_results`))[0].n;

  describe('reading, signed out', () => {
    it('finds Kota Banjarmasin 2022: 69,63, zona kuning, official with its source', async () => {
      const data = ok(await evaluation.graphql<ListData>(Q.list, { filter: { regionCode: '63', year: 2022 } }));
      const banjarmasin = data.ombudsmanResults.edges.map((edge) => edge.node).find((node) => node.agency.id === BANJARMASIN);
      expect(banjarmasin).toMatchObject({
        agencyName: 'Pemerintah Kota Banjarmasin',
        year: 2022,
        score: 69.63,
        zone: 'KUNING',
        methodVersion: 'KEPATUHAN_2015',
        origin: 'OFFICIAL',
        source: BANJARMASIN_2022_SOURCE,
      });
      expect(banjarmasin?.source).toContain('Ombudsman RI Perwakilan Kalimantan Selatan');
    });

    it('every seeded row but the published one is demo, and demo rows name no source', async () => {
      const data = ok(await evaluation.graphql<ListData>(Q.list, { first: 100 }));
      const nodes = data.ombudsmanResults.edges.map((edge) => edge.node);
      expect(nodes.filter((node) => node.origin === 'OFFICIAL').map((node) => `${node.agencyName} ${node.year}`)).toEqual([
        'Pemerintah Kota Banjarmasin 2022',
      ]);
      expect(nodes.filter((node) => node.origin === 'DEMO').every((node) => node.source === null)).toBe(true);
    });

    it('pages by cursor, newest year first, without repeating a row', async () => {
      const first = ok(await evaluation.graphql<ListData>(Q.list, { first: 7 })).ombudsmanResults;
      const second = ok(await evaluation.graphql<ListData>(Q.list, { first: 7, after: first.pageInfo.endCursor })).ombudsmanResults;
      const all = ok(await evaluation.graphql<ListData>(Q.list, { first: 100 })).ombudsmanResults;
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(all.edges.slice(0, 14).map((edge) => edge.node.id));
      const years = all.edges.map((edge) => edge.node.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(second.totalCount).toBe(all.totalCount);
    });

    it('filters by agency and by kabupaten/kota code', async () => {
      const byAgency = ok(await evaluation.graphql<ListData>(Q.list, { filter: { agencyId: BANJARMASIN } })).ombudsmanResults;
      expect(byAgency.edges.map((edge) => edge.node.year)).toEqual([2023, 2022, 2021, 2020, 2019]);
      const byCity = ok(await evaluation.graphql<ListData>(Q.list, { filter: { regionCode: '63.71' } })).ombudsmanResults;
      expect(byCity.totalCount).toBe(5);
    });

    it('one result with its dimension scores (2023 weights from @simpul/scoring) and unit findings', async () => {
      const [latest] = ok(await evaluation.graphql<ListData>(Q.list, { filter: { agencyId: BANJARMASIN, year: 2023 } })).ombudsmanResults
        .edges;
      const data = ok(await evaluation.graphql<{ ombudsmanResult: ResultNode }>(Q.one, { id: latest.node.id }));
      expect(data.ombudsmanResult).toMatchObject({ methodVersion: 'OPINI_2022', opinion: 'C', zone: 'KUNING', origin: 'DEMO' });
      expect(data.ombudsmanResult.dimensions.map((row) => [row.dimension, row.weight])).toEqual([
        ['INPUT', 21.85],
        ['PROSES', 32.37],
        ['OUTPUT', 24.24],
        ['PENGADUAN', 21.54],
      ]);
      expect(data.ombudsmanResult.unitFindings[0]).toMatchObject({
        serviceUnit: { id: stableId('unit', 'dpmptsp-63.71') },
        unitName: 'DPMPTSP Kota Banjarmasin',
        zone: 'HIJAU',
      });
    });

    it("an agency's compliance: history newest first, the last official result, what changed since the year before", async () => {
      const { ombudsmanCompliance } = ok(
        await evaluation.graphql<{
          ombudsmanCompliance: {
            history: { year: number }[];
            latest: { year: number };
            latestOfficial: { year: number; score: number; source: string };
            changeSinceLastYear: {
              yearBefore: number;
              yearAfter: number;
              scoreDelta: number;
              zoneBefore: string;
              zoneAfter: string;
              methodChanged: boolean;
              summary: { id: string; en: string };
            };
          };
        }>(Q.compliance, { agencyId: BANJARMASIN }),
      );
      expect(ombudsmanCompliance.history.map((row) => row.year)).toEqual([2023, 2022, 2021, 2020, 2019]);
      expect(ombudsmanCompliance.latestOfficial).toEqual({ year: 2022, score: 69.63, source: BANJARMASIN_2022_SOURCE });
      expect(ombudsmanCompliance.changeSinceLastYear).toEqual({
        yearBefore: 2022,
        yearAfter: 2023,
        scoreDelta: 4.49,
        zoneBefore: 'KUNING',
        zoneAfter: 'KUNING',
        methodChanged: true,
        summary: {
          id: 'Naik 4,49 poin sejak 2022; tetap zona kuning (kepatuhan sedang) (metode berbeda)',
          en: 'Up 4.49 points since 2022; still yellow zone (medium compliance) (different method)',
        },
      });
    });

    it('an agency with no results has an empty compliance, not an error', async () => {
      const data = ok(
        await evaluation.graphql<{ ombudsmanCompliance: { history: unknown[]; latest: null; changeSinceLastYear: null } }>(Q.compliance, {
          agencyId: PEMPROV('12'),
        }),
      );
      expect(data.ombudsmanCompliance).toMatchObject({ history: [], latest: null, changeSinceLastYear: null });
    });

    it('Kalimantan Selatan 2022: instansi per zone, with what the Ombudsman published about the province', async () => {
      const { ombudsmanProvinceSummary } = ok(
        await evaluation.graphql<{
          ombudsmanProvinceSummary: {
            year: number;
            years: number[];
            total: number;
            officialCount: number;
            demoCount: number;
            zoneCounts: { zone: string; count: number }[];
            results: { agencyName: string; zone: string }[];
            publishedStatements: { text: { id: string }; source: string; origin: string }[];
          };
        }>(Q.province, { regionCode: '63', year: 2022 }),
      );
      expect(ombudsmanProvinceSummary.zoneCounts.map((row) => [row.zone, row.count])).toEqual([
        ['HIJAU', 1],
        ['KUNING', 1],
        ['MERAH', 0],
      ]);
      expect(ombudsmanProvinceSummary).toMatchObject({
        year: 2022,
        years: [2023, 2022, 2021, 2020, 2019],
        total: 2,
        officialCount: 1,
        demoCount: 1,
      });
      expect(ombudsmanProvinceSummary.results.map((row) => [row.agencyName, row.zone])).toEqual([
        ['Pemerintah Kota Banjarmasin', 'KUNING'],
        ['Pemerintah Provinsi Kalimantan Selatan', 'HIJAU'],
      ]);
      expect(ombudsmanProvinceSummary.publishedStatements).toEqual([
        { text: { id: expect.stringContaining('5 kabupaten/kota di zona hijau') }, source: BANJARMASIN_2022_SOURCE, origin: 'OFFICIAL' },
      ]);
    });

    it('the summary defaults to the latest year and refuses a code that is no region code', async () => {
      const data = ok(
        await evaluation.graphql<{ ombudsmanProvinceSummary: { year: number; total: number } }>(Q.province, { regionCode: '63' }),
      );
      expect(data.ombudsmanProvinceSummary.year).toBe(2023);
      const refused = await evaluation.graphql(Q.province, { regionCode: 'kalsel' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    });
  });

  describe('writing is the national admin’s', () => {
    const input = {
      agencyId: PALANGKA_RAYA,
      year: 2023,
      methodVersion: 'OPINI_2022',
      opinion: 'B',
      source: 'Ombudsman RI, Opini Pengawasan 2023 (uji)',
    };

    it('refuses a signed-out caller, a desk and an evaluator', async () => {
      expect(errorCode(await evaluation.graphql(Q.record, { input }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await evaluation.graphql(Q.record, { input }, { caller: CALLERS.deskSamsatKalsel }))).toBe('FORBIDDEN');
      expect(errorCode(await evaluation.graphql(Q.import, { file: csv(['agency_id,year,method']) }, { caller: CALLERS.evaluator }))).toBe(
        'FORBIDDEN',
      );
    });

    it.each([
      [
        'a score above 100',
        { agencyId: BANJARMASIN, year: 2018, methodVersion: 'KEPATUHAN_2015', score: 100.5, origin: 'DEMO' },
        'BAD_USER_INPUT',
        'score',
      ],
      [
        'an opinion with the 2015 method',
        { agencyId: BANJARMASIN, year: 2018, methodVersion: 'KEPATUHAN_2015', score: 70, opinion: 'B', origin: 'DEMO' },
        'BAD_USER_INPUT',
        'opinion',
      ],
      ['an agency the registry does not know', { ...input, agencyId: stableId('agency', 'tidak-ada') }, 'BAD_USER_INPUT', 'agencyId'],
      ['a year still to come', { ...input, year: 2027 }, 'BAD_USER_INPUT', 'year'],
      ['the 2025 method before 2025', { ...input, methodVersion: 'OPINI_2025' }, 'BAD_USER_INPUT', 'methodVersion'],
      ['an official figure without its source', { ...input, source: null }, 'BAD_USER_INPUT', 'source'],
      ['a derived origin', { ...input, origin: 'DERIVED' }, 'BAD_USER_INPUT', 'origin'],
      [
        'the same agency, year and method again',
        { agencyId: BANJARMASIN, year: 2022, methodVersion: 'KEPATUHAN_2015', score: 70, origin: 'DEMO' },
        'CONFLICT',
        'year',
      ],
    ])('refuses %s with a typed error in both languages', async (_, bad, code, field) => {
      const before = await count();
      const result = await evaluation.graphql(Q.record, { input: bad }, { caller: CALLERS.admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field, messages: { id: expect.any(String), en: expect.any(String) } });
      expect(await count()).toBe(before);
    });

    it('records a published opinion as given: zone from the opinion, 2023 weights on its dimensions, readable signed out', async () => {
      const data = ok(
        await evaluation.graphql<{ recordOmbudsmanResult: ResultNode }>(
          Q.record,
          {
            input: {
              ...input,
              score: 84.2,
              dimensions: [
                { dimension: 'PROSES', score: 80.5 },
                { dimension: 'INPUT', score: 88 },
              ],
            },
          },
          { caller: CALLERS.admin },
        ),
      );
      expect(data.recordOmbudsmanResult).toMatchObject({
        agencyName: 'Pemerintah Kota Palangka Raya',
        zone: 'HIJAU',
        score: 84.2,
        origin: 'OFFICIAL',
      });
      expect(data.recordOmbudsmanResult.dimensions).toEqual([
        { dimension: 'INPUT', score: 88, weight: 21.85 },
        { dimension: 'PROSES', score: 80.5, weight: 32.37 },
      ]);
      const read = ok(await evaluation.graphql<{ ombudsmanResult: ResultNode }>(Q.one, { id: data.recordOmbudsmanResult.id }));
      expect(read.ombudsmanResult.opinion).toBe('B');
    });
  });

  describe('importing from CSV and XLSX (all or nothing, with a row report)', () => {
    it('a dry run checks every row and stores nothing; the real run stores them all', async () => {
      const file = csv([
        'id_instansi;tahun;metode;nilai;opini;asal_data;sumber',
        `${PEMPROV('34')};2021;KEPATUHAN_2015;79,45;;DEMO;`,
        `${PEMPROV('34')};2023;OPINI_2022;;A;OFFICIAL;Ombudsman RI, Opini 2023 (uji impor)`,
      ]);
      const before = await count();
      const dry = ok(
        await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(Q.import, { file, dryRun: true }, { caller: CALLERS.admin }),
      );
      expect(dry.importOmbudsmanResults).toMatchObject({ accepted: true, dryRun: true, created: 0, fileError: null });
      expect(dry.importOmbudsmanResults.rows.map((row) => [row.row, row.year, row.zone, row.ok])).toEqual([
        [2, 2021, 'KUNING', true],
        [3, 2023, 'HIJAU', true],
      ]);
      expect(dry.importOmbudsmanResults.rows[0].agencyName).toMatch(/^Pemerintah Provinsi /);
      expect(await count()).toBe(before);

      const real = ok(await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(Q.import, { file }, { caller: CALLERS.admin }));
      expect(real.importOmbudsmanResults).toMatchObject({ accepted: true, dryRun: false, created: 2 });
      const listed = ok(await evaluation.graphql<ListData>(Q.list, { filter: { agencyId: PEMPROV('34') } })).ombudsmanResults;
      expect(listed.edges.map((edge) => [edge.node.year, edge.node.score, edge.node.origin])).toEqual([
        [2023, null, 'OFFICIAL'],
        [2021, 79.45, 'DEMO'],
      ]);
    });

    it('reads XLSX with the dimension columns', async () => {
      const file = await xlsx([
        ['agency_id', 'year', 'method', 'opinion', 'input', 'proses', 'output', 'pengaduan', 'origin'],
        [PEMPROV('36'), 2023, 'OPINI_2022', 'D', 55.1, 48.25, 50, 41.3, 'DEMO'],
      ]);
      const data = ok(await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(Q.import, { file }, { caller: CALLERS.admin }));
      expect(data.importOmbudsmanResults).toMatchObject({ accepted: true, created: 1 });
      const [stored] = ok(await evaluation.graphql<ListData>(Q.list, { filter: { agencyId: PEMPROV('36') } })).ombudsmanResults.edges;
      expect(stored.node).toMatchObject({ zone: 'MERAH', opinion: 'D' });
      expect(stored.node.dimensions.map((row) => row.score)).toEqual([55.1, 48.25, 50, 41.3]);
    });

    it('one bad row stores nothing, and the report names each row, field and reason', async () => {
      const file = csv([
        'agency_id,year,method,score,opinion,origin,source',
        `${PEMPROV('51')},2019,KEPATUHAN_2015,74.5,,DEMO,`,
        `${PEMPROV('51')},2020,KEPATUHAN_2015,120,,DEMO,`,
        `${PEMPROV('52')},2020,KEPATUHAN_2015,70,B,DEMO,`,
        `${stableId('agency', 'tidak-ada')},2020,KEPATUHAN_2015,70,,DEMO,`,
        `${BANJARMASIN},2022,KEPATUHAN_2015,69.63,,OFFICIAL,`,
        `${PEMPROV('51')},2019,KEPATUHAN_2015,74.5,,DEMO,`,
        `${PEMPROV('53')},2031,KEPATUHAN_2015,60,,DEMO,`,
      ]);
      const before = await count();
      const data = ok(await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(Q.import, { file }, { caller: CALLERS.admin }));
      const report = data.importOmbudsmanResults;
      expect(report).toMatchObject({ accepted: false, created: 0, fileError: null });
      expect(report.rows.map((row) => [row.row, row.ok, row.errors.map((error) => error.field)])).toEqual([
        [2, true, []],
        [3, false, ['score']],
        [4, false, ['opinion']],
        [5, false, ['agencyId']],
        [6, false, ['source', 'year']],
        [7, false, ['year']],
        [8, false, ['year']],
      ]);
      expect(report.rows[1].errors[0].message).toEqual({
        id: 'Nilai harus antara 0 dan 100 (tertulis 120).',
        en: 'The score must be between 0 and 100 (got 120).',
      });
      expect(report.rows[5].errors[0].message.id).toBe('Baris 2 sudah memuat instansi, tahun dan metode ini.');
      expect(await count()).toBe(before);
    });

    it('refuses a file without the required columns, or one it cannot read, as a whole', async () => {
      const missing = ok(
        await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(
          Q.import,
          { file: csv(['instansi,nilai', 'Kota X,70']) },
          { caller: CALLERS.admin },
        ),
      );
      expect(missing.importOmbudsmanResults).toMatchObject({
        accepted: false,
        rows: [],
        fileError: { field: 'file', message: { id: 'Kolom wajib tidak ada: agency_id, year, method.' } },
      });
      const broken = ok(
        await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(
          Q.import,
          { file: { format: 'XLSX', contentBase64: Buffer.from('bukan xlsx').toString('base64') } },
          { caller: CALLERS.admin },
        ),
      );
      expect(broken.importOmbudsmanResults.fileError?.message.en).toBe('The XLSX file cannot be read.');
    });

    it('refuses an XLSX that unpacks to 60 MB before parsing it, naming the limits in both languages', async () => {
      const bomb = xlsxBomb({
        rows: [
          ['agency_id', 'year', 'method', 'score'],
          [BANJARMASIN, '2025', 'OMBUDSMAN_2023', '80'],
        ],
        paddingBytes: 60 * 1024 * 1024,
      });
      const file = { format: 'XLSX', fileName: 'bom.xlsx', contentBase64: bomb.toString('base64') };
      const data = ok(
        await evaluation.graphql<{ importOmbudsmanResults: ImportReport }>(Q.import, { file, dryRun: true }, { caller: CALLERS.admin }),
      );
      expect(data.importOmbudsmanResults).toMatchObject({
        accepted: false,
        rows: [],
        fileError: {
          field: 'file',
          message: {
            en: expect.stringMatching(/unpacks to more than 50 MB.*Limits: 1,000 parts/),
            id: expect.stringMatching(/lebih dari 50 MB setelah dibuka.*Batas: 1\.000 bagian/),
          },
        },
      });
    });
  });
});
