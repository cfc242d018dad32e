import type { OpenDataCatalogEntry } from '@simpul/service-kit';
import type { OwnedEntry } from './open-data-directory';

/**
 * The public catalogue at /data/catalog.json: DCAT in the Project Open Data (DCAT-US 1.1) JSON
 * shape that CKAN's ckanext-dcat harvests (data.go.id runs CKAN), with every download and landing
 * page absolute on the portal's origin.
 */
export function dcatCatalog(owned: readonly OwnedEntry[], origin: string): Record<string, unknown> {
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    title: 'Data terbuka Simpul',
    titleEn: 'Simpul open data',
    description:
      'Set data publik pelayanan publik Indonesia: unit dan layanan, hasil PEKPPP, IKM, inovasi KIPP, MPP dan hasil Ombudsman. Lisensi CC BY 4.0.',
    homepage: `${origin}/data`,
    dataset: owned.map(({ entry }) => absolute(entry, origin)),
  };
}

function absolute(entry: OpenDataCatalogEntry, origin: string): OpenDataCatalogEntry {
  return {
    ...entry,
    landingPage: `${origin}${entry.landingPage}`,
    distribution: entry.distribution.map((distribution) => ({ ...distribution, downloadURL: `${origin}${distribution.downloadURL}` })),
  };
}
