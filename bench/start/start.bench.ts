// How long `npm start` takes to be ready (issue 19 part 7): `tools/start/start.mjs` exactly as `npm start`
// runs it, on a fresh database (first start: every migration and the demo data) and then again on the
// same database (warm start), BENCH_START_RUNS times each (default 2), each stopped with SIGINT as
// Ctrl-C does. Ready = it printed "Simpul is running" (every service, the gateway and the portal
// answer their health checks). The build step runs too (nx, cached after the first run);
// BENCH_START_SKIP_BUILD=1 leaves it out. DATABASE_URL: a server to create the throw-away databases
// on, else an embedded PostgreSQL started by the bench (its own start is then not counted).
// Beside the wall time: the CPU seconds the start's own processes used until ready (start.mjs, the
// services, the gateway, the portal, one-shot steps; not PostgreSQL), which a busy machine does not
// inflate the way it does the wall time. BENCH_PORT_BASE: the first of eight ports to use (services, gateway, portal, plugin), else free
// ones; BENCH_START_SCRIPT: another start script to time instead (an earlier start.mjs, to compare).
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startPostgres, stopAll, workspaceRoot } from '../lib/stack.mjs';
import { formatRow } from '../lib/load.mjs';
import { treeCpuMillis } from '../lib/postgres-cpu';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 2);

interface StartRun {
  seconds: number;
  reported: string;
  cpuSeconds: number;
}

/** Starts `npm start` on `databaseUrl`, resolves when it is ready, stops it with SIGINT and waits for it to exit. */
async function startOnce(databaseUrl: string, ports: Record<string, number>): Promise<StartRun> {
  const began = process.hrtime.bigint();
  const script = path.resolve(workspaceRoot, process.env.BENCH_START_SCRIPT ?? 'tools/start/start.mjs');
  const child = spawn(process.execPath, [script], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`${name}_PORT`, String(port)])),
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      ...(process.env.BENCH_START_SKIP_BUILD === '1' ? { SIMPUL_SKIP_BUILD: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<RegExpMatchArray | null>((resolve) => {
    const check = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Simpul is running\S* \(ready in ([\d.]+) s\)/.exec(output);
      if (match) resolve(match);
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    void exited.then(() => resolve(null));
  });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const cpuSeconds = child.pid ? treeCpuMillis(child.pid) / 1000 : NaN;
  child.kill('SIGINT');
  await exited;
  if (!ready) throw new Error(`npm start exited before it was ready:\n${output}`);
  return { seconds, reported: ready[1], cpuSeconds };
}

async function main() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) adminUrl = (await startPostgres()).url;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const ports: Record<string, number> = {};
  const base = Number(process.env.BENCH_PORT_BASE ?? 0);
  for (const [index, name] of ['REGISTRY', 'EVALUATION', 'KIPP', 'MPP', 'SKM', 'GATEWAY', 'PORTAL', 'PLUGIN'].entries())
    ports[name] = base ? base + index : await freePort();
  const widths = [8, 4, 8, 16, 18, 6];
  console.log(`npm start until "Simpul is running", ${RUNS} first and ${RUNS} warm starts`);
  console.log(formatRow(['start', 'run', 'wall s', 'start.mjs says', 'CPU s (Node tree)', 'load'], widths));
  const databases: string[] = [];
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      const name = `simpul_start_bench_${process.pid}_${run}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      databases.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      // The first start migrates and seeds the new database; the warm one finds it ready.
      for (const kind of ['first', 'warm']) {
        const start = await startOnce(url.toString(), ports);
        console.log(
          formatRow(
            [kind, run, start.seconds.toFixed(1), `${start.reported} s`, start.cpuSeconds.toFixed(1), os.loadavg()[0].toFixed(1)],
            widths,
          ),
        );
      }
    }
  } finally {
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
