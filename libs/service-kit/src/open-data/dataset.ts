import type { DataSource } from 'typeorm';

/** A text in Bahasa Indonesia (the default) and English. */
export interface OpenDataText {
  id: string;
  en: string;
}

/** How a field's values are written: numbers as JSON numbers, dates as ISO 8601 text. */
export type OpenDataFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface OpenDataField {
  /** Stable English key: the CSV header, the JSON property and the XLSX header. */
  key: string;
  type: OpenDataFieldType;
  description: OpenDataText;
}

export interface OpenDataLicense {
  /** The licence's canonical URL (DCAT `license`). */
  url: string;
  name: string;
}

/**
 * Creative Commons Attribution 4.0: anyone may copy, redistribute and build on the data, also
 * commercially, as long as they credit the source. It is what data.go.id (Satu Data Indonesia,
 * Perpres 39/2019) recommends for government open data and it is compatible with the Open
 * Definition, so harvesters accept it without a licence review.
 */
export const CC_BY_4_0: OpenDataLicense = {
  url: 'https://creativecommons.org/licenses/by/4.0/',
  name: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
};

export const OPEN_DATA_PUBLISHER = 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Simpul)';

export type OpenDataValue = string | number | boolean | null;
export type OpenDataRow = Record<string, OpenDataValue>;

/** What a dataset's batch step may use: the service's database and its Nest providers. */
export interface OpenDataContext {
  db: DataSource;
  get<T>(type: abstract new (...args: never[]) => T): T;
}

/**
 * One public dataset a service owns. `sql` selects only public rows, one per record, with columns
 * named as the field keys (numbers cast to float8/int, dates to text), in a stable order; it runs
 * behind a cursor, so the table is never read into memory whole.
 */
export interface OpenDataset {
  /** Stable URL name: /data/<id>.csv */
  id: string;
  title: OpenDataText;
  description: OpenDataText;
  keywords: string[];
  theme: string[];
  license: OpenDataLicense;
  fields: OpenDataField[];
  sql: string;
  /** One row `{ modified }`: when the public rows last changed (timestamptz), null when there are none. */
  modifiedSql: string;
  /**
   * Turns each fetched batch into output rows, for figures the service computes in code (SKM's IKM
   * from its rollups). Without it the selected rows are the output.
   */
  mapBatch?: (rows: Record<string, unknown>[], context: OpenDataContext) => Promise<OpenDataRow[]>;
}

export const OPEN_DATA_FORMATS = {
  csv: { mediaType: 'text/csv', format: 'CSV', contentType: 'text/csv; charset=utf-8' },
  json: { mediaType: 'application/json', format: 'JSON', contentType: 'application/json; charset=utf-8' },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    format: 'XLSX',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const;

export type OpenDataFormat = keyof typeof OPEN_DATA_FORMATS;

export function isOpenDataFormat(value: string): value is OpenDataFormat {
  return Object.prototype.hasOwnProperty.call(OPEN_DATA_FORMATS, value);
}

/** The public path of a download; the gateway puts its public origin in front. */
export function openDataPath(id: string, format: OpenDataFormat): string {
  return `/data/${id}.${format}`;
}
