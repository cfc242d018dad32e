// `npm run admin -- create-admin --email <email> --name "<name>"`: creates a NATIONAL_ADMIN, e.g. the
// first one of a deployment started with SEED_DEMO=false. The password comes from
// SIMPUL_ADMIN_PASSWORD or is asked on the terminal (hidden). The database is DATABASE_URL, else the
// embedded one in .data/postgres: the one `npm start` is running, or started here and stopped after.
//
// `npm run admin -- reminders`: builds every service and runs each one's background jobs (the reminder
// scans) once now, against DATABASE_URL or the database `npm start` is running; the registry (REGISTRY_URL,
// default http://127.0.0.1:4101/graphql) must be up to take the reminders.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, redact } from '../start/database.mjs';
import { StartError } from '../start/start-error.mjs';
import { SUBGRAPHS } from '../schema/subgraphs.mjs';
import { askHidden } from './ask-hidden.mjs';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const registryMain = path.join(workspaceRoot, 'dist', 'apps', 'registry-service', 'main.js');
const env = { ...process.env };
const USAGE =
  'Usage: npm run admin -- create-admin --email <email> --name "<name>" (password from SIMPUL_ADMIN_PASSWORD or asked), or npm run admin -- reminders.';

/**
 * @param {string[]} args
 * @param {string} name
 * @returns {string | undefined}
 */
function option(args, name) {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function password() {
  if (env.SIMPUL_ADMIN_PASSWORD) return env.SIMPUL_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new StartError('No terminal to ask the password on: set SIMPUL_ADMIN_PASSWORD.');
  const first = await askHidden('Password for the new administrator (at least 10 characters): ');
  const second = await askHidden('The same password again: ');
  if (first !== second) throw new StartError('The two passwords differ; nothing was changed.');
  if (!first) throw new StartError('No password given; nothing was changed.');
  return first;
}

/** Builds the registry service (about a second); SIMPUL_SKIP_BUILD=1 uses dist/ as it is (tests that built it already). */
function build() {
  if (env.SIMPUL_SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, [path.join(workspaceRoot, 'tools', 'build', 'build-node.mjs'), 'apps/registry-service'], {
    cwd: workspaceRoot,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new StartError('Building the registry service failed (see the output above).');
  }
}

/** The database `npm start` is running on the embedded port, if it is. */
async function runningEmbedded() {
  const url = `postgres://simpul:simpul@127.0.0.1:${Number(env.PGPORT_EMBEDDED ?? 5488)}/simpul`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The registry CLI's one-sentence refusal, or the error line of a crash.
 * @param {import('node:child_process').SpawnSyncReturns<string>} result
 * @param {string} url
 */
function failureOf(result, url) {
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (result.status === 1 && lines.length === 1) return lines[0];
  const error = lines.find((line) => /^\w*Error\b|^error:/i.test(line));
  return `The registry service failed on ${redact(url)}: ${error ?? lines.at(-1) ?? `exit code ${result.status}`}`;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} databaseUrl
 * @param {Record<string, string>} [extraEnv]
 */
function registry(command, args, databaseUrl, extraEnv = {}) {
  return spawnSync(process.execPath, [registryMain, command, ...args], {
    cwd: workspaceRoot,
    env: { ...env, DATABASE_URL: databaseUrl, ...extraEnv },
    encoding: 'utf8',
  });
}

/** @param {string[]} args */
async function createAdmin(args) {
  const email = option(args, 'email');
  const name = option(args, 'name');
  if (!email || !name) throw new StartError(USAGE);
  const secret = await password();
  build();

  /** @type {import('../start/database.mjs').Database | null} */
  let database = null;
  let url = env.DATABASE_URL || (await runningEmbedded());
  if (!url) {
    database = await openDatabase({ workspaceRoot, env: { ...env, DATABASE_URL: '' } });
    url = database.url;
  }
  try {
    // The registry's create-admin migrates its tables first, so an empty database works too.
    const created = registry('create-admin', ['--email', email, '--name', name], url, { SIMPUL_ADMIN_PASSWORD: secret });
    if (created.status !== 0) throw new StartError(failureOf(created, url));
    process.stdout.write(created.stdout);
  } finally {
    await database?.stop().catch(() => {});
  }
}

/**
 * Every service, built first (about a second each) so the bundles have today's commands;
 * SIMPUL_SKIP_BUILD=1 uses dist/ as it is.
 */
function builtServices() {
  return SUBGRAPHS.map(({ name, app }) => {
    if (env.SIMPUL_SKIP_BUILD !== '1') {
      const built = spawnSync(process.execPath, [path.join(workspaceRoot, 'tools', 'build', 'build-node.mjs'), `apps/${app}`], {
        cwd: workspaceRoot,
        env,
        encoding: 'utf8',
      });
      if (built.status !== 0) {
        process.stderr.write(built.stdout + built.stderr);
        throw new StartError(`Building the ${name} service failed (see the output above).`);
      }
    }
    const main = path.join(workspaceRoot, 'dist', 'apps', app, 'main.js');
    if (!existsSync(main)) throw new StartError(`dist/apps/${app}/main.js is missing: build it or unset SIMPUL_SKIP_BUILD.`);
    return { name, main };
  });
}

/** `reminders`: `run-jobs` of every service, one after another, on the same database. */
async function reminders() {
  const url = env.DATABASE_URL || (await runningEmbedded());
  if (!url)
    throw new StartError('No database: set DATABASE_URL or start Simpul with `npm start` (the registry must run to take the reminders).');
  for (const service of builtServices()) {
    const result = spawnSync(process.execPath, [service.main, 'run-jobs'], {
      cwd: workspaceRoot,
      env: { ...env, DATABASE_URL: url },
      encoding: 'utf8',
    });
    process.stdout.write(result.stdout);
    if (result.status !== 0) {
      const lines = `${result.stderr ?? ''}`.split('\n').filter((line) => line.trim());
      throw new StartError(
        `The ${service.name} service's run-jobs failed on ${redact(url)}: ${lines.at(-1)?.trim() ?? `exit code ${result.status}`}`,
      );
    }
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'create-admin') await createAdmin(args);
  else if (command === 'reminders') await reminders();
  else throw new StartError(USAGE);
}

main().then(
  () => process.exit(0),
  (/** @type {unknown} */ error) => {
    console.error(
      error instanceof StartError ? error.message : `The admin command failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
