import type { DataSource } from 'typeorm';
import { one } from '../database/sql';
import { OPEN_DATA_FORMATS, OPEN_DATA_PUBLISHER, openDataPath, type OpenDataFormat, type OpenDataset } from './dataset';

export interface OpenDataDistribution {
  '@type': 'dcat:Distribution';
  title: string;
  /** `/data/<id>.<ext>` from a service; absolute on the portal's origin in the gateway's catalogue. */
  downloadURL: string;
  mediaType: string;
  format: string;
}

export interface OpenDataCatalogField {
  name: string;
  type: string;
  description: string;
  descriptionEn: string;
}

/** A DCAT dataset as in the Project Open Data / DCAT-US JSON that CKAN's ckanext-dcat harvests. */
export interface OpenDataCatalogEntry {
  '@type': 'dcat:Dataset';
  identifier: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  keyword: string[];
  theme: string[];
  language: string[];
  accessLevel: 'public';
  license: string;
  licenseName: string;
  /** ISO 8601: when the public rows last changed. */
  modified: string;
  publisher: { '@type': 'org:Organization'; name: string };
  spatial: string;
  /** The landing page path on the portal (`/data#<id>`). */
  landingPage: string;
  fields: OpenDataCatalogField[];
  distribution: OpenDataDistribution[];
}

const FORMATS = Object.keys(OPEN_DATA_FORMATS) as OpenDataFormat[];

export async function catalogEntry(db: DataSource, dataset: OpenDataset, now: Date): Promise<OpenDataCatalogEntry> {
  const found = await one<{ modified: Date | string | null }>(db, dataset.modifiedSql);
  // An empty dataset has no last change; a harvester needs a date, and "now" says it is current as it is.
  const modified = found?.modified ? new Date(found.modified) : now;
  return {
    '@type': 'dcat:Dataset',
    identifier: dataset.id,
    title: dataset.title.id,
    titleEn: dataset.title.en,
    description: dataset.description.id,
    descriptionEn: dataset.description.en,
    keyword: dataset.keywords,
    theme: dataset.theme,
    language: ['id', 'en'],
    accessLevel: 'public',
    license: dataset.license.url,
    licenseName: dataset.license.name,
    modified: modified.toISOString(),
    publisher: { '@type': 'org:Organization', name: OPEN_DATA_PUBLISHER },
    spatial: 'Indonesia',
    landingPage: `/data#${dataset.id}`,
    fields: dataset.fields.map((field) => ({
      name: field.key,
      type: field.type,
      description: field.description.id,
      descriptionEn: field.description.en,
    })),
    distribution: FORMATS.map((format) => ({
      '@type': 'dcat:Distribution',
      title: `${dataset.title.id} (${OPEN_DATA_FORMATS[format].format})`,
      downloadURL: openDataPath(dataset.id, format),
      mediaType: OPEN_DATA_FORMATS[format].mediaType,
      format: OPEN_DATA_FORMATS[format].format,
    })),
  };
}

export async function catalogEntries(db: DataSource, datasets: readonly OpenDataset[], now = new Date()): Promise<OpenDataCatalogEntry[]> {
  return Promise.all(datasets.map((dataset) => catalogEntry(db, dataset, now)));
}
