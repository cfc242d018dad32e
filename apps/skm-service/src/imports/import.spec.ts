import ExcelJS from 'exceljs';
import { xlsxBomb } from '@simpul/service-kit/testing';
import { CALLERS, errorOf, ok, SAMSAT_KALSEL, startSkm, type SkmHarness } from '../test-support/skm-test-app';
import { rollupAgainstAnswers } from '../test-support/rollup-check';
import { generateSkmCsv } from '../seed/bulk-csv';

const IMPORT = `mutation($id: ID!, $name: String!, $format: SkmImportFormat!, $content: String!) {
  importSkmResponses(surveyId: $id, fileName: $name, format: $format, contentBase64: $content) { status batchId rowCount storedCount problemCount problems { row field code messageId messageEn } } }`;
const RESPONDENTS = `query($id: ID!) { skmResult(surveyId: $id) { ikm { respondents } exclusions { excluded pendingReview reasons { reason responses } } } }`;

interface Report {
  status: string;
  batchId: string | null;
  rowCount: number;
  storedCount: number;
  problemCount: number;
  problems: { row: number; field: string; code: string }[];
}

describe('paper forms: CSV/XLSX import with a row-by-row report, all or nothing', () => {
  let skm: SkmHarness;
  let surveyId: string;
  const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
  const respondents = async () =>
    ok(await skm.graphql<{ skmResult: { ikm: { respondents: number } | null } }>(RESPONDENTS, { id: surveyId }, { caller: CALLERS.admin }))
      .skmResult.ikm?.respondents ?? 0;

  beforeAll(async () => {
    skm = await startSkm();
    surveyId = ok(
      await skm.graphql<{ createSkmSurvey: { id: string } }>(
        `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id } }`,
        { i: { title: 'Kertas', serviceUnitId: SAMSAT_KALSEL, periodKind: 'HALF_YEAR', year: 2026, number: 1 } },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).createSkmSurvey.id;
  });
  afterAll(() => skm?.close());

  it('stores a clean CSV (semicolons, as Indonesian spreadsheets export) and counts it in the IKM', async () => {
    const csv = 'U1;U2;U3;U4;U5;U6;U7;U8;U9;answered_on;sex\n4;4;3;4;3;3;4;3;2;2026-03-02;MALE\n3;3;3;3;3;3;3;3;4;2026-04-15;\n';
    const report = ok(
      await skm.graphql<{ importSkmResponses: Report }>(
        IMPORT,
        { id: surveyId, name: 'kertas-maret.csv', format: 'CSV', content: b64(csv) },
        { caller: CALLERS.deskSamsatKalsel },
      ),
    ).importSkmResponses;
    expect(report).toMatchObject({ status: 'STORED', rowCount: 2, storedCount: 2, problemCount: 0 });
    expect(await respondents()).toBe(2);
  });

  it('refuses a file with bad rows, reports every row and stores nothing', async () => {
    const csv = [
      'U1,U2,U3,U4,U5,U6,U7,U8,U9,answered_on,age_band',
      '4,4,3,4,3,3,4,3,2,2026-03-02,AGE_20_29',
      '4,5,3,4,3,3,4,3,2,2026-03-02,',
      '4,4,3,4,3,3,4,3,,2026-03-02,',
      '4,4,3,4,3,3,4,3,2,2025-12-31,',
      '4,4,3,4,3,3,4,3,2,2026-03-02,TEENAGER',
    ].join('\n');
    const report = ok(
      await skm.graphql<{ importSkmResponses: Report }>(
        IMPORT,
        { id: surveyId, name: 'bad.csv', format: 'CSV', content: b64(csv) },
        { caller: CALLERS.admin },
      ),
    ).importSkmResponses;
    expect(report.status).toBe('REFUSED');
    expect(report.storedCount).toBe(0);
    expect(report.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [3, 'U2', 'BAD_USER_INPUT'],
      [4, 'U9', 'BAD_USER_INPUT'],
      [5, 'answered_on', 'BAD_USER_INPUT'],
      [6, 'age_band', 'BAD_USER_INPUT'],
    ]);
    expect(await respondents()).toBe(2);
  });

  it('refuses a name or NIK column at the header', async () => {
    const report = ok(
      await skm.graphql<{ importSkmResponses: Report }>(
        IMPORT,
        { id: surveyId, name: 'nik.csv', format: 'CSV', content: b64('U1,U2,U3,U4,U5,U6,U7,U8,U9,nik\n4,4,4,4,4,4,4,4,4,6371\n') },
        { caller: CALLERS.admin },
      ),
    ).importSkmResponses;
    expect(report.status).toBe('REFUSED');
    expect(report.problems[0]).toMatchObject({ row: 1, field: 'nik' });
  });

  it('imports an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('SKM');
    sheet.addRow(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'education']);
    sheet.addRow([3, 3, 3, 3, 3, 3, 3, 3, 3, 'SMA']);
    sheet.addRow([4, 3, 2, 4, 3, 3, 4, 3, 3, 'S1_D4']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = ok(
      await skm.graphql<{ importSkmResponses: Report }>(
        IMPORT,
        { id: surveyId, name: 'kertas.xlsx', format: 'XLSX', content: b64(content) },
        { caller: CALLERS.admin },
      ),
    ).importSkmResponses;
    expect(report).toMatchObject({ status: 'STORED', storedCount: 2 });
  });

  it('refuses an XLSX that unpacks to 60 MB before parsing it, naming the limits in both languages', async () => {
    const before = await respondents();
    const header = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
    const bomb = xlsxBomb({ rows: [header, header.map(() => '3')], paddingBytes: 60 * 1024 * 1024 });
    const result = await skm.graphql(
      IMPORT,
      { id: surveyId, name: 'bom.xlsx', format: 'XLSX', content: b64(bomb) },
      { caller: CALLERS.admin },
    );
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect(result.errors?.[0].extensions.messages).toEqual({
      en: expect.stringMatching(/unpacks to more than 50 MB.*Limits: 1,000 parts/),
      id: expect.stringMatching(/lebih dari 50 MB setelah dibuka.*Batas: 1\.000 bagian/),
    });
    expect(await respondents()).toBe(before);
  });

  it('streams a bulk CSV through POST /imports/:surveyId; staff-entered batches wait for review, excluding one says why', async () => {
    const before = await respondents();
    const csv = generateSkmCsv(12_000, { startsOn: '2026-01-01', endsOn: '2026-05-19', seed: 3 });
    const response = await skm.post(`/imports/${surveyId}?fileName=bulk.csv`, csv, {
      caller: CALLERS.deskSamsatKalsel,
      contentType: 'text/csv',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'STORED', storedCount: 12_000 });
    expect(await respondents()).toBe(before + 12_000);
    const pending = ok(
      await skm.graphql<{ skmResult: { exclusions: { pendingReview: number } } }>(RESPONDENTS, { id: surveyId }, { caller: CALLERS.admin }),
    ).skmResult.exclusions.pendingReview;
    expect(pending).toBe(before + 12_000);
    expect(await skm.post(`/imports/${surveyId}`, csv, { contentType: 'text/csv' }).then((r) => r.status)).toBe(401);

    const REVIEW = `mutation($b: ID!, $d: SkmReviewDecision!) { reviewSkmImportBatch(batchId: $b, decision: $d) { decided excluded } }`;
    expect(errorOf(await skm.graphql(REVIEW, { b: response.body.batchId, d: 'EXCLUDE' }, { caller: CALLERS.deskSamsatKalsel })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      ok(
        await skm.graphql<{ reviewSkmImportBatch: { excluded: number } }>(
          REVIEW,
          { b: response.body.batchId, d: 'EXCLUDE' },
          { caller: CALLERS.admin },
        ),
      ).reviewSkmImportBatch.excluded,
    ).toBe(12_000);
    expect(errorOf(await skm.graphql(REVIEW, { b: response.body.batchId, d: 'KEEP' }, { caller: CALLERS.admin })).code).toBe('CONFLICT');
    const after = ok(
      await skm.graphql<{
        skmResult: { ikm: { respondents: number }; exclusions: { excluded: number; reasons: { reason: string; responses: number }[] } };
      }>(RESPONDENTS, { id: surveyId }, { caller: CALLERS.admin }),
    ).skmResult;
    expect(after.ikm.respondents).toBe(before);
    expect(after.exclusions).toMatchObject({ excluded: 12_000, reasons: [{ reason: 'STAFF_ENTERED', responses: 12_000 }] });
    const check = await rollupAgainstAnswers(skm.database.url, surveyId);
    expect(check.rollup).toEqual(check.answers);
  });

  it('a bad row after 9,000 good ones already sent by COPY stores nothing, not even those rows', async () => {
    const before = await respondents();
    const good = generateSkmCsv(9_000, { startsOn: '2026-01-01', endsOn: '2026-05-19', seed: 5 });
    const csv = `${good}4,4,4,4,9,4,4,4,4,2026-02-02,AGE_20_29,MALE,SMA,OTHER\n`;
    const response = await skm.post(`/imports/${surveyId}?fileName=late-bad.csv`, csv, { caller: CALLERS.admin, contentType: 'text/csv' });
    expect(response.body).toMatchObject({
      status: 'REFUSED',
      rowCount: 9_001,
      storedCount: 0,
      problemCount: 1,
      problems: [{ row: 9_002, field: 'U5' }],
    });
    expect(await respondents()).toBe(before);
    const check = await rollupAgainstAnswers(skm.database.url, surveyId);
    expect(check.rollup).toEqual(check.answers);
  });
});
