import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmptyDatabase, freePort, type TestDatabase } from '@simpul/service-kit/testing';
import { SHARED_STACK_ENV } from './harness/shared-stack-env';

// The end-to-end tests run the built bundles as separate processes, exactly as `npm start` does,
// so they check the real wiring: gateway -> internal token -> subgraph -> PostgreSQL.

const workspaceRoot = path.resolve(__dirname, '../../..');
const mainOf = (app: string) => path.join(workspaceRoot, 'dist/apps', app, 'main.js');

export interface Stack {
  gatewayUrl: string;
  gatewayHealthUrl: string;
  registryUrl: string;
  skmUrl: string;
  database: TestDatabase;
  stop(): Promise<void>;
}

/** The one stack every suite of a run shares (booted by harness/global-setup.ts), and its portal. */
export interface SharedStack {
  gatewayUrl: string;
  gatewayHealthUrl: string;
  registryUrl: string;
  portalUrl: string;
  databaseUrl: string;
  /** The example agency plugin (examples/samsat-tax-plugin), served and registered as `npm start` does. */
  examplePlugin: { entryUrl: string; sha256: string };
}

/**
 * The run's shared stack. Its data are the demo seed, shared by every suite: a suite that changes
 * rows makes its own (unique names) and leaves the demo people and units as other suites expect them.
 */
export function useSharedStack(): SharedStack {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(`${name} is not set: run the e2e tests with apps/e2e/jest.config.cjs, whose global setup boots the shared stack`);
    return value;
  };
  const gatewayUrl = read(SHARED_STACK_ENV.gatewayUrl);
  return {
    gatewayUrl,
    gatewayHealthUrl: gatewayUrl.replace(/\/graphql$/, '/health'),
    registryUrl: read(SHARED_STACK_ENV.registryUrl),
    portalUrl: read(SHARED_STACK_ENV.portalUrl),
    databaseUrl: read(SHARED_STACK_ENV.databaseUrl),
    examplePlugin: { entryUrl: read(SHARED_STACK_ENV.pluginEntryUrl), sha256: read(SHARED_STACK_ENV.pluginSha256) },
  };
}

function runOnce(app: string, command: string, env: NodeJS.ProcessEnv, args: string[] = []): void {
  const result = spawnSync(process.execPath, [mainOf(app), command, ...args], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${app} ${command} failed: ${result.stderr || result.stdout}`);
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  // Generous: five services start one after another on a shared, busy machine.
  const deadline = Date.now() + 180_000;
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

async function launch(app: string, env: NodeJS.ProcessEnv, port?: number): Promise<{ child: ChildProcess; port: number }> {
  port ??= await freePort();
  const child = spawn(process.execPath, [mainOf(app)], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  try {
    await waitHealthy(`http://127.0.0.1:${port}/health`, child, () => stderr);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return { child, port };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

// Every subgraph of the supergraph, in start order: later services may call earlier ones.
const SERVICES = [
  { name: 'registry', app: 'registry-service' },
  { name: 'evaluation', app: 'evaluation-service' },
  { name: 'kipp', app: 'kipp-service' },
  { name: 'mpp', app: 'mpp-service' },
  { name: 'skm', app: 'skm-service' },
] as const;

/**
 * A person of the suite's own on the shared stack (a national administrator, through the built
 * registry's create-admin command), for tests that change a person: the demo people stay as seeded.
 */
export function createOwnAdministrator(stack: SharedStack, email: string, password: string): void {
  runOnce('registry-service', 'create-admin', { DATABASE_URL: stack.databaseUrl, SIMPUL_ADMIN_PASSWORD: password }, [
    '--email',
    email,
    '--name',
    'Orang Uji E2E',
  ]);
}

/**
 * Registers and approves the example plugin for SAMSAT Kalimantan Selatan with this entry and hash,
 * through the built registry's `register-demo-plugin` command, as `npm start` does. Idempotent; on a
 * suspended plugin it approves the demo row again (how a test that suspends it restores the stack).
 */
export function registerDemoPlugin(databaseUrl: string, entryUrl: string, sha256: string): void {
  runOnce('registry-service', 'register-demo-plugin', { DATABASE_URL: databaseUrl }, ['--entry', entryUrl, '--sha256', sha256]);
}

/** A migrated, seeded database with every subgraph and the gateway in front of them. */
export async function startStack(): Promise<Stack> {
  const database = await createEmptyDatabase('e2e');
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-e2e-evidence-'));
  const urls: Record<string, string> = {};
  const children: ChildProcess[] = [];
  // Ports chosen up front, as `npm start` does: the registry, started first, asks the others for "Tugas saya".
  const ports = new Map<string, number>();
  for (const service of SERVICES) ports.set(service.name, await freePort());
  const later = Object.fromEntries(
    SERVICES.filter((service) => service.name !== 'registry').map((service) => [
      `${service.name.toUpperCase()}_URL`,
      `http://127.0.0.1:${ports.get(service.name)}/graphql`,
    ]),
  );
  try {
    for (const service of SERVICES) {
      const env = { ...later, ...urls, DATABASE_URL: database.url, EVIDENCE_DIR: evidenceDir };
      runOnce(service.app, 'migrate', env);
      runOnce(service.app, 'seed', env);
      const started = await launch(service.app, env, ports.get(service.name));
      children.push(started.child);
      urls[`${service.name.toUpperCase()}_URL`] = `http://127.0.0.1:${started.port}/graphql`;
    }
    const gateway = await launch('gateway', urls);
    children.unshift(gateway.child);
    return {
      gatewayUrl: `http://127.0.0.1:${gateway.port}/graphql`,
      gatewayHealthUrl: `http://127.0.0.1:${gateway.port}/health`,
      registryUrl: urls.REGISTRY_URL,
      skmUrl: urls.SKM_URL,
      database,
      async stop() {
        for (const child of children) await stopProcess(child);
        await database.drop();
        fs.rmSync(evidenceDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const child of children) await stopProcess(child);
    await database.drop();
    throw error;
  }
}

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; messages?: { id: string; en: string } } }[];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}

/** The data of a GraphQL call that must succeed, for a suite's setup: its errors are thrown, with the query. */
export async function graphqlData<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await graphql<T>(url, query, variables, token);
  if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The access token of a person signed in through the gateway (the demo people's password by default). */
export async function signInToken(url: string, email: string, password = 'simpul-demo'): Promise<string> {
  const data = await graphqlData<{ signIn: { accessToken: string } }>(
    url,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  return data.signIn.accessToken;
}

const CYCLE_PHASES = [
  'PREPARATION',
  'F01_FILLING',
  'F03_SURVEY',
  'EVALUATOR_SCORING',
  'VERIFICATION',
  'APPEAL',
  'FINALISATION',
  'PUBLISHED',
];

/**
 * An evaluation cycle of the suite's own, in the first year of `years` where creating it succeeds (a
 * year other suites and the demo data leave free), each phase a month of that year; id and name are
 * '' when no year was free.
 */
export async function createOwnCycle(
  url: string,
  token: string,
  cycle: { years: [first: number, last: number]; name: (year: number) => string; scheme: string; instrumentIds: string[] },
): Promise<{ id: string; name: string }> {
  for (let year = cycle.years[0]; year <= cycle.years[1]; year += 1) {
    const created = await graphql<{ createEvaluationCycle: { id: string; name: string } }>(
      url,
      'mutation($input: CreateCycleInput!) { createEvaluationCycle(input: $input) { id name } }',
      {
        input: {
          year,
          name: cycle.name(year),
          scheme: cycle.scheme,
          instrumentIds: cycle.instrumentIds,
          phases: CYCLE_PHASES.map((phase, i) => ({
            phase,
            startsAt: `${year}-${String(i + 1).padStart(2, '0')}-01T00:00:00+07:00`,
            endsAt: `${year}-${String(i + 1).padStart(2, '0')}-25T23:59:59+07:00`,
          })),
        },
      },
      token,
    );
    if (created.data?.createEvaluationCycle.id) return created.data.createEvaluationCycle;
  }
  return { id: '', name: '' };
}
