import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { WebServer } from './web-server.mjs';

// Behind a load balancer the portal must pass on the citizen's address, not the balancer's: the
// gateway (trusting the portal on loopback) rate-limits by what the portal forwards.
const load = () => import('./web-server.mjs');

let upstream: http.Server;
let dist: string;
const seen: { path: string; forwardedFor: string | undefined; forwardedProto: string | undefined }[] = [];

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-trust-'));
  fs.mkdirSync(path.join(dist, 'portal'));
  fs.writeFileSync(path.join(dist, 'portal/index.html'), '<!doctype html><title>portal</title>');
  // Stands for the gateway and the SKM service: records what the portal forwarded.
  upstream = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const body = req.url === '/graphql' ? '{"data":{"approvedPluginOrigins":[]}}' : '{"ok":true}';
      seen.push({
        path: req.url ?? '',
        forwardedFor: req.headers['x-forwarded-for'] as string | undefined,
        forwardedProto: req.headers['x-forwarded-proto'] as string | undefined,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => upstream.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

async function portal(trustProxy: string): Promise<WebServer> {
  const { startWebServer } = await load();
  const port = (upstream.address() as AddressInfo).port;
  return startWebServer({
    port: 0,
    gatewayUrl: `http://127.0.0.1:${port}/graphql`,
    skmUrl: `http://127.0.0.1:${port}/graphql`,
    internalSecret: 'trust-spec-internal-secret-0123456789',
    remotes: [],
    distRoot: dist,
    trustProxy,
  });
}

/** What the upstream saw for one request through the portal, sent (on loopback) with these headers. */
async function forwardedThrough(web: WebServer, route: string, headers: Record<string, string>) {
  seen.length = 0;
  const response = await fetch(`http://127.0.0.1:${web.port}${route}`, {
    method: route.startsWith('/files/') ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: route.startsWith('/files/') ? undefined : '{}',
  });
  await response.arrayBuffer();
  return seen.find((entry) => entry.path !== '/graphql' || route === '/graphql');
}

// Client 203.0.113.7 → load balancer 10.0.0.5 → a proxy on this machine → the portal.
const BEHIND_BALANCER = { 'x-forwarded-for': '203.0.113.7, 10.0.0.5', 'x-forwarded-proto': 'https' };

describe('the portal proxy and TRUST_PROXY', () => {
  it.each(['/graphql', '/files/evidence/1', '/skm-api/public/responses'])(
    'passes on the client behind a trusted balancer as the one address on %s',
    async (route) => {
      const web = await portal('loopback, 10.0.0.0/8');
      try {
        expect(await forwardedThrough(web, route, BEHIND_BALANCER)).toMatchObject({ forwardedFor: '203.0.113.7' });
      } finally {
        await web.close();
      }
    },
  );

  it('passes on the last untrusted hop, not what a client wrote before it', async () => {
    const web = await portal('loopback');
    try {
      // The balancer is not trusted: 10.0.0.5 is whom the portal can vouch for.
      expect(await forwardedThrough(web, '/graphql', BEHIND_BALANCER)).toMatchObject({ forwardedFor: '10.0.0.5' });
    } finally {
      await web.close();
    }
  });

  it('passes on the socket address, ignoring X-Forwarded-For and -Proto, when the connecting hop is not trusted', async () => {
    const web = await portal('10.0.0.0/8');
    try {
      for (const route of ['/graphql', '/files/evidence/1', '/skm-api/public/responses']) {
        expect(await forwardedThrough(web, route, BEHIND_BALANCER)).toMatchObject({ forwardedFor: '127.0.0.1', forwardedProto: 'http' });
      }
    } finally {
      await web.close();
    }
  });

  it('reads TRUST_PROXY when no setting is given, and refuses a value the gateway would refuse, in one sentence', async () => {
    const { startWebServer } = await load();
    const before = process.env.TRUST_PROXY;
    process.env.TRUST_PROXY = 'everyone';
    try {
      await expect(startWebServer({ port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', remotes: [], distRoot: dist })).rejects.toThrow(
        'TRUST_PROXY must be a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal (as the gateway reads it), got "everyone".',
      );
    } finally {
      if (before === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = before;
    }
  });

  it('reads TRUST_PROXY as Express does: named ranges, addresses, subnets, IPv4 behind IPv6 sockets', async () => {
    const { parseTrustProxy } = await import('./trust-proxy.mjs');
    const trust = parseTrustProxy('loopback, uniquelocal, 198.51.100.7, 2001:db8::/32');
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '172.31.0.1', '192.168.1.1', '198.51.100.7', '2001:db8::5'])
      expect(trust(address, 0)).toBe(true);
    for (const address of ['203.0.113.7', '198.51.100.8', '172.32.0.1', '2001:db9::1', 'not-an-address'])
      expect(trust(address, 0)).toBe(false);
    expect(parseTrustProxy(undefined)('127.0.0.1', 0)).toBe(true);
    for (const wrong of ['true', '10.0.0.0/', '10.0.0.0/33', '10.0.0.0/8/1', 'loopbak'])
      expect(() => parseTrustProxy(wrong)).toThrow(`TRUST_PROXY must be a comma-separated list`);
  });
});
