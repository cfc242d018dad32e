import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { WebServer } from './web-server.mjs';

// `/` is two pages: the small front door for a visitor who is not signed in, the portal for someone
// who is. The server tells them apart by the marker it sets beside the gateway's session cookie.
const load = () => import('./web-server.mjs');
const loadPage = () => import('./front-door-page.mjs');

let dist: string;
let gateway: http.Server;
let web: WebServer;
let base: string;
/** What the gateway's session routes set, per path. */
const SESSION_COOKIES: Record<string, string> = {
  '/auth/sign-in': 'simpul_session=tok; Path=/auth; Max-Age=2592000; HttpOnly; SameSite=Strict; Secure',
  '/auth/sign-out': 'simpul_session=; Path=/auth; Max-Age=0; HttpOnly; SameSite=Strict',
};

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-front-door-'));
  fs.mkdirSync(path.join(dist, 'portal/front'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'portal/index.html'), '<!doctype html><title>portal</title>');
  fs.writeFileSync(path.join(dist, 'portal/front/index.html'), '<!doctype html><title>front door</title>');
  gateway = http.createServer((req, res) => {
    const cookie = SESSION_COOKIES[req.url ?? ''];
    res.writeHead(cookie ? 200 : 401, { 'content-type': 'application/json', ...(cookie ? { 'set-cookie': cookie } : {}) });
    res.end('{}');
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { startWebServer } = await load();
  web = await startWebServer({
    port: 0,
    gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
    distRoot: dist,
    remotes: [],
    pluginOriginsTtlMs: 0,
  });
  base = `http://127.0.0.1:${web.port}`;
});

afterAll(async () => {
  await web?.close();
  await new Promise((resolve) => gateway?.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

const page = async (url: string, cookie?: string) => {
  const response = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} });
  return { text: await response.text(), response };
};

describe('the front door at /', () => {
  it('gives a visitor who is not signed in the small page, under the portal CSP, revalidated, varying by cookie', async () => {
    const { text, response } = await page('/');
    expect(text).toContain('front door');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toBe('Accept-Encoding, Cookie');
  });

  it('gives someone signed in the portal, and so does ?portal', async () => {
    expect((await page('/', 'simpul_signed_in=1')).text).toContain('portal');
    expect((await page('/', 'lang=id; simpul_signed_in=1')).text).toContain('portal');
    expect((await page('/?portal')).text).toContain('portal');
    // Any other value is not the marker.
    expect((await page('/', 'simpul_signed_in=')).text).toContain('front door');
  });

  it('leaves every other path to the portal', async () => {
    for (const url of ['/registry', '/sign-in', '/index.html', '/data']) expect((await page(url)).text).toContain('portal');
  });

  it('marks a sign-in for `/` with the session cookie`s lifetime and Secure, and clears the mark on sign-out', async () => {
    const signIn = await fetch(`${base}/auth/sign-in`, { method: 'POST', body: '{}' });
    expect(signIn.headers.getSetCookie()).toEqual([
      SESSION_COOKIES['/auth/sign-in'],
      'simpul_signed_in=1; Path=/; Max-Age=2592000; HttpOnly; SameSite=Strict; Secure',
    ]);
    const signOut = await fetch(`${base}/auth/sign-out`, { method: 'POST', body: '{}' });
    expect(signOut.headers.getSetCookie()).toEqual([
      SESSION_COOKIES['/auth/sign-out'],
      'simpul_signed_in=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict',
    ]);
    // An answer that sets no cookie gets no marker either.
    expect((await fetch(`${base}/auth/refresh`, { method: 'POST', body: '{}' })).headers.getSetCookie()).toEqual([]);
  });

  it('leaves other cookies an /auth answer sets alone', async () => {
    const { withSignedInMarker } = await loadPage();
    expect(withSignedInMarker('other=1; Path=/')).toEqual(['other=1; Path=/']);
    expect(withSignedInMarker(undefined)).toBeUndefined();
  });

  it('falls back to the portal when the build has no front door page', async () => {
    fs.rmSync(path.join(dist, 'portal/front/index.html'));
    expect((await page('/')).text).toContain('portal');
  });
});
