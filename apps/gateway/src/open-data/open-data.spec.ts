import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_TOKEN_HEADER, readInternalToken, type OpenDataCatalogEntry } from '@simpul/service-kit';
import express from 'express';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { closedPort, TEST_SUBGRAPH_SDL } from '../testing/test-subgraph';

const jwtSecret = 'open-data-spec-access-secret-0123456789';
const internalSecret = 'open-data-spec-internal-secret-0123456789';
// Larger than any socket buffer, so the proxy really streams it in many chunks.
const CSV = `id,name\r\n${Array.from({ length: 120_000 }, (_, i) => `${i},Unit ${i}`).join('\r\n')}\r\n`;
const OTHER_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { ping: String }
`;

function entry(identifier: string): OpenDataCatalogEntry {
  return {
    '@type': 'dcat:Dataset',
    identifier,
    title: `Judul ${identifier}`,
    titleEn: `Title ${identifier}`,
    description: 'Uraian',
    descriptionEn: 'Description',
    keyword: ['uji'],
    theme: ['Pelayanan Publik'],
    language: ['id', 'en'],
    accessLevel: 'public',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    licenseName: 'CC BY 4.0',
    modified: '2026-12-01T00:00:00.000Z',
    publisher: { '@type': 'org:Organization', name: 'Uji' },
    spatial: 'Indonesia',
    landingPage: `/data#${identifier}`,
    fields: [{ name: 'id', type: 'string', description: 'Pengenal', descriptionEn: 'Id' }],
    distribution: (['csv', 'json', 'xlsx'] as const).map((ext) => ({
      '@type': 'dcat:Distribution' as const,
      title: ext,
      downloadURL: `/data/${identifier}.${ext}`,
      mediaType: ext === 'csv' ? 'text/csv' : 'application/json',
      format: ext.toUpperCase(),
    })),
  };
}

interface Origin {
  url: string;
  seen: Array<Record<string, string | string[] | undefined>>;
  close(): Promise<void>;
}

/** A service's /open-data routes as the gateway meets them: internal token required. */
async function startOrigin(datasets: string[]): Promise<Origin> {
  const seen: Origin['seen'] = [];
  const app = express();
  app.use((req, res, next) => {
    seen.push({ path: req.path, ...req.headers });
    const header = req.headers[INTERNAL_TOKEN_HEADER];
    if (!readInternalToken(typeof header === 'string' ? header : undefined, internalSecret).ok) return void res.status(401).end();
    next();
  });
  app.get('/open-data/catalog', (_req, res) => void res.json({ dataset: datasets.map(entry) }));
  app.get('/open-data/:file', (req, res) => {
    if (!datasets.some((id) => req.params.file === `${id}.csv`)) return void res.status(404).json({ errors: [] });
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${req.params.file}"`,
      'cache-control': 'public, max-age=300',
      'set-cookie': 'never=1',
    });
    res.end(CSV);
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('/data through the gateway', () => {
  let registry: Origin;
  let kipp: Origin;
  let gateway: TestGateway;

  beforeAll(async () => {
    registry = await startOrigin(['service-units', 'services']);
    kipp = await startOrigin(['kipp-innovations']);
    gateway = await startTestGateway({
      supergraphSdl: composeTestSupergraph([
        { name: 'registry', url: registry.url, sdl: TEST_SUBGRAPH_SDL },
        { name: 'kipp', url: kipp.url, sdl: OTHER_SDL },
        { name: 'mpp', url: `http://127.0.0.1:${await closedPort()}/graphql`, sdl: OTHER_SDL.replace('ping', 'pong') },
      ]),
      jwtSecret,
      internalSecret,
      portalOrigins: ['https://simpul.example.go.id', 'http://localhost:4200'],
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([registry?.close(), kipp?.close()]);
  });

  it('merges every service catalogue into one DCAT catalogue with absolute links on the portal origin', async () => {
    const response = await fetch(`${gateway.url}/data/catalog.json`, { headers: { 'x-forwarded-host': 'localhost:4200' } });
    expect(response.status).toBe(200);
    const catalog = (await response.json()) as { '@type': string; dataset: OpenDataCatalogEntry[] };
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog.dataset.map((d) => d.identifier)).toEqual(['kipp-innovations', 'service-units', 'services']);
    expect(catalog.dataset[1].distribution[0].downloadURL).toBe('http://localhost:4200/data/service-units.csv');
    expect(catalog.dataset[1].landingPage).toBe('http://localhost:4200/data#service-units');
    // The service that is down is left out with a warning; the others still answer.
    expect(gateway.logs).toEqual(
      expect.arrayContaining([expect.objectContaining({ msg: 'open data catalogue unavailable', subgraph: 'mpp' })]),
    );
  });

  it('never puts a Host the client made up into the links', async () => {
    const catalog = (await (
      await fetch(`${gateway.url}/data/catalog.json`, { headers: { 'x-forwarded-host': 'evil.example' } })
    ).json()) as {
      dataset: OpenDataCatalogEntry[];
    };
    expect(catalog.dataset[0].distribution[0].downloadURL).toBe('https://simpul.example.go.id/data/kipp-innovations.csv');
  });

  it('streams a download from the owning service as the public, without the browser credentials', async () => {
    const response = await fetch(`${gateway.url}/data/service-units.csv`, {
      headers: { cookie: 'simpul_session=secret', authorization: 'Bearer x' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(CSV);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="service-units.csv"');
    expect(response.headers.get('set-cookie')).toBeNull();
    const request = registry.seen.filter((seen) => seen.path === '/open-data/service-units.csv').at(-1);
    expect(request?.cookie).toBeUndefined();
    expect(request?.authorization).toBeUndefined();
    expect(readInternalToken(request?.[INTERNAL_TOKEN_HEADER] as string, internalSecret)).toMatchObject({ ok: true, caller: null });
    expect(kipp.seen.some((seen) => seen.path === '/open-data/service-units.csv')).toBe(false);
  });

  it('answers 404 in both languages for a dataset or format no service has', async () => {
    for (const file of ['nothing.csv', 'service-units.pdf', '..%2Fcatalog.csv']) {
      const response = await fetch(`${gateway.url}/data/${file}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'NOT_FOUND', messages: { id: 'Set data ini tidak ada.' } } }],
      });
    }
  });
});
