/** What an import takes: a CSV or an XLSX file (the services read both; see service-kit's spreadsheet reader). */
export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** The file input's `accept`: the extensions and the MIME types browsers give them. */
export const SPREADSHEET_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The format a file's name says, or null when it names neither (the import then asks for another file). */
export function spreadsheetFormat(fileName: string): SpreadsheetFormat | null {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.csv') ? 'CSV' : lower.endsWith('.xlsx') ? 'XLSX' : null;
}
