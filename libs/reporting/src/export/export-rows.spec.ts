import { columnWidths, exportRows, neutraliseFormula, toCsv } from './export-rows';
import { LOKUS_RESULT_COLUMNS, type LokusResultRow } from './lokus-result-columns';

const samsat: LokusResultRow = {
  cycleName: 'PEKPPP 2022',
  schemeLabel: 'Pemantauan',
  cohortLabel: 'Samsat tingkat provinsi',
  origin: 'OFFICIAL',
  source: 'Keputusan Menteri PANRB Nomor 1035 Tahun 2022',
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
    expect(table.columns.find((column) => column.key === 'index')).toEqual({
      key: 'index',
      header: 'IPP',
      headerEn: 'IPP',
      type: 'decimal2',
    });
  });

  it('writes RFC 4180 CSV with Indonesian headers, quoting, doubled quotes and two decimals', () => {
    const csv = toCsv(exportRows([samsat], LOKUS_RESULT_COLUMNS));
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe(
      'Siklus,Skema,Kelompok Pembanding,ID Lokus,Unit Penyelenggara Pelayanan,Instansi,Kode Provinsi,Provinsi,Tahun,Instrumen,IPP,Indeks F-02 (Evaluator),Indeks F-03 (Pengguna Layanan),Kategori,Predikat,Peringkat,Jumlah Lokus Sekelompok,Asal Data,Sumber',
    );
    expect(line).toBe(
      'PEKPPP 2022,Pemantauan,Samsat tingkat provinsi,l-1,"UPPD Samsat ""Banjarmasin I""","Pemerintah Provinsi Kalimantan Selatan, Bapenda",63,Kalimantan Selatan,2022,pekppp-2024-a,4.00,4.02,,B,Baik,20,34,resmi,Keputusan Menteri PANRB Nomor 1035 Tahun 2022',
    );
    expect(end).toBe('');
  });

  it('supports English headers, semicolons with decimal commas, and a BOM for Excel', () => {
    const table = exportRows(
      [{ name: 'Samsat', ipp: 4.505 }],
      [
        { key: 'name', header: 'Nama', headerEn: 'Name', value: (row: { name: string; ipp: number }) => row.name },
        { key: 'ipp', header: 'IPP', headerEn: 'IPP', value: (row: { name: string; ipp: number }) => row.ipp, type: 'decimal2' },
      ],
    );
    expect(toCsv(table, { headers: 'en', delimiter: ';', decimalComma: true, bom: true })).toBe('\uFEFFName;IPP\r\nSamsat;4,51\r\n');
    expect(toCsv(table, { decimalComma: true })).toBe('Nama,IPP\r\nSamsat,"4,51"\r\n');
  });

  it('defuses spreadsheet formulas in text but leaves negative numbers alone', () => {
    const table = exportRows(
      [{ text: '=HYPERLINK("x")', delta: -0.49 }],
      [
        { key: 'text', header: 'Catatan', headerEn: 'Note', value: (row: { text: string; delta: number }) => row.text },
        {
          key: 'delta',
          header: 'Perubahan',
          headerEn: 'Change',
          value: (row: { text: string; delta: number }) => row.delta,
          type: 'decimal2',
        },
      ],
    );
    expect(toCsv(table)).toBe('Catatan,Perubahan\r\n"\'=HYPERLINK(""x"")",-0.49\r\n');
  });

  it('rule: a formula is neutralised also after leading spaces, in the table itself (so CSV and XLSX both get it)', () => {
    const table = exportRows(
      [{ text: ' =HYPERLINK("http://x","klik")' }, { text: '\u00a0 +1' }, { text: 'Samsat - Banjarmasin' }],
      [{ key: 'text', header: 'Catatan', headerEn: 'Note', value: (row: { text: string }) => row.text }],
    );
    expect(table.rows.map((row) => row.text)).toEqual([`' =HYPERLINK("http://x","klik")`, "'\u00a0 +1", 'Samsat - Banjarmasin']);
    expect(toCsv(table).split('\r\n')[1]).toBe(`"' =HYPERLINK(""http://x"",""klik"")"`);
    expect(neutraliseFormula(neutraliseFormula('=1+1'))).toBe("'=1+1");
  });

  it('the Indonesian CSV: semicolons, decimal commas, the origin in words', () => {
    const csv = toCsv(exportRows([{ ...samsat, origin: 'DEMO', source: null, index: 3.5 }], LOKUS_RESULT_COLUMNS), {
      delimiter: ';',
      decimalComma: true,
    });
    expect(csv.split('\r\n')[1]).toBe(
      'PEKPPP 2022;Pemantauan;Samsat tingkat provinsi;l-1;"UPPD Samsat ""Banjarmasin I""";Pemerintah Provinsi Kalimantan Selatan, Bapenda;63;Kalimantan Selatan;2022;pekppp-2024-a;3,50;4,02;;B;Baik;20;34;contoh (bukan angka resmi);',
    );
  });

  it('column widths fit the longest cell or header, within bounds', () => {
    const table = exportRows(
      [
        { name: 'SAMSAT Kalimantan Selatan', ipp: 4.02 },
        { name: 'x'.repeat(200), ipp: 1 },
      ],
      [
        { key: 'name', header: 'Nama', headerEn: 'Name', value: (row: { name: string; ipp: number }) => row.name },
        { key: 'ipp', header: 'IPP', headerEn: 'IPP', value: (row: { name: string; ipp: number }) => row.ipp, type: 'decimal2' },
      ],
    );
    expect(columnWidths(table)).toEqual([60, 8]);
    expect(columnWidths({ ...table, rows: table.rows.slice(0, 1) })).toEqual(['SAMSAT Kalimantan Selatan'.length + 2, 8]);
  });

  it('quotes fields holding line breaks', () => {
    const table = exportRows(
      [{ note: 'baris satu\nbaris dua' }],
      [{ key: 'note', header: 'Catatan', headerEn: 'Note', value: (row: { note: string }) => row.note }],
    );
    expect(toCsv(table)).toBe('Catatan\r\n"baris satu\nbaris dua"\r\n');
  });
});

describe('every text cell is neutralised, in exportRows and again in toCsv (a table built by hand is safe too)', () => {
  const probes = [' =1+1', '\t=1', '@SUM(1)', '+1', '-1', ' =HYPERLINK("http://x","klik")', '\u00a0=1', '\r=1', '  -2+3'];
  const columns = [{ key: 'text', header: 'Teks', headerEn: 'Text', value: (row: { text: string }) => row.text }];
  it.each(probes)('%j', (probe) => {
    expect(exportRows([{ text: probe }], columns).rows[0].text).toBe(`'${probe}`);
    const byHand = { columns: [{ key: 'text', header: 'Teks', headerEn: 'Text', type: 'text' as const }], rows: [{ text: probe }] };
    const quoted = `'${probe}`;
    expect(toCsv(byHand).split('\r\n').slice(1).join('\r\n')).toBe(
      `${/[,"\r\n]/.test(quoted) ? `"${quoted.replace(/"/g, '""')}"` : quoted}\r\n`,
    );
  });
  it('leaves plain text and numbers alone', () => {
    expect(neutraliseFormula('Samsat - Banjarmasin')).toBe('Samsat - Banjarmasin');
    expect(exportRows([{ n: -1 }], [{ key: 'n', header: 'N', headerEn: 'N', value: (row: { n: number }) => row.n }]).rows[0].n).toBe(-1);
  });
});
