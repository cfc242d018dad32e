import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Identity } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';
import { freePort } from './free-port';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server';

const workspaceRoot = path.resolve(__dirname, '../../../..');

/**
 * The real registry service as another process, for a service's tests that need it whole (reminders
 * becoming notifications and e-mails): a service never imports another, so it runs the built bundle.
 */
export interface RegistryProcess {
  /** Its GraphQL address, for REGISTRY_URL / NotificationClient / HttpRegistryClient. */
  url: string;
  smtp: SmtpTestServer;
  /** GraphQL as the gateway sends it (internal token carrying `caller`). */
  graphql<T>(caller: Identity, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }>;
  /** SQL on the shared test database (the registry's tables live in its `registry` schema). */
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function run(args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync(process.execPath, args, { cwd: workspaceRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed: ${result.stderr || result.stdout}`);
}

async function healthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the registry exited: ${output()}`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the registry did not become healthy: ${output()}`);
}

/**
 * Builds the registry bundle (about a second, so the test runs today's code), migrates and seeds its
 * schema in `databaseUrl` (the demo people, among them operator.banjarmasin) and starts it with its
 * e-mail going to a real SMTP server in this process.
 */
export async function startRegistryProcess(databaseUrl: string): Promise<RegistryProcess> {
  // Its own copy under dist/test-builds: dist/apps/registry-service may be run or rebuilt at the same
  // moment by another suite (the e2e stack, another service's reminders).
  fs.mkdirSync(path.join(workspaceRoot, 'dist', 'test-builds'), { recursive: true });
  const out = fs.mkdtempSync(path.join(workspaceRoot, 'dist', 'test-builds', 'registry-'));
  const registryMain = path.join(out, 'main.js');
  run([path.join(workspaceRoot, 'tools/build/build-node.mjs'), 'apps/registry-service', out], {}, 'building the registry');
  const env = { DATABASE_URL: databaseUrl };
  run([registryMain, 'migrate'], env, 'registry migrate');
  run([registryMain, 'seed'], env, 'registry seed');
  const smtp = await startSmtpTestServer();
  const port = await freePort();
  const child = spawn(process.execPath, [registryMain], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env, SMTP_URL: smtp.url, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await healthy(`http://127.0.0.1:${port}/health`, child, () => stderr);
  } catch (error) {
    child.kill('SIGTERM');
    await Promise.all([smtp.close(), pool.end()]);
    fs.rmSync(out, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    smtp,
    async graphql<T>(caller: Identity, query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: issueInternalToken(caller, readSecret('INTERNAL_SECRET'), randomUUID()),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: T; errors?: unknown[] };
    },
    async sql<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await Promise.all([smtp.close(), pool.end()]);
      fs.rmSync(out, { recursive: true, force: true });
    },
  };
}
