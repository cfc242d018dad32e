import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type { OpenDataCatalogEntry } from '@simpul/service-kit';
import express from 'express';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { startTestSubgraph, TEST_SUBGRAPH_SDL, type TestSubgraph } from '../testing/test-subgraph';

// The gateway compresses a large GraphQL result and an open-data download for a client that asks
// (the portal forwards the browser's Accept-Encoding and passes the coded body on).
const jwtSecret = 'compression-spec-access-secret-0123456789';
const internalSecret = 'compression-spec-internal-secret-0123456789';
const CSV = `id,name\r\n${Array.from({ length: 50_000 }, (_, i) => `${i},Unit Pelayanan ${i}`).join('\r\n')}\r\n`;
const XLSX = Buffer.alloc(32 * 1024, 0x50);
/** Three items, each with three children, four levels deep: 120 items, some kilobytes of JSON. */
const LARGE = `{ items(first: 3) { id name ${'children(first: 3) { id name '.repeat(3)}${' }'.repeat(3)} } }`;
const OPEN_DATA_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { ping: String }
`;
const SERVICE_UNITS: OpenDataCatalogEntry = {
  '@type': 'dcat:Dataset',
  identifier: 'service-units',
  title: 'Unit pelayanan',
  titleEn: 'Service units',
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
  landingPage: '/data#service-units',
  fields: [{ name: 'id', type: 'string', description: 'Pengenal', descriptionEn: 'Id' }],
  distribution: [
    { '@type': 'dcat:Distribution', title: 'csv', downloadURL: '/data/service-units.csv', mediaType: 'text/csv', format: 'CSV' },
  ],
};

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly these headers; the body as it came over the wire (fetch would decode it). */
function request(url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decoded({ headers, body }: Raw): string {
  if (headers['content-encoding'] === 'br') return zlib.brotliDecompressSync(body).toString();
  if (headers['content-encoding'] === 'gzip') return zlib.gunzipSync(body).toString();
  return body.toString();
}

/** The registry's open-data routes as the gateway meets them. */
async function startOpenDataOrigin(): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.get('/open-data/catalog', (_req, res) => void res.json({ dataset: [SERVICE_UNITS] }));
  app.get('/open-data/service-units.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="service-units.csv"' });
    res.end(CSV);
  });
  app.get('/open-data/service-units.xlsx', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    res.end(XLSX);
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('compression at the gateway', () => {
  let subgraph: TestSubgraph;
  let openData: Awaited<ReturnType<typeof startOpenDataOrigin>>;
  let gateway: TestGateway;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(internalSecret);
    openData = await startOpenDataOrigin();
    gateway = await startTestGateway({
      supergraphSdl: composeTestSupergraph([
        { name: 'test', url: subgraph.url, sdl: TEST_SUBGRAPH_SDL },
        { name: 'registry', url: openData.url, sdl: OPEN_DATA_SDL },
      ]),
      jwtSecret,
      internalSecret,
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await openData?.close();
  });

  const graphql = (query: string, accept?: string) =>
    request(
      `${gateway.url}/graphql`,
      { 'content-type': 'application/json', ...(accept ? { 'accept-encoding': accept } : {}) },
      JSON.stringify({ query }),
    );

  it('compresses a large GraphQL result with brotli or gzip, as the client asks, to the same JSON', async () => {
    const plain = await graphql(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');
    expect(plain.body.length).toBeGreaterThan(4096);
    const result: unknown = JSON.parse(plain.body.toString());
    for (const coding of ['br', 'gzip']) {
      const response = await graphql(LARGE, coding);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(coding);
      expect(response.headers.vary).toContain('Accept-Encoding');
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['x-request-id']).toBeTruthy();
      expect(JSON.parse(decoded(response))).toEqual(result);
      expect(response.body.length).toBeLessThan(plain.body.length / 4);
    }
  });

  it('sends a small GraphQL result as it is', async () => {
    const response = await graphql('{ items(first: 1) { id } }', 'br, gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString())).toEqual({ data: { items: [{ id: 'i1' }] } });
  });

  it('streams an open-data CSV download compressed, and an XLSX (a zip already) as it is', async () => {
    const csv = await request(`${gateway.url}/data/service-units.csv`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-encoding']).toBe('br');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="service-units.csv"');
    expect(decoded(csv)).toBe(CSV);
    const xlsx = await request(`${gateway.url}/data/service-units.xlsx`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.body.equals(XLSX)).toBe(true);
  });
});
