// `npm run scale`: Simpul as several machines would run it, on one: one PostgreSQL (embedded, or
// DATABASE_URL), migrations and seeds once, then two replicas of every service and two gateways, each
// on its own port, behind HAProxy (installed from Debian's packages when missing): one frontend per
// subgraph, which the gateways call, and one for the gateways, which the portal and clients call.
// Every process is restarted when it dies (the supervisor of `npm start`); Ctrl-C stops everything.
// bench/scale drives load through it and kills replicas (startScale below).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { services, portal, remotes } from '../start/apps.mjs';
import { openDatabase, redact } from '../start/database.mjs';
import { assertPortsFree, waitForHealth } from '../start/ports.mjs';
import { StartError } from '../start/start-error.mjs';
import { Supervisor } from '../start/supervisor.mjs';
import { ensureHaproxy, haproxyUnit } from './haproxy.mjs';
import { haproxyConfig } from './haproxy-config.mjs';
import { layoutFrom, subgraphUrlsOf } from './layout.mjs';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
/** @param {string} app */
const mainOf = (app) => path.join(workspaceRoot, 'dist', 'apps', app, 'main.js');

/**
 * @typedef {object} ScaleOptions
 * @property {NodeJS.ProcessEnv} [env] the environment every process gets (default process.env)
 * @property {string} [databaseDir] the embedded PostgreSQL's data folder (default .data/scale-postgres)
 * @property {boolean} [withPortal] also serve the portal, talking to the gateways' frontend
 * @property {(line: string) => void} [log]
 */

/** @param {NodeJS.ProcessEnv} env @param {string[]} projects @param {(line: string) => void} log */
function build(env, projects, log) {
  if (env.SIMPUL_SKIP_BUILD === '1') {
    const missing = projects.filter((app) => !app.endsWith('-web') && app !== 'portal' && !existsSync(mainOf(app)));
    if (missing.length > 0) throw new StartError(`dist/apps/${missing[0]}/main.js is missing: build it or unset SIMPUL_SKIP_BUILD.`);
    return;
  }
  log(`Building ${projects.join(', ')} (cached after the first run)…`);
  const result = spawnSync(
    path.join(workspaceRoot, 'node_modules', '.bin', 'nx'),
    ['run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'],
    {
      cwd: workspaceRoot,
      env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new StartError('The build failed (see the output above).');
  }
}

/**
 * @param {string} file
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} logFile
 */
function spawnLogged(file, args, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [file, ...args], { cwd: workspaceRoot, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  return child;
}

/**
 * Runs `main.js <command>` of `app` to the end.
 * @param {string} app @param {'migrate' | 'seed'} command @param {NodeJS.ProcessEnv} env @param {string} logFile
 */
async function runStep(app, command, env, logFile) {
  const child = spawnLogged(mainOf(app), [command], env, logFile);
  const code = await new Promise(/** @param {(code: number | null) => void} resolve */ (resolve) => child.once('close', resolve));
  if (code !== 0) throw new StartError(`The ${command} step of ${app} failed (see ${logFile}).`);
}

/**
 * Starts the whole stack and resolves once HAProxy routes to every replica.
 * @param {ScaleOptions} [options]
 */
export async function startScale({ env = process.env, databaseDir, withPortal = false, log = () => {} } = {}) {
  const layout = layoutFrom(Number(env.SCALE_BASE_PORT ?? 5500));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-scale-'));
  await assertPortsFree(
    [
      ...layout.replicas.map((replica) => ({ port: replica.port, what: replica.name, variable: 'SCALE_BASE_PORT' })),
      { port: layout.gateway.port, what: 'the gateways’ HAProxy frontend', variable: 'SCALE_BASE_PORT' },
      ...layout.subgraphs.map((frontend) => ({
        port: frontend.port,
        what: `the ${frontend.name} HAProxy frontend`,
        variable: 'SCALE_BASE_PORT',
      })),
      ...(env.DATABASE_URL ? [] : [{ port: layout.postgres, what: 'the embedded PostgreSQL', variable: 'SCALE_BASE_PORT' }]),
    ],
    '127.0.0.1',
  );
  ensureHaproxy(log);
  build(env, [...services.map((s) => s.app), 'gateway', ...(withPortal ? [portal.app, ...remotes.map((r) => r.app)] : [])], log);

  const supervisor = new Supervisor({ log });
  const postgres = new Supervisor({ log });
  const database = await openDatabase({
    workspaceRoot,
    env: { ...env, PGPORT_EMBEDDED: String(layout.postgres) },
    databaseDir: databaseDir ?? path.join(workspaceRoot, '.data', 'scale-postgres'),
  });
  if (database.unit) await postgres.add(database.unit);
  const stop = async () => {
    postgres.stopRestarting();
    await supervisor.stop();
    await postgres.stop().catch(() => {});
    await database.stop().catch(() => {});
  };
  try {
    log(`Database: ${redact(database.url)}; logs in ${folder}`);
    const subgraphUrls = subgraphUrlsOf(layout);
    // Files in PostgreSQL, so that every replica sees what another stored (issue 19 part 3).
    const common = {
      ...env,
      ...subgraphUrls,
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      SIMPUL_FILES_STORE: env.SIMPUL_FILES_STORE ?? 'postgres',
    };
    // Migrations once and one after another (they create the same extensions), seeds once.
    for (const service of services) await runStep(service.app, 'migrate', common, path.join(folder, `${service.name}-migrate.log`));
    await Promise.all(services.map((service) => runStep(service.app, 'seed', common, path.join(folder, `${service.name}-seed.log`))));
    log('Migrated and seeded once; starting two replicas of every service…');

    /** @param {import('./layout.mjs').Replica} replica */
    const unitOf = (replica) => ({
      name: replica.name,
      // pg-boss keeps schedules and queues in PostgreSQL (stately queues, one run at a time), so both
      // replicas run jobs and either may die: no replica is special.
      start: () =>
        spawnLogged(mainOf(replica.app), [], { ...common, PORT: String(replica.port) }, path.join(folder, `${replica.name}.log`)),
      /** @param {import('node:child_process').ChildProcess} child */
      ready: (child) =>
        waitForHealth(`http://127.0.0.1:${replica.port}/health`, {
          isAlive: () => child.exitCode === null && child.signalCode === null,
          anyStatus: replica.kind === 'gateway',
          timeoutMs: 180_000,
        }),
    });
    const serviceReplicas = layout.replicas.filter((replica) => replica.kind === 'service');
    await Promise.all(serviceReplicas.map((replica) => supervisor.add(unitOf(replica))));
    await Promise.all(
      serviceReplicas.map(async (replica) => {
        const supervised = supervisor.supervised.find((candidate) => candidate.name === replica.name);
        if (!supervised?.child || !(await unitOf(replica).ready(supervised.child))) {
          throw new StartError(`${replica.name} did not become healthy on port ${replica.port} (see ${folder}/${replica.name}.log).`);
        }
      }),
    );
    await supervisor.add(haproxyUnit(haproxyConfig(layout), folder));
    for (const replica of layout.gateway.servers) {
      const supervised = await supervisor.add(unitOf(replica));
      if (!supervised.child || !(await unitOf(replica).ready(supervised.child))) {
        throw new StartError(`${replica.name} did not become healthy on port ${replica.port} (see ${folder}/${replica.name}.log).`);
      }
    }
    if (withPortal) {
      await supervisor.add({
        name: 'portal',
        start: () =>
          spawnLogged(
            path.join(workspaceRoot, 'tools', 'start', 'serve-portal.mjs'),
            [],
            { ...common, PORTAL_PORT: String(layout.portal), GATEWAY_URL: `http://127.0.0.1:${layout.gateway.port}/graphql` },
            path.join(folder, 'portal.log'),
          ),
      });
    }
    const routed = await waitForHealth(`http://127.0.0.1:${layout.gateway.port}/health`, { timeoutMs: 60_000 });
    if (!routed) throw new StartError(`HAProxy does not route to the gateways (see ${folder}/haproxy.log).`);
    return { layout, supervisor, databaseUrl: database.url, folder, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main() {
  /** @param {string} line */
  const log = (line) => console.log(`\x1b[36m[scale]\x1b[0m ${line}`);
  const started = Date.now();
  const scale = await startScale({ withPortal: true, log });
  let stopping = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log('Stopping…');
      void scale.stop().then(() => process.exit(0));
    });
  }
  const { layout } = scale;
  const rows = layout.replicas.map((replica) => `      ${replica.name.padEnd(14)} http://127.0.0.1:${replica.port}/health`);
  console.log(`
  \x1b[1mSimpul runs with two replicas of everything\x1b[0m (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

    Portal            http://localhost:${layout.portal}/
    GraphQL (HAProxy) http://localhost:${layout.gateway.port}/graphql
    HAProxy status    http://localhost:${layout.stats}/
    Subgraph frontends ${layout.subgraphs.map((frontend) => `${frontend.name} :${frontend.port}`).join(', ')}
    Replicas
${rows.join('\n')}
    Logs              ${scale.folder}

    A process that stops is restarted; Ctrl-C stops everything.
`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(`\x1b[31m[scale]\x1b[0m ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
