import ExcelJS from 'exceljs';
import { exportRows, type ExportColumn } from '@simpul/reporting';
import { ExportFormat } from './export-file.model';
import { CSV_MIME, fileSlug, writeExportFile, XLSX_MIME } from './write-export-file';

interface Row {
  name: string;
  score: number;
}
const COLUMNS: ExportColumn<Row>[] = [
  { key: 'name', header: 'Nama', headerEn: 'Name', value: (row) => row.name },
  { key: 'score', header: 'Nilai', headerEn: 'Score', value: (row) => row.score, type: 'decimal2' },
];
const TABLE = exportRows<Row>(
  [
    { name: 'Samsat Banjarmasin', score: 4.5 },
    { name: '  =HYPERLINK("http://x","klik")', score: 3 },
  ],
  COLUMNS,
);

describe('writeExportFile', () => {
  it('writes CSV with a BOM, neutralised formulas and the meta', async () => {
    const file = await writeExportFile(TABLE, ExportFormat.CSV, { baseName: 'contoh', sheetName: 'Contoh', demoRowCount: 1 });
    expect(file).toMatchObject({ fileName: 'contoh.csv', mimeType: CSV_MIME, rowCount: 2, demoRowCount: 1, cohort: null });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFNama,Nilai\r\n')).toBe(true);
    expect(text).toContain(`"'  =HYPERLINK(""http://x"",""klik"")",3.00`);
  });

  it('writes Indonesian CSV with semicolons and decimal commas', async () => {
    const file = await writeExportFile(TABLE, ExportFormat.CSV_INDONESIAN, { baseName: 'contoh', sheetName: 'Contoh' });
    expect(file.fileName).toBe('contoh-format-indonesia.csv');
    expect(Buffer.from(file.contentBase64, 'base64').toString('utf8')).toContain('Samsat Banjarmasin;4,50');
  });

  it('writes XLSX whose cells are text, not formulas, and a Keterangan sheet', async () => {
    const file = await writeExportFile(TABLE, ExportFormat.XLSX, {
      baseName: 'contoh',
      sheetName: 'Unit: a/b',
      about: [
        { label: 'Pencarian', value: '=1+1' },
        { label: 'Jumlah baris', value: 2 },
      ],
    });
    expect(file).toMatchObject({ fileName: 'contoh.xlsx', mimeType: XLSX_MIME });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Unit  a b');
    expect(sheet.getCell('A1').value).toBe('Nama');
    expect(sheet.getCell('A3').value).toBe(`'  =HYPERLINK("http://x","klik")`);
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    const about = workbook.getWorksheet('Keterangan');
    expect(about?.getCell('B1').value).toBe("'=1+1");
    expect(about?.getCell('B2').value).toBe(2);
  });

  // The writer is the last line: a table built without exportRows (a module bypassing it) must come
  // out safe too, in every format.
  describe.each([ExportFormat.CSV, ExportFormat.CSV_INDONESIAN, ExportFormat.XLSX])('%s neutralises formula-like text itself', (format) => {
    const probes = [' =1+1', '\t=1', '@SUM(1)', '+1', '-1', ' =HYPERLINK("http://x","klik")', '\u00a0=1', '\r=1'];
    const raw = {
      columns: [{ key: 'name', header: 'Nama', headerEn: 'Name', type: 'text' as const }],
      rows: probes.map((name) => ({ name })),
    };
    it.each(probes)('%j', async (probe) => {
      const file = await writeExportFile(raw, format, { baseName: 'contoh', sheetName: 'Contoh' });
      const bytes = Buffer.from(file.contentBase64, 'base64');
      if (format === ExportFormat.XLSX) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const cell = workbook.worksheets[0].getCell(`A${probes.indexOf(probe) + 2}`);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        // XML reads a stored CR back as LF.
        expect(cell.value).toBe(`'${probe}`.replace(/\r/g, '\n'));
      } else {
        const quoted = `'${probe}`;
        const field = /[;,"\r\n]/.test(quoted) ? `"${quoted.replace(/"/g, '""')}"` : quoted;
        expect(bytes.toString('utf8')).toContain(`\r\n${field}\r\n`);
      }
    });
  });

  it('makes file names from labels', () => {
    expect(fileSlug('Samsat tingkat Provinsi (63)')).toBe('samsat-tingkat-provinsi-63');
  });
});
