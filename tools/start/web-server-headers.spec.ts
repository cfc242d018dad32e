import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// The portal's own answers carry its security headers even when the gateway is not there to add
// them (the app shell's CSP with frame-ancestors 'none' is tested in web-server.spec.ts). No page
// of the portal is meant to be embedded: the SKM kiosk runs full screen and QR forms open directly.
const load = () => import('./web-server.mjs');

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the portal web server without a gateway', () => {
  it('answers 502 with nosniff, its referrer policy and no framing', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-headers-'));
    fs.mkdirSync(path.join(dist, 'portal'));
    const { startWebServer } = await load();
    const web = await startWebServer({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${await closedPort()}/graphql`,
      remotes: [],
      distRoot: dist,
    });
    try {
      for (const route of ['/graphql', '/files/evidence/1', '/skm-api/public/responses']) {
        const response = await fetch(`http://127.0.0.1:${web.port}${route}`, {
          method: route.startsWith('/files/') ? 'GET' : 'POST',
          headers: { 'content-type': 'application/json' },
          body: route.startsWith('/files/') ? undefined : '{}',
        });
        expect(response.status).toBe(502);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('same-origin');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        await response.arrayBuffer();
      }
    } finally {
      await web.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
