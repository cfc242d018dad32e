/** The part of /data/catalog.json (DCAT) the page shows. */
export interface CatalogDataset {
  identifier: string;
  title: string;
  titleEn?: string;
  description: string;
  descriptionEn?: string;
  license: string;
  licenseName?: string;
  modified: string;
  publisher?: { name: string };
  fields?: Array<{ name: string; type: string; description: string; descriptionEn?: string }>;
  distribution: Array<{ downloadURL: string; mediaType: string; format: string }>;
}

export const CATALOG_PATH = '/data/catalog.json';

/** Reads the catalogue the gateway merges from every service (the portal's web server proxies it). */
export async function fetchCatalog(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<CatalogDataset[]> {
  const response = await fetchImpl(CATALOG_PATH, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { dataset: CatalogDataset[] }).dataset;
}

/** The download path on this origin: the catalogue's links are absolute for harvesters. */
export function downloadPath(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname;
  } catch {
    return url;
  }
}
