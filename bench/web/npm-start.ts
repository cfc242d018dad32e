// The whole stack exactly as `npm start` runs it (tools/start/start.mjs: build, migrate, seed the demo
// data, supervise every service, the gateway, the portal's web server and the example plugin), on
// ports of the bench's own and with a database of its own, stopped by `stop()`.
//
// Ports: WEB_BENCH_PORT=<first> takes ten consecutive ports from there (services, gateway, portal,
// plugin, then the browser's debugging port); otherwise free ones. Database: WEB_BENCH_DATABASE_URL,
// an administrator's URL of a running PostgreSQL, gets a fresh database created and dropped; otherwise
// a throw-away embedded PostgreSQL (bench/lib/stack.mjs).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { examplePlugin, gateway, portal, services } from './from-tools.mjs';
import { freePort, startPostgres, workspaceRoot } from '../lib/stack.mjs';

export interface RunningStack {
  portalUrl: string;
  gatewayUrl: string;
  /** A port of the bench's range for the browser Lighthouse drives (0: any free one). */
  browserPort: number;
  stop(): Promise<void>;
}

async function ports(count: number): Promise<number[]> {
  const first = Number(process.env.WEB_BENCH_PORT ?? '');
  if (Number.isInteger(first) && first > 0) return Array.from({ length: count }, (_, index) => first + index);
  const free: number[] = [];
  for (let index = 0; index < count; index++) free.push(await freePort());
  return free;
}

/** A fresh, empty database and how to remove it. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.WEB_BENCH_DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startPostgres();
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `web_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Starts `npm start`'s script and resolves once it says Simpul is running (the build included). */
export async function startLikeNpmStart(): Promise<RunningStack> {
  const [servicePorts, [gatewayPort, portalPort, pluginPort, browserPort]] = await ports(services.length + 4).then((all) => [
    all.slice(0, services.length),
    all.slice(services.length),
  ]);
  const database = await freshDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    HOST: '127.0.0.1',
    SEED_DEMO: 'true',
    [gateway.portVariable]: String(gatewayPort),
    [portal.portVariable]: String(portalPort),
    [examplePlugin.portVariable]: String(pluginPort),
  };
  services.forEach((service, index) => (env[service.portVariable] = String(servicePorts[index])));
  const child = spawn(process.execPath, [path.join(workspaceRoot, 'tools/start/start.mjs')], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let running = false;
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await stopped;
    await database.drop().catch(() => {});
  };
  try {
    await new Promise<void>((resolve, reject) => {
      // Read on after that (a pipe nobody reads would block the supervisor), but not kept.
      const onData = (chunk: Buffer) => {
        if (running) return;
        output += chunk.toString();
        if (output.includes('Simpul is running')) {
          running = true;
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`npm start stopped (exit ${code}) before it was running:\n${output}`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    portalUrl: `http://127.0.0.1:${portalPort}`,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    browserPort: process.env.WEB_BENCH_PORT ? browserPort : 0,
    stop,
  };
}
