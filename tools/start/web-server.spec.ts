import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { WebServer } from './web-server.mjs';

// The portal's web server, as `npm start` and the portal image run it: static host and remotes,
// the generated manifest, and /graphql, /auth/* and /files/* proxied to the gateway.
const load = () => import('./web-server.mjs');
/** A file the gateway streams: bigger than one chunk. */
const FILE = Buffer.alloc(256 * 1024 + 3, 0x25);

let dist: string;
let gateway: http.Server;
let web: WebServer;
let base: string;
const gatewaySaw: {
  method?: string;
  auth?: string;
  body?: string;
  url?: string;
  cookie?: string;
  forwardedHost?: string;
  forwardedProto?: string;
  pluginToken?: string;
}[] = [];
/** What the registry answers for `approvedPluginOrigins` (through the gateway), and how often it was asked. */
const registry = {
  origins: ['http://127.0.0.1:4300', 'https://pajak.example.go.id', "https://evil.test; script-src 'unsafe-inline'"],
  asked: 0,
};

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-web-'));
  fs.mkdirSync(path.join(dist, 'portal'));
  fs.mkdirSync(path.join(dist, 'registry-web'));
  fs.writeFileSync(path.join(dist, 'portal/index.html'), '<!doctype html><title>portal</title>');
  fs.writeFileSync(path.join(dist, 'portal/main.0123abcd.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dist, 'registry-web/remoteEntry.js'), 'var remote = 1');
  fs.writeFileSync(path.join(dist, 'registry-web/kiosk.sw.js'), 'self.addEventListener("fetch", () => {})');
  fs.writeFileSync(path.join(dist, 'secret.txt'), 'outside every root');
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url?.startsWith('/data/')) {
        gatewaySaw.push({
          method: req.method,
          url: req.url,
          cookie: req.headers.cookie,
          forwardedHost: String(req.headers['x-forwarded-host']),
        });
        res.writeHead(200, { 'content-type': req.url.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json' });
        return res.end(req.url.endsWith('.csv') ? 'id,name\r\n' : '{"dataset":[]}');
      }
      if (req.url?.startsWith('/files/')) {
        gatewaySaw.push({ method: req.method, url: req.url, cookie: req.headers.cookie, auth: req.headers.authorization });
        res.writeHead(200, {
          'content-type': 'application/pdf',
          'content-length': String(FILE.length),
          'content-disposition': `inline; filename="bukti.pdf"; filename*=UTF-8''bukti.pdf`,
          'cache-control': 'private, no-store',
          'content-security-policy': 'sandbox',
        });
        return res.end(req.method === 'HEAD' ? undefined : FILE);
      }
      if (req.url?.startsWith('/auth/')) {
        gatewaySaw.push({
          method: req.method,
          url: req.url,
          cookie: req.headers.cookie,
          body,
          forwardedHost: String(req.headers['x-forwarded-host']),
          forwardedProto: String(req.headers['x-forwarded-proto']),
        });
        res.writeHead(200, {
          'content-type': 'application/json',
          'set-cookie': 'simpul_session=fresh; Path=/auth; HttpOnly; SameSite=Strict',
          'cache-control': 'no-store',
        });
        return res.end('{"accessToken":"t"}');
      }
      if (body.includes('approvedPluginOrigins')) {
        registry.asked += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ data: { approvedPluginOrigins: registry.origins } }));
      }
      gatewaySaw.push({
        method: req.method,
        auth: req.headers.authorization,
        body,
        ...(req.headers['x-simpul-plugin-token'] ? { pluginToken: String(req.headers['x-simpul-plugin-token']) } : {}),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"ok":true}}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { startWebServer } = await load();
  web = await startWebServer({
    port: 0,
    gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
    remotes: [{ name: 'registry', app: 'registry-web', routes: '/registry', title: { id: 'Registri', en: 'Registry' } }],
    distRoot: dist,
  });
  base = `http://127.0.0.1:${web.port}`;
});

afterAll(async () => {
  await web?.close();
  await new Promise((resolve) => gateway?.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('the portal web server', () => {
  it('serves the app shell for any route of the single-page app', async () => {
    const response = await fetch(`${base}/registry/units/123`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>portal</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it("asks the browser to fetch a remote's entry at once on that remote's pages, and only there", async () => {
    for (const route of ['/registry', '/registry/units/123']) {
      expect((await fetch(`${base}${route}`)).headers.get('link')).toBe('</remotes/registry-web/remoteEntry.js>; rel=preload; as=script');
    }
    for (const route of ['/sign-in', '/registryx', '/cari']) expect((await fetch(`${base}${route}`)).headers.get('link')).toBeNull();
  });

  it('caches content-hashed assets for a year', async () => {
    const response = await fetch(`${base}/main.0123abcd.js`);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a missing asset with 404 rather than the app shell', async () => {
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('lists the remotes in a manifest read at run time', async () => {
    const manifest = await (await fetch(`${base}/remotes/manifest.json`)).json();
    expect(manifest).toEqual({
      remotes: [
        { name: 'registry', entry: '/remotes/registry-web/remoteEntry.js', routes: '/registry', title: { id: 'Registri', en: 'Registry' } },
      ],
    });
  });

  it("serves a remote's entry without caching it", async () => {
    const response = await fetch(`${base}/remotes/registry-web/remoteEntry.js`);
    expect(await response.text()).toBe('var remote = 1');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it("serves a remote's service worker, revalidated, allowed to control that remote's routes only", async () => {
    const response = await fetch(`${base}/remotes/registry-web/kiosk.sw.js`);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('service-worker-allowed')).toBe('/registry/');
    expect((await fetch(`${base}/remotes/registry-web/remoteEntry.js`)).headers.get('service-worker-allowed')).toBeNull();
  });

  it('refuses paths that climb out of the served folders', async () => {
    const response = await fetch(`${base}/remotes/registry-web/..%2F..%2Fsecret.txt`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside every root');
  });

  it('proxies /graphql to the gateway with the body and the Authorization header', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
      body: '{"query":"{ ok }"}',
    });
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(gatewaySaw.at(-1)).toEqual({ method: 'POST', auth: 'Bearer abc', body: '{"query":"{ ok }"}' });
  });

  it('proxies the session routes /auth/* to the gateway with the cookie, and passes its Set-Cookie back on the portal origin', async () => {
    const response = await fetch(`${base}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'simpul_session=old', 'x-forwarded-proto': 'https' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    // Beside it, the marker that tells `/` someone is signed in (front-door-page.mjs), as long-lived as the session.
    expect(response.headers.getSetCookie()).toEqual([
      'simpul_session=fresh; Path=/auth; HttpOnly; SameSite=Strict',
      'simpul_signed_in=1; Path=/; HttpOnly; SameSite=Strict',
    ]);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(gatewaySaw.at(-1)).toEqual({
      method: 'POST',
      url: '/auth/refresh',
      cookie: 'simpul_session=old',
      body: '{}',
      forwardedHost: `127.0.0.1:${web.port}`,
      forwardedProto: 'https',
    });
  });

  it("streams files behind signed links (/files/*) from the gateway, without the page's cookie or Authorization", async () => {
    const response = await fetch(`${base}/files/evidence/d1?token=abc.def.ghi`, {
      headers: { cookie: 'simpul_session=old', authorization: 'Bearer abc' },
    });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(FILE)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="bukti.pdf"; filename*=UTF-8''bukti.pdf`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(gatewaySaw.at(-1)).toEqual({ method: 'GET', url: '/files/evidence/d1?token=abc.def.ghi', cookie: undefined, auth: undefined });
  });

  it('takes the open-data catalogue and downloads from the gateway, and leaves /data to the portal page', async () => {
    const catalog = await fetch(`${base}/data/catalog.json`, { headers: { cookie: 'simpul_session=old' } });
    expect(await catalog.json()).toEqual({ dataset: [] });
    expect(gatewaySaw.at(-1)).toEqual({
      method: 'GET',
      url: '/data/catalog.json',
      cookie: undefined,
      forwardedHost: `127.0.0.1:${web.port}`,
    });
    const csv = await fetch(`${base}/data/service-units.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe('id,name\r\n');
    const page = await fetch(`${base}/data`);
    expect(await page.text()).toContain('<title>portal</title>');
    expect((await fetch(`${base}/data/service-units.exe`)).status).toBe(404);
  });

  it('sends nothing but GET and HEAD to /files/*', async () => {
    const seen = gatewaySaw.length;
    expect((await fetch(`${base}/files/evidence/d1?token=t`, { method: 'HEAD' })).headers.get('content-length')).toBe(String(FILE.length));
    expect((await fetch(`${base}/files/evidence/d1`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(gatewaySaw.slice(seen).map((saw) => saw.method)).toEqual(['HEAD']);
  });

  it("proxies a desk plugin's requests to the gateway with the plugin token beside the Authorization header", async () => {
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc', 'x-simpul-plugin-token': 'plugin.token' },
      body: '{"query":"{ ok }"}',
    });
    expect(gatewaySaw.at(-1)).toEqual({ method: 'POST', auth: 'Bearer abc', body: '{"query":"{ ok }"}', pluginToken: 'plugin.token' });
  });
});

describe('the Content-Security-Policy of the portal', () => {
  const policyOf = async (url: string) => (await fetch(url)).headers.get('content-security-policy');

  it('allows scripts and connections only from the portal and the approved plugin origins, on the app shell', async () => {
    const response = await fetch(`${base}/registry/units/123`);
    const policy = response.headers.get('content-security-policy');
    expect(policy).toBe(
      [
        "default-src 'self'",
        "script-src 'self' http://127.0.0.1:4300 https://pajak.example.go.id",
        "connect-src 'self' http://127.0.0.1:4300 https://pajak.example.go.id",
        "img-src 'self' data: blob: http://127.0.0.1:4300 https://pajak.example.go.id",
        "style-src 'self' 'unsafe-inline' http://127.0.0.1:4300 https://pajak.example.go.id",
        "font-src 'self' http://127.0.0.1:4300 https://pajak.example.go.id",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
      ].join('; '),
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(await policyOf(`${base}/`)).toBe(policy);
    expect(await policyOf(`${base}/index.html`)).toBe(policy);
  });

  it('asks the registry for the origins at most once per cache period', async () => {
    const asked = registry.asked;
    await Promise.all([policyOf(`${base}/`), policyOf(`${base}/mpp`), policyOf(`${base}/skm/kiosk`)]);
    expect(registry.asked - asked).toBeLessThanOrEqual(1);
  });

  it('puts no policy on scripts, the manifest or proxied answers', async () => {
    expect(await policyOf(`${base}/main.0123abcd.js`)).toBeNull();
    expect(await policyOf(`${base}/remotes/registry-web/remoteEntry.js`)).toBeNull();
    expect(await policyOf(`${base}/remotes/manifest.json`)).toBeNull();
  });

  it('allows no plugin origin while the gateway cannot be reached, and the portal still loads', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { startWebServer } = await load();
    const alone = await startWebServer({ port: 0, gatewayUrl: `http://127.0.0.1:${port}/graphql`, remotes: [], distRoot: dist });
    try {
      const response = await fetch(`http://127.0.0.1:${alone.port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>portal</title>');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';");
    } finally {
      await alone.close();
    }
  });
});
