import { BANJARMASIN_2022_SOURCE } from './ombudsman-demo-data';

/**
 * What the Ombudsman said about a province as a whole, where it was published and the per-instansi
 * rows are not all known here: shown beside the counts of the recorded rows, never mixed into them.
 */
export interface PublishedStatement {
  provinceCode: string;
  year: number;
  text: { id: string; en: string };
  source: string;
}

export const PUBLISHED_STATEMENTS: readonly PublishedStatement[] = [
  {
    provinceCode: '63',
    year: 2022,
    text: {
      id: 'Kepatuhan standar pelayanan publik di Kalimantan Selatan tahun 2022 secara umum di zona kuning; 5 kabupaten/kota di zona hijau (Kepala Ombudsman RI Perwakilan Kalsel).',
      en: 'Compliance with public service standards in Kalimantan Selatan in 2022 was mostly in the yellow zone; 5 regencies/cities were in the green zone (Head of the Ombudsman RI Kalsel office).',
    },
    source: BANJARMASIN_2022_SOURCE,
  },
];

export function publishedStatements(regionCode: string, year: number | null): PublishedStatement[] {
  return PUBLISHED_STATEMENTS.filter((statement) => statement.provinceCode === regionCode && statement.year === year);
}
