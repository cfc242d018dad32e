import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebServer } from './web-server.mjs';

// The URLs printed on QR posters and in one-time links stay the same; behind them the portal's web
// server sends the small questionnaire page instead of the portal, when the build has one.
const load = () => import('./web-server.mjs');

let dist: string;
let web: WebServer;
let base: string;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-skm-form-'));
  fs.mkdirSync(path.join(dist, 'portal'));
  fs.mkdirSync(path.join(dist, 'skm-web/form'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'portal/index.html'), '<!doctype html><title>portal</title>');
  fs.writeFileSync(path.join(dist, 'skm-web/form/index.html'), '<!doctype html><title>skm form</title>');
  const { startWebServer } = await load();
  // No gateway answers here: the CSP falls back to the portal's own origin.
  web = await startWebServer({
    port: 0,
    gatewayUrl: 'http://127.0.0.1:9/graphql',
    distRoot: dist,
    remotes: [{ name: 'skm', app: 'skm-web', routes: '/skm', title: { id: 'SKM', en: 'SKM' } }],
  });
  base = `http://127.0.0.1:${web.port}`;
});

afterAll(async () => {
  await web?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('the public SKM form page', () => {
  it('answers a QR code and a one-time link with the small page, under the portal CSP, revalidated', async () => {
    for (const url of ['/skm/s/ABC123', '/skm/t/tok_0123456789abcdef', '/skm/s/ABC123/']) {
      const response = await fetch(`${base}${url}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('skm form');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('leaves the kiosk, the results and every other SKM page to the portal', async () => {
    for (const url of ['/skm/kiosk/ABC123', '/skm/surveys/s1', '/skm/s', '/skm/s/ABC/extra', '/skm']) {
      expect(await (await fetch(`${base}${url}`)).text()).toContain('portal');
    }
  });

  it('sends someone signed in (the page adds ?portal) to the portal and its form', async () => {
    for (const url of ['/skm/s/ABC123?portal', '/skm/t/tok_0123456789abcdef?portal=']) {
      expect(await (await fetch(`${base}${url}`)).text()).toContain('portal');
    }
  });

  it('falls back to the portal and its own form when the build has no such page', async () => {
    fs.rmSync(path.join(dist, 'skm-web/form/index.html'));
    expect(await (await fetch(`${base}/skm/s/ABC123`)).text()).toContain('portal');
  });
});
