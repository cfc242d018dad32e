import ExcelJS from 'exceljs';
import pg from 'pg';
import { answersForTargetIndex, getInstrument } from '@simpul/scoring';
import { CALENDAR_2027, Q, unitRow } from '../test-support/fixtures';
import { CALLERS, ok, SAMSAT_KALSEL, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// Honest data (issue #11 §7, #12 items 3 and 4): every figure says where it came from, the national
// series holds only official figures and national PEMANTAUAN cycles, and exports are the screen's rows.

const instrument = getInstrument('pekppp-2024-a');
const { admin } = CALLERS;

const RESULT = `id unitName index rank cohortSize cohort origin source indicatorsOrigin cycleName scheme label { id en }`;
const RANKING = `query($cycleId: ID!) { cohortRanking(cycleId: $cycleId, cohort: "PROVINCE:SAMSAT", first: 50) { edges { node { ${RESULT} } } } }`;
const RESULTS = `query($cycleId: ID!, $cohort: String) { cycleResults(cycleId: $cycleId, cohort: $cohort, first: 100) { totalCount edges { node { ${RESULT} } } } }`;
const TREND = `{ nationalIppTrend { year value change basis origin source cycleId cycleName scheme lokusCount } }`;
const EXPORT = `query($cycleId: ID!, $format: ExportFormat!, $cohort: String) {
  exportCycleResults(cycleId: $cycleId, format: $format, cohort: $cohort) { fileName contentBase64 rowCount cohort cohortLabel demoRowCount } }`;
const UNIT_RESULTS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on ServiceUnit { ippResults { year index cycleName scheme origin source label { id en } } } } }`;

interface ResultRow {
  id: string;
  unitName: string;
  index: number;
  rank: number | null;
  cohortSize: number | null;
  cohort: string;
  origin: string;
  source: string | null;
  indicatorsOrigin: string;
  cycleName: string;
  scheme: string;
  label: { id: string; en: string };
}
interface ExportAnswer {
  fileName: string;
  contentBase64: string;
  rowCount: number;
  cohort: string | null;
  cohortLabel: string | null;
  demoRowCount: number;
}

const UNITS = [
  { unit: unitRow('SAMSAT', '63', 'Kalimantan Selatan'), target: 4.1 },
  { unit: unitRow('SAMSAT', '62', 'Kalimantan Tengah'), target: 3.2 },
  { unit: unitRow('SAMSAT', '61', 'Kalimantan Barat'), target: 3.6 },
  { unit: unitRow('DPMPTSP', '62', 'Kalimantan Tengah'), target: 3.0 },
];

describe('honest data: origins, the national series and exports', () => {
  let evaluation: EvaluationHarness;
  const cycles: Record<string, string> = {};
  let cycle2022 = '';

  /**
   * A 2027 cycle of `scheme` run from creation to publication through GraphQL. Only the F-02 levels
   * are written directly (the scoring screens are tested in cycle-flow.spec.ts); results come from
   * recomputeCycleResults like any real cycle's.
   */
  async function runCycle(scheme: 'PEMANTAUAN' | 'KHUSUS' | 'MANDIRI', db: pg.Client): Promise<string> {
    evaluation.clock.set('2027-01-10T02:00:00Z');
    const created = ok(
      await evaluation.graphql<{ createEvaluationCycle: { id: string } }>(
        Q.createCycle,
        {
          input: {
            year: 2027,
            name: `PEKPPP 2027 ${scheme.toLowerCase()}`,
            scheme,
            instrumentIds: ['pekppp-2024-a'],
            phases: CALENDAR_2027,
          },
        },
        { caller: admin },
      ),
    ).createEvaluationCycle;
    for (const { unit } of UNITS) ok(await evaluation.graphql(Q.addLokus, { cycleId: created.id, input: unit }, { caller: admin }));
    const lokus = ok(
      await evaluation.graphql<{ cycleLokus: { edges: { node: { id: string; serviceUnitId: string } }[] } }>(
        Q.cycleLokus,
        { cycleId: created.id },
        { caller: admin },
      ),
    ).cycleLokus.edges;
    for (const [i, { unit, target }] of UNITS.entries()) {
      const id = lokus.find((edge) => edge.node.serviceUnitId === unit.serviceUnitId)?.node.id;
      const levels = answersForTargetIndex(instrument, target, 70 + i);
      await db.query(
        `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, scored_by, updated_at)
         SELECT $1, code, level::smallint, 1, $2, now() FROM jsonb_each_text($3::jsonb) AS s(code, level)`,
        [id, admin.userId, JSON.stringify(levels)],
      );
    }
    evaluation.clock.set('2027-05-20T02:00:00Z');
    ok(await evaluation.graphql(Q.recompute, { cycleId: created.id }, { caller: admin }));
    evaluation.clock.set('2027-06-12T02:00:00Z');
    ok(await evaluation.graphql(Q.finalise, { cycleId: created.id }, { caller: admin }));
    evaluation.clock.set('2027-06-22T02:00:00Z');
    ok(await evaluation.graphql(Q.publish, { cycleId: created.id }, { caller: admin }));
    return created.id;
  }

  /** RFC 4180 records of a CSV text (quoted fields, doubled quotes). */
  const parseCsv = (text: string, delimiter = ','): string[][] => {
    const records: string[][] = [];
    let field = '';
    let record: string[] = [];
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (quoted) {
        if (char === '"' && text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (char === '"') {
          quoted = false;
        } else {
          field += char;
        }
      } else if (char === '"') {
        quoted = true;
      } else if (char === delimiter) {
        record.push(field);
        field = '';
      } else if (char === '\r' && text[i + 1] === '\n') {
        record.push(field);
        records.push(record);
        record = [];
        field = '';
        i += 1;
      } else {
        field += char;
      }
    }
    return records;
  };
  const decode = (file: ExportAnswer) =>
    Buffer.from(file.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  const exportOf = async (cycleId: string, format: string, cohort: string | null = null) =>
    ok(await evaluation.graphql<{ exportCycleResults: ExportAnswer }>(EXPORT, { cycleId, format, cohort })).exportCycleResults;

  beforeAll(async () => {
    evaluation = await startEvaluation();
    const db = new pg.Client({ connectionString: evaluation.database.url });
    await db.connect();
    try {
      for (const scheme of ['PEMANTAUAN', 'KHUSUS', 'MANDIRI'] as const) cycles[scheme] = await runCycle(scheme, db);
      // A unit name that a spreadsheet would run as a formula once the file is opened.
      await db.query(`UPDATE evaluation.lokus SET unit_name = $2 WHERE cycle_id = $1 AND service_unit_id = $3`, [
        cycles.PEMANTAUAN,
        ' =HYPERLINK("http://contoh.test","klik")',
        UNITS[2].unit.serviceUnitId,
      ]);
    } finally {
      await db.end();
    }
    const found = ok(
      await evaluation.graphql<{ evaluationCycles: { edges: { node: { id: string } }[] } }>(
        '{ evaluationCycles(year: 2022) { edges { node { id } } } }',
      ),
    );
    cycle2022 = found.evaluationCycles.edges[0].node.id;
  }, 120_000);
  afterAll(() => evaluation?.close());

  it('rule: a seeded figure says where it came from — Samsat Kalimantan Selatan 2022 is official (KepMenPANRB 1035/2022), the other 33 are demo', async () => {
    const ranking = ok(
      await evaluation.graphql<{ cohortRanking: { edges: { node: ResultRow }[] } }>(RANKING, { cycleId: cycle2022 }),
    ).cohortRanking.edges.map((edge) => edge.node);
    const kalsel = ranking.find((row) => row.unitName === 'SAMSAT Kalimantan Selatan');
    expect(kalsel).toMatchObject({
      index: 4.02,
      rank: 20,
      origin: 'OFFICIAL',
      indicatorsOrigin: 'DEMO',
      label: { id: 'PEKPPP 2022 (Pemantauan): peringkat 20 dari 34', en: 'PEKPPP 2022 (Monitoring): rank 20 of 34' },
    });
    expect(kalsel?.source).toContain('Keputusan Menteri PANRB Nomor 1035 Tahun 2022');
    const others = ranking.filter((row) => row !== kalsel);
    expect(others).toHaveLength(33);
    expect(new Set(others.map((row) => `${row.origin}:${row.source}`))).toEqual(new Set(['DEMO:null']));
  });

  it('rule: the published Kalimantan Tengah figures of 2019 and 2020 are official with their article; their indicator scores are demo', async () => {
    const units = ok(
      await evaluation.graphql<{
        _entities: { ippResults: { year: number; origin: string; source: string | null; label: { id: string } }[] }[];
      }>(UNIT_RESULTS, {
        representations: [
          { __typename: 'ServiceUnit', id: CALLERS.deskDpmptspKalteng.serviceUnitId },
          { __typename: 'ServiceUnit', id: SAMSAT_KALSEL },
        ],
      }),
    )._entities;
    expect(units[0].ippResults.filter((row) => row.year < 2027).map((row) => [row.year, row.origin, row.label.id])).toEqual([
      [2019, 'OFFICIAL', 'PEKPPP 2019 (Pemantauan)'],
      [2020, 'OFFICIAL', 'PEKPPP 2020 (evaluasi daring, COVID-19) (Pemantauan)'],
    ]);
    expect(units[0].ippResults[0].source).toMatch(/^ANTARA/);
    // Results are labelled by cycle and scheme: three 2027 cycles are three different labels.
    expect(
      units[1].ippResults
        .filter((row) => row.year === 2027)
        .map((row) => row.label.id)
        .sort(),
    ).toEqual([
      'PEKPPP 2027 khusus (Khusus): peringkat 1 dari 3',
      'PEKPPP 2027 mandiri (Mandiri): peringkat 1 dari 3',
      'PEKPPP 2027 pemantauan (Pemantauan): peringkat 1 dari 3',
    ]);
  });

  it("rule: results computed from a cycle's real work are not demo — they are official and name their cycle and scheme", async () => {
    const results = ok(
      await evaluation.graphql<{ cycleResults: { edges: { node: ResultRow }[] } }>(RESULTS, { cycleId: cycles.KHUSUS }),
    ).cycleResults.edges.map((edge) => edge.node);
    expect(results).toHaveLength(4);
    for (const row of results)
      expect(row).toMatchObject({
        origin: 'OFFICIAL',
        source: 'PEKPPP 2027 khusus (Khusus)',
        indicatorsOrigin: 'OFFICIAL',
        scheme: 'KHUSUS',
      });
  });

  it('rule: the national series holds official figures and national PEMANTAUAN cycles only — no KHUSUS or MANDIRI cycle, no mean of demo results', async () => {
    const trend = ok(
      await evaluation.graphql<{
        nationalIppTrend: {
          year: number;
          value: number;
          change: number | null;
          basis: string;
          origin: string;
          source: string;
          cycleId: string | null;
          scheme: string | null;
          lokusCount: number | null;
        }[];
      }>(TREND),
    ).nationalIppTrend;
    expect(trend.map((point) => [point.year, point.origin])).toEqual([
      [2017, 'OFFICIAL'],
      [2018, 'OFFICIAL'],
      [2019, 'OFFICIAL'],
      [2020, 'OFFICIAL'],
      [2021, 'OFFICIAL'],
      [2027, 'DERIVED'],
    ]);
    for (const point of trend.slice(0, 5))
      expect(point).toMatchObject({
        basis: 'PUBLISHED_FIGURE',
        source: 'IPP nasional hasil PEKPPP yang dipublikasikan Kementerian PANRB',
        cycleId: null,
      });
    // The published demo 2022 cycle (a mean of 33 demo results and one official) is not on the line.
    expect(trend.find((point) => point.year === 2022)).toBeUndefined();
    const cyclePoint = trend[5];
    expect(cyclePoint).toMatchObject({
      basis: 'COMPUTED',
      cycleId: cycles.PEMANTAUAN,
      scheme: 'PEMANTAUAN',
      source: 'PEKPPP 2027 pemantauan (Pemantauan)',
      lokusCount: 4,
    });
    expect(cyclePoint.change).toBe(Math.round((cyclePoint.value - 3.79) * 100) / 100);
  });

  it('rule: a mean is DERIVED, and a mean with demo results in it is DEMO', async () => {
    const AGGREGATES = `query($cycleId: ID!) { cycleAggregates(cycleId: $cycleId) { nation { value origin } province { group origin } } }`;
    const demo = ok(
      await evaluation.graphql<{ cycleAggregates: { nation: { origin: string }; province: { group: string; origin: string }[] } }>(
        AGGREGATES,
        { cycleId: cycle2022 },
      ),
    ).cycleAggregates;
    expect(demo.nation.origin).toBe('DEMO');
    // Kalimantan Selatan's only 2022 result is the official one: its province mean is derived from it, not demo.
    expect(demo.province.find((row) => row.group === '63')?.origin).toBe('DERIVED');
    expect(demo.province.find((row) => row.group === '11')?.origin).toBe('DEMO');
    const real = ok(
      await evaluation.graphql<{ cycleAggregates: { nation: { origin: string } } }>(AGGREGATES, { cycleId: cycles.PEMANTAUAN }),
    ).cycleAggregates;
    expect(real.nation.origin).toBe('DERIVED');
  });

  it('rule: an export holds exactly the rows on screen for the selected cohort, and says which cohort', async () => {
    const screen = ok(
      await evaluation.graphql<{ cycleResults: { totalCount: number; edges: { node: ResultRow }[] } }>(RESULTS, {
        cycleId: cycles.PEMANTAUAN,
        cohort: 'PROVINCE:SAMSAT',
      }),
    ).cycleResults;
    expect(screen.totalCount).toBe(3);
    const csv = await exportOf(cycles.PEMANTAUAN, 'CSV', 'PROVINCE:SAMSAT');
    expect(csv).toMatchObject({
      rowCount: 3,
      cohort: 'PROVINCE:SAMSAT',
      cohortLabel: 'Samsat tingkat provinsi',
      demoRowCount: 0,
      fileName: 'hasil-pekppp-2027-pemantauan-samsat-tingkat-provinsi.csv',
    });
    const [header, ...records] = parseCsv(decode(csv));
    expect(header.slice(0, 3)).toEqual(['Siklus', 'Skema', 'Kelompok Pembanding']);
    expect(header.slice(-2)).toEqual(['Asal Data', 'Sumber']);
    // The same rows in the same order as the screen (the formula-like name neutralised, see below).
    expect(records.map((record) => record[header.indexOf('Unit Penyelenggara Pelayanan')])).toEqual(
      screen.edges.map((edge) => (edge.node.unitName.startsWith(' =') ? `'${edge.node.unitName}` : edge.node.unitName)),
    );
    expect(records.map((record) => Number(record[header.indexOf('IPP')]))).toEqual(screen.edges.map((edge) => edge.node.index));
    for (const record of records) {
      expect(record.slice(0, 3)).toEqual(['PEKPPP 2027 pemantauan', 'Pemantauan', 'Samsat tingkat provinsi']);
      expect(record.slice(-2)).toEqual(['resmi', 'PEKPPP 2027 pemantauan (Pemantauan)']);
    }

    const whole = await exportOf(cycles.PEMANTAUAN, 'CSV');
    expect(whole).toMatchObject({ rowCount: 4, cohort: null, cohortLabel: null });
  });

  it('rule: a demo export says so in every row (asal data, sumber)', async () => {
    const file = await exportOf(cycle2022, 'CSV');
    expect(file).toMatchObject({ rowCount: 34, demoRowCount: 33 });
    const records = parseCsv(decode(file)).slice(1);
    expect(records.filter((record) => record.at(-2) === 'contoh (bukan angka resmi)' && record.at(-1) === '')).toHaveLength(33);
    const official = records.filter((record) => record.at(-2) === 'resmi');
    expect(official.map((record) => record[4])).toEqual(['SAMSAT Kalimantan Selatan']);
    expect(official[0].at(-1)).toMatch(/^Keputusan Menteri PANRB Nomor 1035 Tahun 2022/);
  });

  it('rule: the Indonesian CSV uses semicolons and decimal commas, beside the plain one', async () => {
    const file = await exportOf(cycles.PEMANTAUAN, 'CSV_INDONESIAN', 'PROVINCE:SAMSAT');
    expect(file.fileName).toBe('hasil-pekppp-2027-pemantauan-samsat-tingkat-provinsi-format-indonesia.csv');
    const [header, first] = decode(file).split('\r\n');
    expect(header.startsWith('Siklus;Skema;Kelompok Pembanding;ID Lokus;')).toBe(true);
    const ipp = first.split(';')[header.split(';').indexOf('IPP')];
    expect(ipp).toMatch(/^\d,\d\d$/);
  });

  it('rule: a cell like " =HYPERLINK(…)" is neutralised in the CSV and the XLSX, and XLSX columns fit their content', async () => {
    const csv = decode(await exportOf(cycles.PEMANTAUAN, 'CSV'));
    expect(csv).toContain(`"' =HYPERLINK(""http://contoh.test"",""klik"")"`);
    expect(csv).not.toMatch(/(^|,)"? =HYPERLINK/m);

    const xlsx = await exportOf(cycles.PEMANTAUAN, 'XLSX', 'PROVINCE:SAMSAT');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(1 + 3);
    const unitColumn = (sheet.getRow(1).values as string[]).indexOf('Unit Penyelenggara Pelayanan');
    const names = [2, 3, 4].map((row) => sheet.getRow(row).getCell(unitColumn).text);
    expect(names).toContain(`' =HYPERLINK("http://contoh.test","klik")`);
    // The workbook says which filter it follows.
    const about = workbook.getWorksheet('Keterangan');
    expect([1, 2, 3, 4, 5].map((row) => about?.getRow(row).values)).toEqual([
      [undefined, 'Siklus', 'PEKPPP 2027 pemantauan'],
      [undefined, 'Skema', 'Pemantauan'],
      [undefined, 'Kelompok pembanding', 'Samsat tingkat provinsi'],
      [undefined, 'Jumlah baris', 3],
      [undefined, 'Baris data contoh', 0],
    ]);
    // A cell's text is what a person sees in it: '' for an empty cell, the digits of a number.
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const longest = Math.max(...[1, 2, 3, 4].map((row) => sheet.getRow(row).getCell(column).text.length));
      expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(Math.min(60, longest));
    }
  });
});
