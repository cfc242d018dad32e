import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { WebServer } from './web-server.mjs';

// Queue systems call the portal's origin; the SKM service behind it only takes requests carrying an
// internal token, which the portal mints for the public caller. The mall's key travels as sent.
let upstream: http.Server;
let web: WebServer;
let dist: string;
const seen: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-queue-'));
  fs.mkdirSync(path.join(dist, 'portal'));
  fs.writeFileSync(path.join(dist, 'portal/index.html'), '<!doctype html><title>portal</title>');
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.url === '/graphql' ? 200 : 201, { 'content-type': 'application/json' });
      res.end(req.url === '/graphql' ? '{"data":{"approvedPluginOrigins":[]}}' : '{"invitation":{"url":"x"}}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const port = (upstream.address() as AddressInfo).port;
  const { startWebServer } = await import('./web-server.mjs');
  web = await startWebServer({
    port: 0,
    gatewayUrl: `http://127.0.0.1:${port}/graphql`,
    skmUrl: `http://127.0.0.1:${port}/graphql`,
    internalSecret: 'queue-spec-internal-secret-0123456789',
    remotes: [],
    distRoot: dist,
  });
});

afterAll(async () => {
  await web?.close();
  await new Promise((resolve) => upstream.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('POST /skm-api/queue/tickets-served', () => {
  it("reaches the SKM service's /queue/tickets-served with the queue key, an internal token and the body, never a cookie", async () => {
    seen.length = 0;
    const response = await fetch(`http://127.0.0.1:${web.port}/skm-api/queue/tickets-served`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-simpul-queue-key': 'sqk_abc',
        cookie: 'simpul_session=s',
        'x-simpul-internal': 'forged',
      },
      body: '{"ticket":"A-017"}',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ invitation: { url: 'x' } });
    const call = seen.find((entry) => entry.path === '/queue/tickets-served');
    expect(call?.headers['x-simpul-queue-key']).toBe('sqk_abc');
    expect(call?.headers.cookie).toBeUndefined();
    expect(call?.headers['x-simpul-internal']).not.toBe('forged');
    expect(call?.headers['x-simpul-internal']).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(call?.body).toBe('{"ticket":"A-017"}');
  });

  it('takes POST only', async () => {
    expect((await fetch(`http://127.0.0.1:${web.port}/skm-api/queue/tickets-served`)).status).toBe(405);
  });
});
