import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import express from 'express';
import { compressResponses, preferredEncoding } from './compression';

// A large answer travels compressed to a client that asks, in the coding it prefers; everything
// else (small, binary, already encoded, HEAD, 304) goes as it is.
const JSON_BODY = { units: Array.from({ length: 500 }, (_, i) => ({ id: `unit-${i}`, name: `Unit Pelayanan ${i}` })) };
const LINES = Array.from({ length: 40 }, (_, i) => `${i},Unit Pelayanan ${i}\r\n`.repeat(200));

let server: Server;
let base: { host: string; port: number };

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly these headers; the body as it came over the wire. */
function request(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ ...base, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded({ headers, body }: Raw): string {
  if (headers['content-encoding'] === 'br') return zlib.brotliDecompressSync(body).toString();
  if (headers['content-encoding'] === 'gzip') return zlib.gunzipSync(body).toString();
  return body.toString();
}

beforeAll(async () => {
  const app = express();
  app.use(compressResponses());
  app.get('/units', (_req, res) => void res.json(JSON_BODY));
  app.get('/small', (_req, res) => void res.json({ ok: true }));
  app.get('/no-transform', (_req, res) => void res.set('cache-control', 'no-transform').json(JSON_BODY));
  app.get('/binary', (_req, res) => void res.type('application/pdf').send(Buffer.alloc(64 * 1024, 0x25)));
  app.get('/encoded', (_req, res) => {
    const body = zlib.gzipSync(JSON.stringify(JSON_BODY));
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(body.length) });
    res.end(body);
  });
  app.get('/events', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end('data: 1\n\n'.repeat(500));
  });
  // A download of unknown length written piece by piece, as the file proxy pipes a service's stream.
  app.get('/download.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', etag: '"v1"' });
    let i = 0;
    const next = () => {
      while (i < LINES.length) if (!res.write(LINES[i++])) return void res.once('drain', next);
      res.end();
    };
    next();
  });
  // The first line reaches the client before the rest exists: flush() pushes it out.
  app.get('/live.csv', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.write('first\r\n');
    (res as unknown as { flush(): void }).flush();
    req.socket.once('close', () => res.end());
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = { host: '127.0.0.1', port: (server.address() as AddressInfo).port };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('preferredEncoding', () => {
  it('takes the highest q the client gives, brotli on a tie, identity when neither is acceptable', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('x-gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(preferredEncoding('deflate')).toBe('identity');
    expect(preferredEncoding(undefined)).toBe('identity');
  });
});

describe('compressResponses', () => {
  it('compresses a large JSON answer in the coding the client prefers, with Vary and no stale length', async () => {
    for (const [accept, coding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const response = await request('/units', { 'accept-encoding': accept });
      expect(response.headers['content-encoding']).toBe(coding);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['content-length']).toBeUndefined();
      expect(JSON.parse(decoded(response))).toEqual(JSON_BODY);
      expect(response.body.length).toBeLessThan(JSON.stringify(JSON_BODY).length / 4);
    }
  });

  it('sends the answer as it is to a client that asks for no coding, still with Vary', async () => {
    const response = await request('/units');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(JSON.parse(response.body.toString())).toEqual(JSON_BODY);
  });

  it('leaves small, binary, no-transform, already encoded answers and event streams alone', async () => {
    const accept = { 'accept-encoding': 'br, gzip' };
    expect((await request('/small', accept)).headers['content-encoding']).toBeUndefined();
    expect((await request('/binary', accept)).headers['content-encoding']).toBeUndefined();
    expect((await request('/no-transform', accept)).headers['content-encoding']).toBeUndefined();
    expect((await request('/events', accept)).headers['content-encoding']).toBeUndefined();
    const encoded = await request('/encoded', accept);
    expect(encoded.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(encoded.body).toString())).toEqual(JSON_BODY);
  });

  it('answers HEAD and a revalidation (304) without a body or a coding', async () => {
    const first = await request('/units', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\//);
    const head = await request('/units', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBeUndefined();
    const revalidated = await request('/units', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers['content-encoding']).toBeUndefined();
  });

  it('streams a download of unknown length with backpressure, its strong ETag made weak', async () => {
    const response = await request('/download.csv', { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.etag).toBe('W/"v1"');
    expect(decoded(response)).toBe(LINES.join(''));
  });

  it('lets the sender flush what the encoder holds, so a stream shows its first line at once', async () => {
    const first = await new Promise<string>((resolve, reject) => {
      const req = http.request({ ...base, path: '/live.csv', headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const gunzip = zlib.createGunzip();
        res.pipe(gunzip);
        gunzip.once('data', (chunk: Buffer) => {
          resolve(chunk.toString());
          req.destroy();
        });
        gunzip.on('error', () => undefined);
      });
      req.on('error', reject);
      req.end();
    });
    expect(first).toBe('first\r\n');
  });
});
