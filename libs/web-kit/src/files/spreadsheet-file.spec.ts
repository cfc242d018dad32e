import { spreadsheetFormat } from './spreadsheet-file';

describe('the format a spreadsheet file name says', () => {
  it.each([
    ['layanan.csv', 'CSV'],
    ['Kertas MEI.XLSX', 'XLSX'],
    ['hasil.2024.xlsx', 'XLSX'],
    ['catatan.xls', null],
    ['csv', null],
    ['laporan.pdf', null],
  ])('%s → %s', (name, format) => {
    expect(spreadsheetFormat(name)).toBe(format);
  });
});
