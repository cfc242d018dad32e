import { readOpenDataFile, type OpenDataCatalogEntry, type OpenDataFormat } from '@simpul/service-kit';
import { useSharedStack, type SharedStack } from './stack';

// Issue #16 §3 signed out, as a person or a harvester meets it: the portal's /data page, the DCAT
// catalogue at /data/catalog.json and every dataset in every format, through the portal's web server,
// the gateway and the owning service, against the seeded database.
const DATASETS = ['ikm-results', 'kipp-innovations', 'mpp-malls', 'ombudsman-results', 'pekppp-results', 'service-units', 'services'];
const FORMATS: OpenDataFormat[] = ['csv', 'json', 'xlsx'];

let stack: SharedStack;
let catalog: { dataset: OpenDataCatalogEntry[] };

beforeAll(async () => {
  stack = useSharedStack();
  catalog = (await (await fetch(`${stack.portalUrl}/data/catalog.json`)).json()) as typeof catalog;
});

describe('open data, signed out', () => {
  it('serves the /data page and a DCAT catalogue of every dataset with absolute links', async () => {
    const page = await fetch(`${stack.portalUrl}/data`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(catalog.dataset.map((dataset) => dataset.identifier)).toEqual(DATASETS);
    for (const dataset of catalog.dataset) {
      expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      // Absolute on the first PORTAL_ORIGIN (the stack's portal port is not one of them: never a Host a client sent).
      expect(dataset.distribution.map((d) => new URL(d.downloadURL).pathname)).toEqual(
        FORMATS.map((format) => `/data/${dataset.identifier}.${format}`),
      );
    }
  });

  it.each(DATASETS.flatMap((id) => FORMATS.map((format) => [id, format] as const)))(
    'downloads %s.%s and reads it back',
    async (id, format) => {
      const response = await fetch(`${stack.portalUrl}/data/${id}.${format}`, { headers: { cookie: 'simpul_session=ignored' } });
      expect(response.status).toBe(200);
      const rows = await readOpenDataFile(format, Buffer.from(await response.arrayBuffer()));
      expect(rows.length).toBeGreaterThan(0);
      const fields = catalog.dataset.find((dataset) => dataset.identifier === id)?.fields.map((field) => field.name);
      expect(Object.keys(rows[0])).toEqual(fields);
    },
  );
});
