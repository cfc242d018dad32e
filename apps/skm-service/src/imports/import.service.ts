import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource, type QueryRunner } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { badUserInput } from '@simpul/service-kit';
import { canManage, requireCan } from '../access/skm-access';
import { CLOCK, wibDate, type Clock } from '../common/clock';
import { UUID } from '../common/text';
import { uuidv7 } from '../common/uuidv7';
import { RollupDelta } from '../results/rollup-writer';
import { PROFILE_VALUES } from '../surveys/respondent-profile';
import { SurveyService } from '../surveys/survey.service';
import type { SurveyRow } from '../surveys/survey.row';
import { csvRows } from './csv-rows';
import { IMPORT_BATCH_ROWS, importMaxBytes, MAX_LISTED_PROBLEMS } from './import-limits';
import { SkmImportFormat, SkmImportStatus, type SkmImportProblem, type SkmImportReport } from './import.model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROFILE_COLUMNS: Record<string, readonly string[] | 'uuid' | 'date'> = {
  answered_on: 'date', age_band: PROFILE_VALUES.AGE_BAND, sex: PROFILE_VALUES.SEX, education: PROFILE_VALUES.EDUCATION,
  occupation: PROFILE_VALUES.OCCUPATION, service_id: 'uuid',
};

/** Columns of the rows waiting for the next INSERT, as the arrays unnest() takes. */
class PendingRows {
  answers: string[] = [];
  answeredOn: string[] = [];
  ageBand: (string | null)[] = [];
  sex: (string | null)[] = [];
  education: (string | null)[] = [];
  occupation: (string | null)[] = [];
  serviceId: (string | null)[] = [];
  get size(): number {
    return this.answers.length;
  }
}

/**
 * Paper forms typed in later: CSV (streamed) or XLSX, checked row by row and stored all-or-nothing
 * in one transaction, ~5,000 rows per INSERT … SELECT FROM unnest(…), with the rollups updated in the
 * same transaction. Header: the survey's element codes (U1 … U9), then optionally answered_on
 * (YYYY-MM-DD), age_band, sex, education, occupation, service_id. No name or NIK column is accepted.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async importFile(surveyId: string, fileName: string, format: SkmImportFormat, contentBase64: string, caller: Caller): Promise<SkmImportReport> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length === 0) throw badUserInput('contentBase64', 'The file is empty.', 'Berkas kosong.');
    if (content.length > importMaxBytes()) throw badUserInput('contentBase64', 'The file is too large for this form; use the bulk import.', 'Berkas terlalu besar untuk formulir ini; gunakan impor massal.');
    const rows = format === SkmImportFormat.XLSX ? await xlsxRows(content) : csvRows(Readable.from(content));
    return this.importRows(survey, fileName, rows, caller);
  }

  /** The streaming path (POST /imports/:surveyId with a CSV body). */
  async importCsvStream(surveyId: string, fileName: string, stream: Readable, caller: Caller): Promise<SkmImportReport> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    return this.importRows(survey, fileName, csvRows(stream), caller);
  }

  async importRows(survey: SurveyRow, fileName: string, source: AsyncIterable<string[]>, caller: Caller): Promise<SkmImportReport> {
    const started = Date.now();
    const now = this.clock.now();
    const today = wibDate(now);
    const problems: SkmImportProblem[] = [];
    let problemCount = 0;
    const problem = (row: number, field: string, en: string, id: string) => {
      problemCount += 1;
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ row, field, code: 'BAD_USER_INPUT', messageEn: en, messageId: id });
    };
    const batchId = uuidv7(now.getTime());
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let rowCount = 0;
    let storedCount = 0;
    try {
      await runner.query(`INSERT INTO skm.import_batches (id, survey_id, file_name, row_count, imported_by, imported_at) VALUES ($1, $2, $3, 0, $4, $5)`,
        [batchId, survey.id, fileName.slice(0, 300) || 'import', caller?.userId ?? null, now]);
      const delta = new RollupDelta();
      let pending = new PendingRows();
      let inflight: Promise<void> = Promise.resolve();
      let header: { elementColumn: number[]; profile: Array<[string, number]> } | null = null;
      let line = 0;
      for await (const cells of source) {
        line += 1;
        if (!header) {
          header = readHeader(survey, cells, (field, en, id) => problem(1, field, en, id));
          if (problemCount) break;
          continue;
        }
        if (cells.every((cell) => cell.trim() === '')) continue;
        rowCount += 1;
        const before = problemCount;
        const answers: (number | null)[] = survey.elements.map(() => null);
        header.elementColumn.forEach((column, j) => {
          const text = (cells[column] ?? '').trim();
          if (text === '') {
            if (survey.elements[j].required) problem(line, survey.elements[j].code, `Element ${survey.elements[j].code} must be answered.`, `Unsur ${survey.elements[j].code} wajib dijawab.`);
            return;
          }
          const value = Number(text);
          if (!Number.isInteger(value) || value < 1 || value > 4) {
            problem(line, survey.elements[j].code, `Element ${survey.elements[j].code} takes 1 to 4, not "${text.slice(0, 20)}".`, `Unsur ${survey.elements[j].code} diisi 1 sampai 4, bukan "${text.slice(0, 20)}".`);
            return;
          }
          answers[j] = value;
        });
        const profile: Record<string, string | null> = { answered_on: null, age_band: null, sex: null, education: null, occupation: null, service_id: null };
        for (const [name, column] of header.profile) {
          const text = (cells[column] ?? '').trim();
          if (text === '') continue;
          const rule = PROFILE_COLUMNS[name];
          const ok = rule === 'date' ? DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) : rule === 'uuid' ? UUID.test(text) : rule.includes(text);
          if (!ok) problem(line, name, `${name} "${text.slice(0, 40)}" is not valid.`, `${name} "${text.slice(0, 40)}" tidak sah.`);
          else profile[name] = rule === 'uuid' ? text.toLowerCase() : text;
        }
        const day = profile.answered_on ?? today;
        if (day < survey.startsOn || day > survey.endsOn) {
          problem(line, 'answered_on', `${day} is outside the survey period ${survey.startsOn} – ${survey.endsOn}.`, `${day} di luar periode survei ${survey.startsOn} – ${survey.endsOn}.`);
        }
        // After the first bad row nothing more is written: the transaction will be rolled back anyway.
        if (problemCount > before || problemCount > 0) continue;
        pending.answers.push(`{${answers.map((a) => (a === null ? 'NULL' : a)).join(',')}}`);
        pending.answeredOn.push(day);
        pending.ageBand.push(profile.age_band);
        pending.sex.push(profile.sex);
        pending.education.push(profile.education);
        pending.occupation.push(profile.occupation);
        pending.serviceId.push(profile.service_id);
        delta.add({ surveyId: survey.id, day, answers, ageBand: profile.age_band, sex: profile.sex, education: profile.education, occupation: profile.occupation, serviceId: profile.service_id });
        if (pending.size >= IMPORT_BATCH_ROWS) {
          // One INSERT in flight while the next batch is parsed: PostgreSQL and the parser overlap.
          await inflight;
          const batch = pending;
          inflight = this.insert(runner, survey.id, batchId, batch, now).then((n) => { storedCount += n; });
          inflight.catch(() => undefined);
          pending = new PendingRows();
        }
      }
      if (!header) problem(1, 'header', 'The file has no header row.', 'Berkas tidak memiliki baris judul.');
      if (rowCount === 0 && problemCount === 0) problem(2, 'rows', 'The file has no answers.', 'Berkas tidak berisi jawaban.');
      await inflight;
      if (problemCount > 0) {
        await runner.rollbackTransaction();
        return { status: SkmImportStatus.REFUSED, batchId: null, rowCount, storedCount: 0, problemCount, problems, elapsedMs: Date.now() - started };
      }
      if (pending.size) storedCount += await this.insert(runner, survey.id, batchId, pending, now);
      await runner.query(`UPDATE skm.import_batches SET row_count = $2 WHERE id = $1`, [batchId, storedCount]);
      await delta.flush(runner.manager);
      await runner.commitTransaction();
      return { status: SkmImportStatus.STORED, batchId, rowCount, storedCount, problemCount: 0, problems: [], elapsedMs: Date.now() - started };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async insert(runner: QueryRunner, surveyId: string, batchId: string, rows: PendingRows, now: Date): Promise<number> {
    await runner.query(
      `INSERT INTO skm.responses (survey_id, channel, submitted_at, answered_at, answers, age_band, sex, education, occupation, service_id, import_batch_id, flags)
       SELECT $1, 'PAPER', $3, (d + time '12:00') AT TIME ZONE 'Asia/Jakarta', a::smallint[], ab, sx, ed, oc, sv, $2, '{STAFF_ENTERED}'
       FROM unnest($4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[]) AS t(a, d, ab, sx, ed, oc, sv)`,
      [surveyId, batchId, now, rows.answers, rows.answeredOn, rows.ageBand, rows.sex, rows.education, rows.occupation, rows.serviceId],
    );
    return rows.size;
  }
}

type Problem = (field: string, en: string, id: string) => void;

function readHeader(survey: SurveyRow, cells: string[], problem: Problem): { elementColumn: number[]; profile: Array<[string, number]> } {
  const names = cells.map((cell) => cell.trim().replace(/^\uFEFF/, ''));
  const elementColumn = survey.elements.map((element) => names.findIndex((name) => name.toUpperCase() === element.code));
  const profile: Array<[string, number]> = [];
  names.forEach((name, column) => {
    const lower = name.toLowerCase();
    if (survey.elements.some((element) => element.code === name.toUpperCase())) return;
    if (lower in PROFILE_COLUMNS) profile.push([lower, column]);
    else problem(name || `column ${column + 1}`, `Unknown column "${name}" (names and NIK are not collected).`, `Kolom "${name}" tidak dikenal (nama dan NIK tidak dikumpulkan).`);
  });
  survey.elements.forEach((element, j) => {
    if (elementColumn[j] < 0 && element.required) problem(element.code, `The file has no column for element ${element.code}.`, `Berkas tidak memiliki kolom unsur ${element.code}.`);
  });
  return { elementColumn, profile };
}

async function xlsxRows(content: Buffer): Promise<AsyncIterable<string[]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw badUserInput('contentBase64', 'The file is not a readable XLSX workbook.', 'Berkas bukan buku kerja XLSX yang dapat dibaca.');
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((value) => (value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value))));
  });
  return (async function* () { yield* rows; })();
}
