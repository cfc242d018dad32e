import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@simpul/reporting';
import type { OpenDataField, OpenDataFormat, OpenDataRow, OpenDataset, OpenDataValue } from './dataset';

/** The client went away while a download was being written. */
export class DownloadAborted extends Error {
  constructor() {
    super('The client closed the download.');
  }
}

/**
 * Text handed to the socket at a time. Kept well under V8's large-object size: a megabyte string per
 * batch lives in large-object space until a full collection, so the process grew by what it had
 * already sent; 64 kB strings die young and are swept by the cheap scavenges.
 */
const CHUNK_CHARS = 64 * 1024;

/** Writes with backpressure: waits for the socket to drain instead of queueing the whole dataset in memory. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new DownloadAborted();
  if (out.write(chunk)) return;
  await drained(out);
}

function drained(out: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new DownloadAborted());
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/** Keeps only the declared fields (nothing else can leak through a SELECT *) and gives each its type. */
export function normaliseRow(fields: readonly OpenDataField[], raw: Record<string, unknown>): OpenDataRow {
  const row: OpenDataRow = {};
  for (const field of fields) row[field.key] = normaliseValue(field, raw[field.key]);
  return row;
}

function normaliseValue(field: OpenDataField, value: unknown): OpenDataValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'integer':
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'boolean':
      return Boolean(value);
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : text(value);
    case 'datetime':
      return value instanceof Date ? value.toISOString() : text(value);
    default:
      return text(value);
  }
}

/** Objects (jsonb) as JSON; anything else as its text. */
function text(value: unknown): string {
  if (typeof value === 'object') return value instanceof Date ? value.toISOString() : JSON.stringify(value);
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

export interface RowWriter {
  start(): Promise<void>;
  write(rows: readonly OpenDataRow[]): Promise<void>;
  /** Finishes the file and ends the stream. */
  end(): Promise<void>;
}

function csvField(value: OpenDataValue): string {
  if (value === null) return '';
  // Spreadsheets run text starting with = + - @ as a formula: the CSV is opened in one more often than not.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, UTF-8, CRLF, header row of the field keys. */
export function csvWriter(out: Writable, dataset: OpenDataset): RowWriter {
  const keys = dataset.fields.map((field) => field.key);
  return {
    start: () => writeChunk(out, `${keys.join(',')}\r\n`),
    async write(rows) {
      let chunk = '';
      for (const row of rows) {
        chunk += `${keys.map((key) => csvField(row[key] ?? null)).join(',')}\r\n`;
        if (chunk.length >= CHUNK_CHARS) {
          await writeChunk(out, chunk);
          chunk = '';
        }
      }
      if (chunk) await writeChunk(out, chunk);
    },
    async end() {
      out.end();
    },
  };
}

/**
 * A JSON array of objects keyed by the field keys. Values are kept as they are (no apostrophe in
 * front of "=…"): a JSON file is read by programs, which would take the apostrophe as data.
 */
export function jsonWriter(out: Writable): RowWriter {
  let first = true;
  return {
    start: () => writeChunk(out, '['),
    async write(rows) {
      let chunk = '';
      for (const row of rows) {
        chunk += `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
        first = false;
        if (chunk.length >= CHUNK_CHARS) {
          await writeChunk(out, chunk);
          chunk = '';
        }
      }
      if (chunk) await writeChunk(out, chunk);
    },
    end: async () => {
      await writeChunk(out, first ? ']\n' : '\n]\n');
      out.end();
    },
  };
}

function xlsxCell(value: OpenDataValue): string | number | boolean | null {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/**
 * XLSX through exceljs' streaming WorkbookWriter: each row is committed (turned into XML and zipped)
 * as it arrives. Sheet "data" holds the rows under the field keys, sheet "fields" says what each
 * field means. Between batches the writer waits while the socket's buffer is full.
 */
export function xlsxWriter(out: Writable, dataset: OpenDataset): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const keys = dataset.fields.map((field) => field.key);
  const sheet = workbook.addWorksheet('data');
  return {
    async start() {
      sheet.addRow(keys).commit();
    },
    async write(rows) {
      for (const row of rows) sheet.addRow(keys.map((key) => xlsxCell(row[key] ?? null))).commit();
      if (out.destroyed) throw new DownloadAborted();
      if (out.writableNeedDrain) await drained(out);
    },
    async end() {
      sheet.commit();
      const fields = workbook.addWorksheet('fields');
      fields.addRow(['key', 'type', 'keterangan', 'description']).commit();
      for (const field of dataset.fields) fields.addRow([field.key, field.type, field.description.id, field.description.en]).commit();
      fields.commit();
      // Finalises the zip, which ends `out`.
      await workbook.commit();
    },
  };
}

export function rowWriter(format: OpenDataFormat, out: Writable, dataset: OpenDataset): RowWriter {
  if (format === 'csv') return csvWriter(out, dataset);
  if (format === 'json') return jsonWriter(out);
  return xlsxWriter(out, dataset);
}
