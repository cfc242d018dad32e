import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { loadXlsxWorkbook, XlsxRejectedError } from '@simpul/service-kit';
import { ImportFormat } from './import-file.input';

// The registry's service import reader (apps/registry-service/src/services/import/read-import-file.ts),
// copied: a service never imports another, and service-kit has no shared reader yet (see README).

/** One data row: its row number in the file (header = 1) and its cells by lower-cased header. */
export interface RawRow {
  row: number;
  cells: Record<string, string>;
}

export interface RawTable {
  headers: string[];
  rows: RawRow[];
}

export class UnreadableFileError extends Error {
  constructor(
    readonly row: number,
    readonly en: string,
    readonly id: string,
  ) {
    super(en);
  }
}

function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function table(matrix: string[][]): RawTable {
  const [headerRow = [], ...body] = matrix;
  const headers = headerRow.map(normaliseHeader);
  const rows = body
    .map((cells, index) => ({
      row: index + 2,
      cells: Object.fromEntries(headers.map((header, column) => [header, (cells[column] ?? '').trim()])),
    }))
    .filter((row) => Object.values(row.cells).some((value) => value !== ''));
  return { headers, rows };
}

/** CSV with `,` or `;` (what Excel writes in an Indonesian locale), UTF-8 with or without BOM. */
function readCsv(buffer: Buffer): RawTable {
  const text = buffer.toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const matrix = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true });
    return table(matrix);
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new UnreadableFileError(
      line,
      `The CSV file cannot be read near line ${line}: ${(error as Error).message}`,
      `Berkas CSV tidak dapat dibaca di sekitar baris ${line}.`,
    );
  }
}

/** What a person sees in a cell: rich text and a link as their text, a formula's result, an error as its code (#N/A). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return value.result === undefined ? '' : cellText(value.result);
}

/** The first worksheet of an XLSX workbook. */
async function readXlsx(buffer: Buffer): Promise<RawTable> {
  let workbook: ExcelJS.Workbook;
  try {
    // Checks the zip's parts and unpacked sizes before exceljs inflates anything (zip bombs).
    workbook = await loadXlsxWorkbook(buffer);
  } catch (error) {
    if (error instanceof XlsxRejectedError) throw new UnreadableFileError(1, error.messages.en, error.messages.id);
    throw error;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError(1, 'The workbook has no worksheet.', 'Buku kerja tidak memiliki lembar kerja.');
  const matrix: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) values.push(cellText(row.getCell(column).value));
    matrix[rowNumber - 1] = values;
  });
  for (let index = 0; index < matrix.length; index += 1) matrix[index] ??= [];
  return table(matrix);
}

export async function readTableFile(format: ImportFormat, buffer: Buffer): Promise<RawTable> {
  return format === ImportFormat.CSV ? readCsv(buffer) : readXlsx(buffer);
}
