import { parse } from 'csv-parse/sync';

/** One parsed line of a visitors CSV, before any database check. */
export interface CsvDeskDay {
  row: number;
  desk: string;
  date: string;
  visitors: string;
  complaints: string;
  services: string;
}

/** Column names in English or Bahasa Indonesia. */
const HEADERS: Record<string, keyof Omit<CsvDeskDay, 'row'>> = {
  desk: 'desk',
  gerai: 'desk',
  loket: 'desk',
  date: 'date',
  tanggal: 'date',
  visitors: 'visitors',
  pengunjung: 'visitors',
  complaints: 'complaints',
  pengaduan: 'complaints',
  services: 'services',
  layanan: 'services',
};

export const REQUIRED_COLUMNS = ['desk', 'date', 'visitors'] as const;

/**
 * Reads `desk,date,visitors[,complaints][,services]` (services as `serviceId=count;serviceId=count`).
 * Returns the rows, or the problem with the header.
 */
export function readDeskDayCsv(text: string): { rows: CsvDeskDay[] } | { headerProblem: { en: string; id: string } } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      delimiter: text.includes(';') && !text.includes(',') ? ';' : ',',
    });
  } catch (error) {
    return {
      headerProblem: {
        en: `The file is not valid CSV: ${(error as Error).message}`,
        id: `Berkas bukan CSV yang valid: ${(error as Error).message}`,
      },
    };
  }
  const [header, ...lines] = records;
  if (!header) return { headerProblem: { en: 'The file is empty.', id: 'Berkas kosong.' } };
  const columns = header.map((name) => HEADERS[name.trim().toLowerCase()]);
  const absent = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (absent.length) {
    return { headerProblem: { en: `Missing columns: ${absent.join(', ')}.`, id: `Kolom tidak ada: ${absent.join(', ')}.` } };
  }
  const rows = lines.map((cells, index) => {
    const row: CsvDeskDay = { row: index + 2, desk: '', date: '', visitors: '', complaints: '', services: '' };
    columns.forEach((column, position) => {
      if (column) row[column] = cells[position] ?? '';
    });
    return row;
  });
  return { rows };
}
