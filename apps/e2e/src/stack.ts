import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createEmptyDatabase, freePort, type TestDatabase } from '@simpul/service-kit/testing';

// The end-to-end tests run the built bundles as separate processes, exactly as `npm start` does,
// so they check the real wiring: gateway -> internal token -> subgraph -> PostgreSQL.

const workspaceRoot = path.resolve(__dirname, '../../..');
const mainOf = (app: string) => path.join(workspaceRoot, 'dist/apps', app, 'main.js');

export interface Stack {
  gatewayUrl: string;
  gatewayHealthUrl: string;
  registryUrl: string;
  database: TestDatabase;
  stop(): Promise<void>;
}

function runOnce(app: string, command: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [mainOf(app), command], { cwd: workspaceRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${app} ${command} failed: ${result.stderr || result.stdout}`);
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}: ${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not become healthy: ${output()}`);
}

async function launch(app: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [mainOf(app)], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  await waitHealthy(`http://127.0.0.1:${port}/health`, child, () => stderr);
  return { child, port };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A migrated, seeded database with the registry service and the gateway in front of it. */
export async function startStack(): Promise<Stack> {
  const database = await createEmptyDatabase('e2e');
  const env = { DATABASE_URL: database.url };
  runOnce('registry-service', 'migrate', env);
  runOnce('registry-service', 'seed', env);
  const registry = await launch('registry-service', env);
  const registryUrl = `http://127.0.0.1:${registry.port}/graphql`;
  const gateway = await launch('gateway', { REGISTRY_URL: registryUrl });
  return {
    gatewayUrl: `http://127.0.0.1:${gateway.port}/graphql`,
    gatewayHealthUrl: `http://127.0.0.1:${gateway.port}/health`,
    registryUrl,
    database,
    async stop() {
      await stopProcess(gateway.child);
      await stopProcess(registry.child);
      await database.drop();
    },
  };
}

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; messages?: { id: string; en: string } } }[];
}

export async function graphql<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}
