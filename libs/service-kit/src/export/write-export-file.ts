import ExcelJS from 'exceljs';
import { columnWidths, neutraliseFormula, toCsv, type ExportTable } from '@simpul/reporting';
import { ExportFormat, type ExportFile } from './export-file.model';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

export interface ExportFileOptions {
  /** File name without extension, e.g. `unit-pelayanan-63`. */
  baseName: string;
  /** The data sheet's name in XLSX (at most 31 characters, no `[]:*?/\`). */
  sheetName: string;
  /** Rows of the "Keterangan" sheet: what the file holds (filter, counts); text is neutralised like the cells. */
  about?: ReadonlyArray<{ label: string; value: string | number }>;
  /** How many rows are demo data (DEMO), for the file's reader and the screen. */
  demoRowCount?: number;
  cohort?: { code: string; label: string; labelEn: string } | null;
}

/** "Samsat tingkat provinsi" → "samsat-tingkat-provinsi", for a file name. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function neutraliseRecord(record: ExportTable['rows'][number]): ExportTable['rows'][number] {
  return Object.fromEntries(Object.entries(record).map(([key, cell]) => [key, typeof cell === 'string' ? neutraliseFormula(cell) : cell]));
}

// Excel refuses these in a sheet name and allows 31 characters.
function sheetTitle(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Data';
}

/**
 * Writes an export table (neutralised by `exportRows`, and again here) as a downloadable file: CSV with a
 * BOM (plain, or `;` with decimal commas for Indonesian spreadsheets), or XLSX with frozen bold
 * headers, columns as wide as their content, two-decimal columns formatted, and a "Keterangan" sheet.
 */
export async function writeExportFile(table: ExportTable, format: ExportFormat, options: ExportFileOptions): Promise<ExportFile> {
  const meta = {
    rowCount: table.rows.length,
    cohort: options.cohort?.code ?? null,
    cohortLabel: options.cohort?.label ?? null,
    cohortLabelEn: options.cohort?.labelEn ?? null,
    demoRowCount: options.demoRowCount ?? 0,
  };
  if (format === ExportFormat.CSV || format === ExportFormat.CSV_INDONESIAN) {
    const indonesian = format === ExportFormat.CSV_INDONESIAN;
    const csv = toCsv(table, { bom: true, ...(indonesian ? { delimiter: ';', decimalComma: true } : {}) });
    return {
      fileName: `${options.baseName}${indonesian ? '-format-indonesia' : ''}.csv`,
      mimeType: CSV_MIME,
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
      ...meta,
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const sheet = workbook.addWorksheet(sheetTitle(options.sheetName));
  const widths = columnWidths(table);
  sheet.columns = table.columns.map((column, i) => ({ header: column.header, key: column.key, width: widths[i] }));
  // Neutralised again here (idempotent), like toCsv does for CSV: a table a module built without
  // exportRows must not reach a spreadsheet as a formula either.
  for (const record of table.rows) sheet.addRow(neutraliseRecord(record));
  table.columns.forEach((column, i) => {
    if (column.type === 'decimal2') sheet.getColumn(i + 1).numFmt = '0.00';
  });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  if (options.about?.length) {
    // The file says what it holds: which filter, how many rows and how many of them are demo.
    const about = workbook.addWorksheet('Keterangan');
    about.columns = [
      { key: 'label', width: 24 },
      { key: 'value', width: 70 },
    ];
    about.addRows(
      options.about.map((row) => ({ label: row.label, value: typeof row.value === 'string' ? neutraliseFormula(row.value) : row.value })),
    );
    about.getColumn(1).font = { bold: true };
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${options.baseName}.xlsx`, mimeType: XLSX_MIME, contentBase64: buffer.toString('base64'), ...meta };
}
