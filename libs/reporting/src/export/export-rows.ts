import { formatHalfUp } from '@simpul/scoring';

export type Cell = string | number | boolean | null;

export interface ExportColumn<T> {
  /** Stable English key, the property name in the exported record. */
  key: string;
  /** Column header in Bahasa Indonesia. */
  header: string;
  headerEn: string;
  value: (row: T) => Cell | undefined;
  /** `decimal2` keeps two decimals in text output (4.00, not 4). */
  type?: 'text' | 'integer' | 'decimal2' | 'boolean';
}

export interface ExportTable {
  columns: Array<{ key: string; header: string; headerEn: string; type: NonNullable<ExportColumn<unknown>['type']> }>;
  /** Flat records keyed by the English keys, ready for CSV here or XLSX with exceljs in a service. */
  rows: Array<Record<string, Cell>>;
}

// A spreadsheet runs text starting with = + - @ (or a tab or CR) as a formula, also after leading
// spaces (" =HYPERLINK(…)" is still a formula in Excel and LibreOffice).
const FORMULA_START = /^[\s\u00a0]*[=+\-@]|^[\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Flattens rows into export records through the column definitions. Text cells are neutralised
 * here, once, so the CSV and the XLSX written from the same table are both safe to open.
 */
export function exportRows<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): ExportTable {
  return {
    columns: columns.map((column) => ({ key: column.key, header: column.header, headerEn: column.headerEn, type: column.type ?? 'text' })),
    rows: rows.map((row) => {
      const record: Record<string, Cell> = {};
      for (const column of columns) {
        const value = column.value(row) ?? null;
        record[column.key] = typeof value === 'string' ? neutraliseFormula(value) : value;
      }
      return record;
    }),
  };
}

/**
 * Spreadsheet column widths (in characters) that fit each column's header and its longest cell as
 * written in text, between `min` and `max`.
 */
export function columnWidths(
  table: ExportTable,
  { min = 8, max = 60, headers = 'id' }: { min?: number; max?: number; headers?: 'id' | 'en' } = {},
): number[] {
  return table.columns.map((column) => {
    let widest = (headers === 'en' ? column.headerEn : column.header).length;
    for (const row of table.rows) widest = Math.max(widest, cellText(row[column.key] ?? null, column.type, false).length);
    return Math.min(max, Math.max(min, widest + 2));
  });
}

export interface CsvOptions {
  /** Header row language: Indonesian headers (default), English headers, or the keys. */
  headers?: 'id' | 'en' | 'key';
  /** `,` by default; `;` suits spreadsheets in an Indonesian locale. */
  delimiter?: ',' | ';' | '\t';
  /** Write 4,02 instead of 4.02 (the field is then quoted when the delimiter is a comma). */
  decimalComma?: boolean;
  /** Prefix a UTF-8 byte-order mark so Excel reads the accents right. */
  bom?: boolean;
}

/**
 * RFC 4180 CSV: CRLF line ends, fields holding the delimiter, a quote, CR or LF are quoted with
 * inner quotes doubled. Text a spreadsheet would run as a formula gets a leading apostrophe
 * (neutraliseFormula; numbers are left alone).
 */
export function toCsv(table: ExportTable, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const headerOf = (column: ExportTable['columns'][number]) =>
    options.headers === 'en' ? column.headerEn : options.headers === 'key' ? column.key : column.header;
  const lines = [table.columns.map((column) => quote(headerOf(column), delimiter)).join(delimiter)];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((column) => quote(cellText(row[column.key] ?? null, column.type, options.decimalComma ?? false), delimiter))
        .join(delimiter),
    );
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

function cellText(cell: Cell, type: ExportTable['columns'][number]['type'], decimalComma: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'ya' : 'tidak';
  if (typeof cell === 'number') {
    const text = type === 'decimal2' ? formatHalfUp(cell, 2) : String(cell);
    return decimalComma ? text.replace('.', ',') : text;
  }
  return neutraliseFormula(cell);
}

function quote(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
