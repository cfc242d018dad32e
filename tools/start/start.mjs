// `npm start`: database, migrations, reference and demo data, every service, the gateway and the
// portal, in one command. Ctrl-C stops every process and the embedded PostgreSQL cleanly.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { openDatabase, redact } from './database.mjs';
import { assertPortsFree, waitForHealth } from './ports.mjs';
import { StartError } from './start-error.mjs';
import { services, gateway, portal, remotes, demoAccounts, demoPassword, examplePlugin } from './apps.mjs';
import { entryDigest } from '../../libs/plugin-sdk/entry-digest.mjs';
import { firstAdminLines, seededLine } from './first-run-note.mjs';

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
/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
/** @type {import('./database.mjs').Database | undefined} */
let database;
/** @type {import('./web-server.mjs').WebServer | undefined} */
let webServer;
/** @type {import('./plugin-server.mjs').PluginServer | undefined} */
let pluginServer;
let stopping = false;

/** @param {string} message */
function log(message) {
  console.log(`\x1b[36m[simpul]\x1b[0m ${message}`);
}

function build() {
  // The example plugin is built for the origin it is served from (PLUGIN_PORT, in env).
  const projects = [...services.map((s) => s.app), gateway.app, portal.app, ...remotes.map((r) => r.app), examplePlugin.app];
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

/**
 * @param {Service} service
 * @param {'migrate' | 'seed'} command
 * @param {string} databaseUrl
 */
function runStep(service, command, databaseUrl) {
  const result = spawnSync(process.execPath, [mainOf(service.app), command], {
    cwd: workspaceRoot,
    env: { ...env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const reason = (result.stderr || result.stdout).trim().split('\n').filter(Boolean).pop() ?? 'unknown error';
    throw new StartError(`The ${command} step of the ${service.name} service failed: ${reason}`);
  }
}

/**
 * @param {string} name
 * @param {string} file
 * @param {Record<string, string>} extraEnv
 */
function launch(name, file, extraEnv) {
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
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting down.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

/** @param {number} code */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  const started = children.length > 0 || database !== undefined;
  if (started) log('Stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise(
          /** @param {(value?: void) => void} resolve */ (resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          },
        ),
    ),
  );
  await webServer?.close().catch(() => {});
  await pluginServer?.close().catch(() => {});
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
function firstRunNote(databaseUrl, embedded) {
  const lines = [];
  if (demoWanted()) {
    lines.push(`    Demo sign-ins (password: ${demoPassword})`, ...demoAccounts.map(([email, who]) => `      ${email.padEnd(36)} ${who}`));
  }
  const registry = serviceNamed('registry');
  const counted = spawnSync(process.execPath, [mainOf(registry.app), 'count-admins'], {
    cwd: workspaceRoot,
    env: { ...env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (counted.status === 0 && Number(counted.stdout.trim()) === 0) {
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
  const { startPluginServer, portalOrigins } = await import('./plugin-server.mjs');
  const port = portOf(examplePlugin);
  const root = path.join(workspaceRoot, examplePlugin.dist);
  // The origin the example was built for (examples/samsat-tax-plugin/rspack.config.mjs), whatever HOST is.
  const entryUrl = `http://127.0.0.1:${port}/remoteEntry.js`;
  pluginServer = await startPluginServer({ root, port, host, allowedOrigins: portalOrigins(portOf(portal)) });
  const { sha256 } = entryDigest(path.join(root, 'remoteEntry.js'));
  const registry = serviceNamed('registry');
  const result = spawnSync(
    process.execPath,
    [mainOf(registry.app), 'register-demo-plugin', '--entry', entryUrl, '--sha256', sha256, '--module', examplePlugin.exposedModule],
    { cwd: workspaceRoot, env: { ...env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
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
  build();
  log(`Database: ${redact(db.url)}${db.embedded ? ' (embedded, data in .data/postgres)' : ''}`);
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  /** @type {Record<string, string>} */
  const subgraphUrls = {};
  for (const service of services) {
    runStep(service, 'migrate', db.url);
    runStep(service, 'seed', db.url);
    const port = portOf(service);
    // Services started earlier are reachable by later ones (the MPP service asks the registry).
    // The registry, started first, asks the MPP service about malls only when someone invites an
    // operator or desk, KIPP about local admins only when a plugin is submitted, and all four for
    // "Tugas saya" only when someone opens their home page.
    const later = {
      EVALUATION_URL: `http://${host}:${portOf(serviceNamed('evaluation'))}/graphql`,
      MPP_URL: `http://${host}:${portOf(serviceNamed('mpp'))}/graphql`,
      KIPP_URL: `http://${host}:${portOf(serviceNamed('kipp'))}/graphql`,
      SKM_URL: `http://${host}:${portOf(serviceNamed('skm'))}/graphql`,
    };
    const child = launch(service.name, mainOf(service.app), {
      ...later,
      ...subgraphUrls,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: host,
    });
    if (!(await waitForHealth(`http://${host}:${port}/health`, { isAlive: () => child.exitCode === null }))) {
      throw new StartError(`The ${service.name} service did not become healthy on port ${port}.`);
    }
    subgraphUrls[service.urlVariable] = `http://${host}:${port}/graphql`;
  }
  log(seededLine(demoWanted()));
  const pluginEntry = demoWanted() ? await startExamplePlugin(db.url) : null;

  const gatewayPort = portOf(gateway);
  const gatewayChild = launch('gateway', mainOf(gateway.app), { ...subgraphUrls, PORT: String(gatewayPort), HOST: host });
  if (!(await waitForHealth(`http://${host}:${gatewayPort}/health`, { isAlive: () => gatewayChild.exitCode === null }))) {
    throw new StartError(`The gateway did not become healthy on port ${gatewayPort}.`);
  }

  const { startWebServer } = await import('./web-server.mjs');
  const portalPort = portOf(portal);
  webServer = await startWebServer({ port: portalPort, host, gatewayUrl: `http://${host}:${gatewayPort}/graphql`, remotes });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  \x1b[1mSimpul is running\x1b[0m (ready in ${seconds} s)

    Portal    http://localhost:${portalPort}/
    GraphQL   http://localhost:${gatewayPort}/graphql   (health: /health)
${pluginEntry ? `    Plugin    ${pluginEntry}   (examples/samsat-tax-plugin, its own origin)\n` : ''}
${firstRunNote(db.url, db.embedded)}
    Ctrl-C stops everything.
`);
}

main().catch(async (/** @type {unknown} */ error) => {
  if (error instanceof StartError) console.error(`\x1b[31m[simpul]\x1b[0m ${error.message}`);
  else console.error(`\x1b[31m[simpul]\x1b[0m Could not start: ${error instanceof Error ? error.message : String(error)}`);
  stopping = false;
  await shutdown(1);
});
