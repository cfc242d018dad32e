import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { WebServer } from './web-server.mjs';

// A citizen on a cheap phone gets text compressed: built files as the .br/.gz the build wrote,
// the rest as it streams; cache headers stay what they were, and each coding has its own ETag.
const load = () => import('./web-server.mjs');

/** A bundle as a build leaves it: text that compresses well, far over 1 kB. */
const BUNDLE = Buffer.from(Array.from({ length: 2000 }, (_, i) => `export const value${i} = "nilai ${i}";\n`).join(''));
/** What the gateway answers to a GraphQL query: large JSON. */
const GRAPHQL = JSON.stringify({
  data: { units: Array.from({ length: 400 }, (_, i) => ({ id: `unit-${i}`, name: `Unit Pelayanan ${i}` })) },
});
const PDF = Buffer.alloc(64 * 1024, 0x25);

let dist: string;
let gateway: http.Server;
let web: WebServer;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire, still encoded. */
  body: Buffer;
}

/** One request with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function request(route: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: web.port, path: route, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decoded({ headers, body }: Raw): Buffer {
  if (headers['content-encoding'] === 'br') return zlib.brotliDecompressSync(body);
  if (headers['content-encoding'] === 'gzip') return zlib.gunzipSync(body);
  return body;
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-compression-'));
  fs.mkdirSync(path.join(dist, 'portal'));
  fs.mkdirSync(path.join(dist, 'registry-web'));
  const write = (file: string, content: Buffer | string) => fs.writeFileSync(path.join(dist, file), content);
  write('portal/index.html', `<!doctype html><title>portal</title>${'<p>Selamat datang</p>'.repeat(100)}`);
  // As tools/build/build-web.mjs leaves a file: brotli 11 and gzip 9 beside it.
  for (const file of ['portal/main.0123abcdef.js', 'registry-web/remoteEntry.js']) {
    write(file, BUNDLE);
    write(`${file}.br`, zlib.brotliCompressSync(BUNDLE));
    write(`${file}.gz`, zlib.gzipSync(BUNDLE, { level: 9 }));
  }
  // Built without the step: no variant beside it.
  write('portal/late.0123abcdef.css', BUNDLE);
  write('portal/small.0123abcdef.js', 'console.log(1)');
  write('portal/logo.png', PDF);
  gateway = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/files/')) {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(PDF.length) });
        return res.end(PDF);
      }
      if (req.url === '/data/catalog.json') {
        // The gateway compressed it already.
        const gzipped = zlib.gzipSync(GRAPHQL);
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(gzipped.length) });
        return res.end(gzipped);
      }
      if (req.url === '/data/service-units.csv') {
        // A download streamed in pieces, length unknown.
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', etag: '"csv-1"' });
        for (let i = 0; i < 50; i += 1) res.write(`unit-${i},Unit Pelayanan ${i}\r\n`.repeat(20));
        return res.end();
      }
      if (req.url?.startsWith('/auth/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ accessToken: 'x'.repeat(2000) }));
      }
      const small = req.headers['x-answer'] === 'small';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(small ? 11 : Buffer.byteLength(GRAPHQL)) });
      res.end(small ? '{"data":{}}' : GRAPHQL);
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { startWebServer } = await load();
  web = await startWebServer({
    port: 0,
    gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
    remotes: [{ name: 'registry', app: 'registry-web', routes: '/registry', title: { id: 'Registri', en: 'Registry' } }],
    distRoot: dist,
    pluginOriginsTtlMs: 60_000,
  });
});

afterAll(async () => {
  await web?.close();
  await new Promise((resolve) => gateway?.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('built files compressed at build time', () => {
  it('sends the brotli file to a browser that accepts brotli, with its length and Vary', async () => {
    const response = await request('/main.0123abcdef.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.body.equals(fs.readFileSync(path.join(dist, 'portal/main.0123abcdef.js.br')))).toBe(true);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(BUNDLE.length / 4);
    expect(decoded(response).equals(BUNDLE)).toBe(true);
  });

  it('sends the gzip file when gzip is all the browser takes, or weighs more than brotli', async () => {
    for (const accept of ['gzip', 'br;q=0.5, gzip', 'br;q=0, gzip;q=0.1', 'x-gzip']) {
      const response = await request('/main.0123abcdef.js', { 'accept-encoding': accept });
      expect([accept, response.headers['content-encoding']]).toEqual([accept, 'gzip']);
      expect(decoded(response).equals(BUNDLE)).toBe(true);
    }
    expect((await request('/main.0123abcdef.js', { 'accept-encoding': '*' })).headers['content-encoding']).toBe('br');
  });

  it('sends the file as it is without Accept-Encoding, or when the browser refuses both', async () => {
    const refusals: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
      { 'accept-encoding': 'deflate' },
    ];
    for (const headers of refusals) {
      const response = await request('/main.0123abcdef.js', headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.body.equals(BUNDLE)).toBe(true);
      expect(Number(response.headers['content-length'])).toBe(BUNDLE.length);
    }
  });

  it('keeps the cache rules: hashed files immutable, remote entries revalidated and open to other origins', async () => {
    const hashed = await request('/main.0123abcdef.js', { 'accept-encoding': 'br' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const entry = await request('/remotes/registry-web/remoteEntry.js', { 'accept-encoding': 'gzip' });
    expect(entry.headers['content-encoding']).toBe('gzip');
    expect(entry.headers['cache-control']).toBe('no-cache');
    expect(entry.headers['access-control-allow-origin']).toBe('*');
    expect(decoded(entry).equals(BUNDLE)).toBe(true);
  });

  it('gives each coding its own ETag, and a 304 only for the coding the browser holds', async () => {
    const br = await request('/main.0123abcdef.js', { 'accept-encoding': 'br' });
    const gzip = await request('/main.0123abcdef.js', { 'accept-encoding': 'gzip' });
    const identity = await request('/main.0123abcdef.js');
    const etags = [br.headers.etag, gzip.headers.etag, identity.headers.etag];
    expect(new Set(etags).size).toBe(3);

    const revalidated = await request('/main.0123abcdef.js', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(br.headers.etag);
    expect(revalidated.headers.vary).toBe('Accept-Encoding');
    expect(revalidated.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    // The browser holds the identity body but now takes brotli: it gets the brotli body, not a 304.
    const other = await request('/main.0123abcdef.js', { 'accept-encoding': 'br', 'if-none-match': String(identity.headers.etag) });
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBe('br');
  });

  it('answers HEAD with the headers GET would send and no body', async () => {
    const head = await request('/main.0123abcdef.js', { 'accept-encoding': 'br' }, 'HEAD');
    const get = await request('/main.0123abcdef.js', { 'accept-encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it('compresses a text file the build left no variant for as it sends it, with its own ETag', async () => {
    const response = await request('/late.0123abcdef.css', { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-length']).toBeUndefined();
    expect(decoded(response).equals(BUNDLE)).toBe(true);
    const identity = await request('/late.0123abcdef.css');
    expect(response.headers.etag).not.toBe(identity.headers.etag);
    const again = await request('/late.0123abcdef.css', { 'accept-encoding': 'br', 'if-none-match': String(response.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('leaves small files and images alone', async () => {
    const small = await request('/small.0123abcdef.js', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('console.log(1)');
    const image = await request('/logo.png', { 'accept-encoding': 'br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
    expect(image.body.equals(PDF)).toBe(true);
  });

  it('compresses the app shell and keeps its Content-Security-Policy and revalidation', async () => {
    const response = await request('/registry/units/1', { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(decoded(response).toString()).toContain('<title>portal</title>');
  });
});

describe('answers compressed as they stream', () => {
  it('compresses a large GraphQL answer from the gateway, and only when asked', async () => {
    const query = JSON.stringify({ query: '{ units { id name } }' });
    const json = { 'content-type': 'application/json' };
    const br = await request('/graphql', { ...json, 'accept-encoding': 'br' }, 'POST', query);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-length']).toBeUndefined();
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(decoded(br).toString()).toBe(GRAPHQL);
    expect(br.body.length).toBeLessThan(GRAPHQL.length / 4);
    const gzip = await request('/graphql', { ...json, 'accept-encoding': 'gzip' }, 'POST', query);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).toString()).toBe(GRAPHQL);
    const plain = await request('/graphql', json, 'POST', query);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(GRAPHQL);
  });

  it('leaves a small answer as it is', async () => {
    const response = await request('/graphql', { 'accept-encoding': 'br', 'x-answer': 'small' }, 'POST', '{}');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('{"data":{}}');
  });

  it('passes an answer the gateway compressed already without compressing it twice', async () => {
    const response = await request('/data/catalog.json', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(response.body).toString()).toBe(GRAPHQL);
  });

  it('streams a download of unknown length compressed, its strong ETag made weak', async () => {
    const response = await request('/data/service-units.csv', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.etag).toBe('W/"csv-1"');
    expect(decoded(response).toString()).toBe(
      Array.from({ length: 50 }, (_, i) => `unit-${i},Unit Pelayanan ${i}\r\n`.repeat(20)).join(''),
    );
  });

  it('leaves files that are compressed already (PDF) and session answers as they are', async () => {
    const file = await request('/files/evidence/1?token=t', { 'accept-encoding': 'br' });
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(file.body.equals(PDF)).toBe(true);
    const session = await request('/auth/refresh', { 'accept-encoding': 'br', 'content-type': 'application/json' }, 'POST', '{}');
    expect(session.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(session.body.toString())).toEqual({ accessToken: 'x'.repeat(2000) });
  });
});
