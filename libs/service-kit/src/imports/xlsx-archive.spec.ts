import ExcelJS from 'exceljs';
import { writeZip, xlsxBomb } from '../testing/zip-writer';
import { checkXlsxArchive, DEFAULT_XLSX_LIMITS, loadXlsxWorkbook, XlsxRejectedError } from './xlsx-archive';
import { readZipDirectory } from './zip-directory';

const ROWS = [
  ['name', 'description'],
  ['Layanan A', 'Satu'],
];

function rejection(run: () => unknown): XlsxRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof XlsxRejectedError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('XLSX archives are checked before they are parsed', () => {
  it('reads a real workbook written by exceljs and its directory', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Layanan').addRows(ROWS);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(readZipDirectory(file).map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    const loaded = await loadXlsxWorkbook(file);
    expect(loaded.worksheets[0].getCell('A2').value).toBe('Layanan A');
  });

  it('opens a hand-written workbook below the limits', async () => {
    const workbook = await loadXlsxWorkbook(xlsxBomb({ rows: ROWS, paddingBytes: 1000 }));
    expect(workbook.worksheets[0].getCell('B2').value).toBe('Satu');
  });

  it('refuses a 62 kB file that unpacks to 60 MB, naming the limits in both languages', () => {
    const bomb = xlsxBomb({ rows: ROWS, paddingBytes: 60 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = rejection(() => checkXlsxArchive(bomb));
    expect(error.reason).toBe('SIZE');
    expect(error.messages.en).toMatch(/more than 50 MB.*1,000 parts, 50 MB unpacked, 100 times/);
    expect(error.messages.id).toMatch(/lebih dari 50 MB.*1\.000 bagian, 50 MB setelah dibuka, 100 kali/);
  });

  it('refuses a file that packs far more than a sheet does, and one with too many parts', () => {
    expect(rejection(() => checkXlsxArchive(xlsxBomb({ rows: ROWS, paddingBytes: 20 * 1024 * 1024 }))).reason).toBe('RATIO');
    expect(
      rejection(() => checkXlsxArchive(xlsxBomb({ rows: ROWS, paddingBytes: 0, extraParts: DEFAULT_XLSX_LIMITS.maxEntries }))).reason,
    ).toBe('ENTRIES');
  });

  it('catches a directory that understates a part, and a file that is not a zip', () => {
    const liar = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * 1024 * 1024, ' '), declaredBytes: 1000 }]);
    expect(rejection(() => checkXlsxArchive(liar)).reason).toBe('SIZE');
    expect(rejection(() => checkXlsxArchive(Buffer.from('name,description\nA,B\n'))).reason).toBe('UNREADABLE');
  });
});
