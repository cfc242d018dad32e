import { exportRows, toCsv } from './export-rows';
import { LOKUS_RESULT_COLUMNS, type LokusResultRow } from './lokus-result-columns';

const samsat: LokusResultRow = {
  lokusId: 'l-1',
  unitName: 'UPPD Samsat "Banjarmasin I"',
  agencyName: 'Pemerintah Provinsi Kalimantan Selatan, Bapenda',
  provinceCode: '63',
  provinceName: 'Kalimantan Selatan',
  year: 2022,
  instrumentId: 'pekppp-2024-a',
  index: 4,
  evaluatorIndex: 4.02,
  userIndex: null,
  categoryCode: 'B',
  categoryLabel: 'Baik',
  rank: 20,
  cohortSize: 34,
};

describe('export rows and CSV', () => {
  it('flattens rows to records keyed in English', () => {
    const table = exportRows([samsat], LOKUS_RESULT_COLUMNS);
    expect(table.rows[0]).toMatchObject({ lokusId: 'l-1', index: 4, userIndex: null, rank: 20 });
    expect(table.columns.find((column) => column.key === 'index')).toEqual({ key: 'index', header: 'IPP', headerEn: 'IPP', type: 'decimal2' });
  });

  it('writes RFC 4180 CSV with Indonesian headers, quoting, doubled quotes and two decimals', () => {
    const csv = toCsv(exportRows([samsat], LOKUS_RESULT_COLUMNS));
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe('ID Lokus,Unit Penyelenggara Pelayanan,Instansi,Kode Provinsi,Provinsi,Tahun,Instrumen,IPP,Indeks F-02 (Evaluator),Indeks F-03 (Pengguna Layanan),Kategori,Predikat,Peringkat,Jumlah Lokus Sekelompok');
    expect(line).toBe('l-1,"UPPD Samsat ""Banjarmasin I""","Pemerintah Provinsi Kalimantan Selatan, Bapenda",63,Kalimantan Selatan,2022,pekppp-2024-a,4.00,4.02,,B,Baik,20,34');
    expect(end).toBe('');
  });

  it('supports English headers, semicolons with decimal commas, and a BOM for Excel', () => {
    const table = exportRows([{ name: 'Samsat', ipp: 4.505 }], [
      { key: 'name', header: 'Nama', headerEn: 'Name', value: (row: { name: string; ipp: number }) => row.name },
      { key: 'ipp', header: 'IPP', headerEn: 'IPP', value: (row: { name: string; ipp: number }) => row.ipp, type: 'decimal2' },
    ]);
    expect(toCsv(table, { headers: 'en', delimiter: ';', decimalComma: true, bom: true })).toBe('\uFEFFName;IPP\r\nSamsat;4,51\r\n');
    expect(toCsv(table, { decimalComma: true })).toBe('Nama,IPP\r\nSamsat,"4,51"\r\n');
  });

  it('defuses spreadsheet formulas in text but leaves negative numbers alone', () => {
    const table = exportRows([{ text: '=HYPERLINK("x")', delta: -0.49 }], [
      { key: 'text', header: 'Catatan', headerEn: 'Note', value: (row: { text: string; delta: number }) => row.text },
      { key: 'delta', header: 'Perubahan', headerEn: 'Change', value: (row: { text: string; delta: number }) => row.delta, type: 'decimal2' },
    ]);
    expect(toCsv(table)).toBe('Catatan,Perubahan\r\n"\'=HYPERLINK(""x"")",-0.49\r\n');
  });

  it('quotes fields holding line breaks', () => {
    const table = exportRows([{ note: 'baris satu\nbaris dua' }], [{ key: 'note', header: 'Catatan', headerEn: 'Note', value: (row: { note: string }) => row.note }]);
    expect(toCsv(table)).toBe('Catatan\r\n"baris satu\nbaris dua"\r\n');
  });
});
