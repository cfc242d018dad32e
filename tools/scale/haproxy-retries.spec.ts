import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Layout, Replica } from './layout.mjs';

// The load balancer of `npm run scale` (real HAProxy, in front of two replicas of which the first
// dies with every request it receives): a read goes to the other replica, a mutation — which may
// have committed before its process died — is never sent twice.
const haproxyInstalled = spawnSync('haproxy', ['-v']).status === 0;
const describeWithHaproxy = haproxyInstalled ? describe : describe.skip;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

describeWithHaproxy('HAProxy retries in npm run scale', () => {
  const received: { replica: string; body: string }[] = [];
  const servers: http.Server[] = [];
  let haproxy: ChildProcess;
  let folder: string;
  let frontendPort: number;

  /** A replica that answers /health; `dies` ends the connection of every other request unanswered. */
  const replica = async (name: string, dies: boolean) => {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/health') return void res.writeHead(200).end('{"status":"ok"}');
        received.push({ replica: name, body });
        if (dies) return void req.socket.destroy();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
      });
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    servers.push(server);
    return { name, app: 'test', kind: 'service', replica: servers.length, port } satisfies Replica;
  };

  beforeAll(async () => {
    const { haproxyConfig } = await import('./haproxy-config.mjs');
    const dying = await replica('dying', true);
    const healthy = await replica('healthy', false);
    frontendPort = await freePort();
    const layout: Layout = {
      base: 0,
      postgres: 0,
      stats: await freePort(),
      portal: 0,
      gateway: { name: 'gateway', port: frontendPort, servers: [dying, healthy] },
      subgraphs: [],
      replicas: [dying, healthy],
    };
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-haproxy-'));
    fs.writeFileSync(path.join(folder, 'haproxy.cfg'), haproxyConfig(layout));
    haproxy = spawn('haproxy', ['-db', '-f', path.join(folder, 'haproxy.cfg')], { stdio: 'ignore' });
    // Both replicas up in HAProxy's eyes (first check passed) before the cases run.
    // Generous: a busy machine may take a while to run the first checks.
    for (let tries = 0; tries < 600; tries += 1) {
      const stats = await fetch(`http://127.0.0.1:${layout.stats}/;csv`).then(
        (r) => r.text(),
        () => '',
      );
      if ((stats.match(/,UP,/g) ?? []).length >= 2) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('HAProxy did not report both replicas up');
  }, 90_000);

  afterAll(async () => {
    haproxy?.kill('SIGTERM');
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const post = (query: string) =>
    fetch(`http://127.0.0.1:${frontendPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it('answers every query from the healthy replica, even those first sent to the dying one', async () => {
    received.length = 0;
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(`query Q${i} { provinces { code } }`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(received.some((request) => request.replica === 'dying')).toBe(true);
  });

  it('sends a mutation whose replica died to no other replica, and answers with the failure', async () => {
    received.length = 0;
    const statuses = [];
    // The failure is a 502, or the client connection closed unanswered (what HAProxy does when the
    // request went out on a reused server connection, so that the client decides whether to resend).
    for (let i = 0; i < 6; i += 1)
      statuses.push(
        await post(`mutation M${i} { submit }`).then(
          (r) => r.status,
          () => 'closed',
        ),
      );
    const died = received.filter((request) => request.replica === 'dying').map((request) => request.body);
    expect(died.length).toBeGreaterThan(0);
    for (const body of died) expect(received.filter((request) => request.body === body)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 200)).toHaveLength(died.length);
  });
});
