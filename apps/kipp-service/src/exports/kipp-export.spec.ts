import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { competitionId } from '../seed/demo-competition';
import { CALLERS, dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

interface File {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  demoRowCount: number;
}
const FILE = 'fileName mimeType contentBase64 rowCount demoRowCount';
const PROPOSALS = `query($id: ID!, $format: ExportFormat!) { exportProposals(competitionId: $id, format: $format) { ${FILE} } }`;
const INNOVATIONS = `query($filter: InnovationFilter, $format: ExportFormat!) { exportInnovations(filter: $filter, format: $format) { ${FILE} } }`;
const HOSTILE = ' =HYPERLINK("http://contoh.test","klik")';

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

describe('KIPP exports: proposals with scores (admins, TPI) and the public catalogue', () => {
  let kipp: KippHarness;
  let db: pg.Client;
  const year2023 = competitionId(2023);

  beforeAll(async () => {
    kipp = await startKipp();
    db = new pg.Client({ connectionString: kipp.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await kipp?.close();
  });

  it('exportProposals: every submitted proposal of the competition with its desk-assessment score and rank as the ranking shows them', async () => {
    const file = dataOf(
      await kipp.graphql<{ exportProposals: File }>(PROPOSALS, { id: year2023, format: 'CSV' }, { caller: CALLERS.admin }),
    ).exportProposals;
    const count = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM kipp.proposals WHERE competition_id = $1 AND status <> 'DRAFT'`,
      [year2023],
    );
    expect(file.rowCount).toBe(count.rows[0].n);
    expect(file.demoRowCount).toBe(file.rowCount);
    expect(file.fileName).toBe('kipp-2023-proposal-dan-nilai.csv');
    const rows = csvRows(file);
    const ranking = dataOf(
      await kipp.graphql<{ ranking: { edges: { node: { proposalId: string; rank: number; of: number; value: number } }[] } }>(
        `query($id: ID!) { ranking(competitionId: $id, stage: DESK_ASSESSMENT, first: 100) { edges { node { proposalId rank of value } } } }`,
        { id: year2023 },
        { caller: CALLERS.admin },
      ),
    ).ranking.edges.map((edge) => edge.node);
    expect(ranking.length).toBeGreaterThan(0);
    for (const ranked of ranking) {
      const row = rows.find((candidate) => candidate['ID Proposal'] === ranked.proposalId);
      expect(row?.['Nilai Penilaian Tim Evaluasi']).toBe(ranked.value.toFixed(2));
      expect(row?.['Peringkat Penilaian TE']).toBe(`${ranked.rank} dari ${ranked.of}`);
    }
    expect(rows.filter((row) => row.Status === 'Top 45').every((row) => row['Nilai Presentasi dan Wawancara'] !== '')).toBe(true);
    const xlsx = dataOf(
      await kipp.graphql<{ exportProposals: File }>(PROPOSALS, { id: year2023, format: 'XLSX' }, { caller: CALLERS.admin }),
    ).exportProposals;
    expect((await sheetRows(xlsx)).length).toBe(file.rowCount + 1);
  });

  it('exportProposals: refused to desks, the Tim Evaluasi and the public; the competition’s TPI may export', async () => {
    const codeOf = async (caller: (typeof CALLERS)[keyof typeof CALLERS] | null) =>
      (await kipp.graphql(PROPOSALS, { id: year2023, format: 'CSV' }, { caller })).errors?.[0]?.extensions.code ?? 'OK';
    expect(await codeOf(null)).toBe('UNAUTHENTICATED');
    expect(await codeOf(CALLERS.deskSamsatKalsel)).toBe('FORBIDDEN');
    expect(await codeOf(CALLERS.evaluator)).toBe('FORBIDDEN');
    expect(await codeOf(CALLERS.panel)).toBe('OK');
  });

  it('exportInnovations: signed out, exactly the rows innovations(filter) lists, formula-like text neutralised in CSV and XLSX', async () => {
    const listed = dataOf(
      await kipp.graphql<{ innovations: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `query { innovations(filter: { year: 2023 }, first: 100) { totalCount edges { node { id } } } }`,
      ),
    ).innovations;
    expect(listed.totalCount).toBeGreaterThan(0);
    await db.query(`UPDATE kipp.innovations SET title = $2 WHERE id = $1`, [listed.edges[0].node.id, HOSTILE]);
    const file = dataOf(
      await kipp.graphql<{ exportInnovations: File }>(INNOVATIONS, { filter: { year: 2023 }, format: 'CSV_INDONESIAN' }),
    ).exportInnovations;
    expect(file.fileName).toBe('katalog-inovasi-2023-format-indonesia.csv');
    const rows = csvRows(file, ';');
    expect(rows.map((row) => row['ID Inovasi']).sort()).toEqual(listed.edges.map((edge) => edge.node.id).sort());
    expect(rows.find((row) => row['ID Inovasi'] === listed.edges[0].node.id)?.['Judul Inovasi']).toBe(`'${HOSTILE}`);
    const xlsx = dataOf(
      await kipp.graphql<{ exportInnovations: File }>(INNOVATIONS, { filter: { year: 2023 }, format: 'XLSX' }),
    ).exportInnovations;
    const titles = (await sheetRows(xlsx)).slice(1).map((row) => row[1]);
    expect(titles).toContain(`'${HOSTILE}`);
    expect(titles.some((title) => typeof title === 'string' && /^\s*=/.test(title))).toBe(false);
  });
});
