import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PluginServer } from './plugin-server.mjs';

// The example plugin's server as `npm start` runs it: its own origin, CORS for the portal so the
// portal's script tag (integrity + crossorigin="anonymous") may load it, the right content types.
const load = () => import('./plugin-server.mjs');

let root: string;
let server: PluginServer;
let base: string;
const PORTAL = 'http://localhost:4200';

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-plugin-'));
  fs.writeFileSync(path.join(root, 'remoteEntry.js'), 'var simpul_plugin_x = 1;');
  fs.writeFileSync(path.join(root, '230.5d1bc9b861.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, '230.5d1bc9b861.css'), 'p{}');
  fs.writeFileSync(path.join(root, 'notes.txt'), 'not a plugin file');
  fs.writeFileSync(path.join(os.tmpdir(), 'simpul-plugin-outside.js'), 'outside');
  const { startPluginServer, portalOrigins } = await load();
  server = await startPluginServer({ root, port: 0, allowedOrigins: portalOrigins(4200) });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), 'simpul-plugin-outside.js'), { force: true });
});

describe('the plugin server', () => {
  it('serves remoteEntry.js as JavaScript to the portal origin, revalidated every time', async () => {
    const response = await fetch(`${base}/remoteEntry.js`, { headers: { origin: PORTAL } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('var simpul_plugin_x = 1;');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('caches hashed chunks for good and types stylesheets', async () => {
    const js = await fetch(`${base}/230.5d1bc9b861.js`, { headers: { origin: 'http://127.0.0.1:4200' } });
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4200');
    const css = await fetch(`${base}/230.5d1bc9b861.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('gives another origin no CORS permission', async () => {
    const response = await fetch(`${base}/remoteEntry.js`, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight and refuses writes', async () => {
    const preflight = await fetch(`${base}/remoteEntry.js`, { method: 'OPTIONS', headers: { origin: PORTAL } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect((await fetch(`${base}/remoteEntry.js`, { method: 'POST' })).status).toBe(405);
  });

  it('serves nothing outside its folder, no folder itself, and no file type a plugin does not ship', async () => {
    expect((await fetch(`${base}/..%2Fsimpul-plugin-outside.js`)).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/notes.txt`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it("allows any origin when told '*' (the contract's SRI form)", async () => {
    const { corsHeaders } = await load();
    expect(corsHeaders('https://portal.example.go.id', '*')).toEqual({ 'access-control-allow-origin': '*' });
    expect(corsHeaders(undefined, ['http://localhost:4200'])).toEqual({ vary: 'Origin' });
  });
});
