import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { CellValue, Workbook } from 'exceljs';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { badUserInput, wibDate, Clock, isUuid, loadXlsxWorkbook, XlsxRejectedError } from '@simpul/service-kit';
import { canManage, requireCan } from '../access/skm-access';
import { uuidv7 } from '../common/uuidv7';
import { RollupDelta } from '../results/rollup-writer';
import { PROFILE_VALUES } from '../surveys/respondent-profile';
import { SurveyService } from '../surveys/survey.service';
import type { SurveyRow } from '../surveys/survey.row';
import { CopyWriter } from './copy-writer';
import { csvRowBatches } from './csv-rows';
import { IMPORT_PROFILE_COLUMNS, ImportRollup } from './import-rollup';
import { importMaxBytes, MAX_LISTED_PROBLEMS } from './import-limits';
import { SkmImportFormat, SkmImportStatus, type SkmImportProblem, type SkmImportReport } from './import.model';

/**
 * Paper rows go to the narrow skm.paper_answers: survey, PAPER channel, submission time, review and
 * the STAFF_ENTERED flag are constants of the batch row (migration 1764300000000 says why).
 */
const COPY_PAPER = `COPY skm.paper_answers (import_batch_id, answered_on, answers, age_band, sex, education, occupation, service_id) FROM STDIN`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROFILE_COLUMNS: Record<string, readonly string[] | 'uuid' | 'date'> = {
  answered_on: 'date',
  age_band: PROFILE_VALUES.AGE_BAND,
  sex: PROFILE_VALUES.SEX,
  education: PROFILE_VALUES.EDUCATION,
  occupation: PROFILE_VALUES.OCCUPATION,
  service_id: 'uuid',
};

/**
 * Paper forms typed in later: CSV (streamed) or XLSX, checked row by row and stored all-or-nothing
 * in one transaction: rows are checked in one streaming pass and, while the file is good, sent
 * straight into skm.paper_answers with COPY FROM STDIN (one narrow row per form; what every row of
 * the file shares lives once on its import batch), and the rollups are counted in memory and written in the same transaction.
 * A bad row stops the COPY writes; parsing goes on to list every problem, then the transaction is
 * rolled back, so a refused file leaves nothing behind. Header: the survey's element codes (U1 … U9), then optionally answered_on
 * (YYYY-MM-DD), age_band, sex, education, occupation, service_id. No name or NIK column is accepted.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
    private readonly clock: Clock,
  ) {}

  async importFile(
    surveyId: string,
    fileName: string,
    format: SkmImportFormat,
    contentBase64: string,
    caller: Caller,
  ): Promise<SkmImportReport> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length === 0) throw badUserInput('contentBase64', 'The file is empty.', 'Berkas kosong.');
    if (content.length > importMaxBytes())
      throw badUserInput(
        'contentBase64',
        'The file is too large for this form; use the bulk import.',
        'Berkas terlalu besar untuk formulir ini; gunakan impor massal.',
      );
    const rows = format === SkmImportFormat.XLSX ? await xlsxRows(content) : csvRowBatches(Readable.from(content));
    return this.importRows(survey, fileName, rows, caller);
  }

  /** The streaming path (POST /imports/:surveyId with a CSV body). */
  async importCsvStream(surveyId: string, fileName: string, stream: Readable, caller: Caller): Promise<SkmImportReport> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canManage, survey, caller);
    return this.importRows(survey, fileName, csvRowBatches(stream), caller);
  }

  async importRows(survey: SurveyRow, fileName: string, source: AsyncIterable<string[][]>, caller: Caller): Promise<SkmImportReport> {
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
    // TypeORM's postgres runner hands out its pg client: COPY needs the raw connection.
    const client = (await runner.connect()) as PoolClient;
    await runner.startTransaction();
    let rowCount = 0;
    let storedCount = 0;
    let copy: CopyWriter | null = null;
    try {
      await runner.query(
        `INSERT INTO skm.import_batches (id, survey_id, file_name, row_count, imported_by, imported_at) VALUES ($1, $2, $3, 0, $4, $5)`,
        [batchId, survey.id, fileName.slice(0, 300) || 'import', caller?.userId ?? null, now],
      );
      copy = new CopyWriter(client, COPY_PAPER);
      const rollup = new ImportRollup(survey.elements.length);
      const checkDay = dayChecker(survey);
      const prefix = `${batchId}\t`;
      const elements = survey.elements;
      const answers = new Int8Array(elements.length);
      const digitCodes = new Array<number>(elements.length).fill(48);
      const profile: (string | null)[] = IMPORT_PROFILE_COLUMNS.map(() => null);
      let header: Header | null = null;
      let readers: ProfileReader[] = [];
      let line = 0;
      rows: for await (const batch of source) {
        for (const cells of batch) {
          line += 1;
          if (!header) {
            header = readHeader(survey, cells, (field, en, id) => problem(1, field, en, id));
            if (problemCount) break rows;
            readers = profileReaders(header);
            continue;
          }
          if (cells.length === 1 && cells[0].trim() === '') continue;
          rowCount += 1;
          const before = problemCount;
          for (let j = 0; j < elements.length; j += 1) {
            const column = header.elementColumn[j];
            const raw = column < 0 ? '' : (cells[column] ?? '');
            // Fast path: one digit 1–4, as nearly every typed-in cell is.
            const digit = raw.length === 1 ? raw.charCodeAt(0) - 48 : -1;
            if (digit >= 1 && digit <= 4) {
              answers[j] = digit;
              continue;
            }
            answers[j] = 0;
            const text = raw.trim();
            const code = elements[j].code;
            if (text === '') {
              if (elements[j].required) problem(line, code, `Element ${code} must be answered.`, `Unsur ${code} wajib dijawab.`);
              continue;
            }
            const value = Number(text);
            if (!Number.isInteger(value) || value < 1 || value > 4) {
              problem(
                line,
                code,
                `Element ${code} takes 1 to 4, not "${text.slice(0, 20)}".`,
                `Unsur ${code} diisi 1 sampai 4, bukan "${text.slice(0, 20)}".`,
              );
              continue;
            }
            answers[j] = value;
          }
          let day = today;
          profile.fill(null);
          for (const reader of readers) {
            const cell = cells[reader.column] ?? '';
            // Trimmed only when it needs it: a million rows, five cells each.
            const text = cell.length > 0 && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
            if (text === '') continue;
            const ok = reader.slot < 0 ? validDay(text) : reader.codes ? reader.codes.has(text) : isUuid(text);
            if (!ok)
              problem(
                line,
                reader.name,
                `${reader.name} "${text.slice(0, 40)}" is not valid.`,
                `${reader.name} "${text.slice(0, 40)}" tidak sah.`,
              );
            else if (reader.slot < 0) day = text;
            else profile[reader.slot] = reader.codes ? text : text.toLowerCase();
          }
          if (!checkDay(day)) {
            problem(
              line,
              'answered_on',
              `${day} is outside the survey period ${survey.startsOn} – ${survey.endsOn}.`,
              `${day} di luar periode survei ${survey.startsOn} – ${survey.endsOn}.`,
            );
          }
          // After the first bad row nothing more is written (the transaction is rolled back at the
          // end); the rest of the file is still checked so the report lists every problem.
          if (problemCount > before || problemCount > 0) continue;
          // One flat string from char codes (not nine concatenations to flatten later).
          for (let j = 0; j < answers.length; j += 1) digitCodes[j] = 48 + answers[j];
          const digits = String.fromCharCode.apply(null, digitCodes);
          const full = copy.push(
            `${prefix}${day}\t${digits}\t${profile[0] ?? '\\N'}\t${profile[1] ?? '\\N'}\t${profile[2] ?? '\\N'}\t${profile[3] ?? '\\N'}\t${profile[4] ?? '\\N'}`,
          );
          rollup.add(day, answers, profile);
          if (full) await copy.flush();
        }
      }
      if (!header) problem(1, 'header', 'The file has no header row.', 'Berkas tidak memiliki baris judul.');
      if (rowCount === 0 && problemCount === 0) problem(2, 'rows', 'The file has no answers.', 'Berkas tidak berisi jawaban.');
      // End the COPY even for a refused file: the connection must leave COPY mode before the rollback.
      storedCount = await copy.end();
      if (problemCount > 0) {
        await runner.rollbackTransaction();
        return {
          status: SkmImportStatus.REFUSED,
          batchId: null,
          rowCount,
          storedCount: 0,
          problemCount,
          problems,
          elapsedMs: Date.now() - started,
        };
      }
      await runner.query(`UPDATE skm.import_batches SET row_count = $2 WHERE id = $1`, [batchId, storedCount]);
      const delta = new RollupDelta();
      rollup.addTo(delta, survey.id);
      await delta.flush(runner.manager);
      await runner.commitTransaction();
      return {
        status: SkmImportStatus.STORED,
        batchId,
        rowCount,
        storedCount,
        problemCount: 0,
        problems: [],
        elapsedMs: Date.now() - started,
      };
    } catch (error) {
      // A COPY still open (the upload broke off half-way) must be cancelled before the rollback.
      await copy?.abort();
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

interface Header {
  elementColumn: number[];
  profile: Array<[string, number]>;
}

/** How to check one profile column, worked out once per file instead of once per row. */
interface ProfileReader {
  name: string;
  column: number;
  /** Index in IMPORT_PROFILE_COLUMNS, or -1 for answered_on. */
  slot: number;
  /** The allowed codes; null for service_id (a UUID) and answered_on. */
  codes: ReadonlySet<string> | null;
}

function profileReaders(header: Header): ProfileReader[] {
  return header.profile.map(([name, column]) => {
    const rule = PROFILE_COLUMNS[name];
    return {
      name,
      column,
      slot: rule === 'date' ? -1 : IMPORT_PROFILE_COLUMNS.indexOf(name as (typeof IMPORT_PROFILE_COLUMNS)[number]),
      codes: rule === 'date' || rule === 'uuid' ? null : new Set(rule),
    };
  });
}

/** Whether a text is a real YYYY-MM-DD date, remembered per distinct text (a file has a few hundred days). */
const knownDays = new Map<string, boolean>();
function validDay(text: string): boolean {
  let valid = knownDays.get(text);
  if (valid === undefined) {
    valid = DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
    // Bounded: a hostile file of distinct bad dates must not grow the process.
    if (knownDays.size < 100_000) knownDays.set(text, valid);
  }
  return valid;
}

/** Whether a day lies in the survey period, remembered per distinct day (a file has a few hundred). */
function dayChecker(survey: SurveyRow): (day: string) => boolean {
  const known = new Map<string, boolean>();
  return (day) => {
    let inside = known.get(day);
    if (inside === undefined) {
      inside = day >= survey.startsOn && day <= survey.endsOn;
      known.set(day, inside);
    }
    return inside;
  };
}

type Problem = (field: string, en: string, id: string) => void;

function readHeader(survey: SurveyRow, cells: string[], problem: Problem): Header {
  const names = cells.map((cell) => cell.trim().replace(/^\uFEFF/, ''));
  const elementColumn = survey.elements.map((element) => names.findIndex((name) => name.toUpperCase() === element.code));
  const profile: Array<[string, number]> = [];
  names.forEach((name, column) => {
    const lower = name.toLowerCase();
    if (survey.elements.some((element) => element.code === name.toUpperCase())) return;
    if (lower in PROFILE_COLUMNS) profile.push([lower, column]);
    else
      problem(
        name || `column ${column + 1}`,
        `Unknown column "${name}" (names and NIK are not collected).`,
        `Kolom "${name}" tidak dikenal (nama dan NIK tidak dikumpulkan).`,
      );
  });
  survey.elements.forEach((element, j) => {
    if (elementColumn[j] < 0 && element.required)
      problem(element.code, `The file has no column for element ${element.code}.`, `Berkas tidak memiliki kolom unsur ${element.code}.`);
  });
  return { elementColumn, profile };
}

/** What a person sees in a cell: a date as YYYY-MM-DD, a formula's result, rich text and links as their text. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return value.result === undefined ? '' : cellText(value.result);
}

async function xlsxRows(content: Buffer): Promise<AsyncIterable<string[][]>> {
  let workbook: Workbook;
  try {
    // Checks the zip's parts and unpacked sizes before exceljs inflates anything (zip bombs).
    workbook = await loadXlsxWorkbook(content);
  } catch (error) {
    if (!(error instanceof XlsxRejectedError)) throw error;
    if (error.reason === 'UNREADABLE')
      throw badUserInput('contentBase64', 'The file is not a readable XLSX workbook.', 'Berkas bukan buku kerja XLSX yang dapat dibaca.');
    throw badUserInput('contentBase64', error.messages.en, error.messages.id);
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (Array.isArray(row.values) ? row.values : []).slice(1);
    rows.push(values.map(cellText));
  });
  return (async function* () {
    yield rows;
  })();
}
