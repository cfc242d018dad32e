// Server CPU per request for the registry's unit list through a gateway (issue 19 part 6): a page of
// 20 units with region, agency and 10 services each, then the same page with each unit's `ippResults`
// (evaluation) and `latestIkm` (SKM), through apps/gateway and through Hive Gateway on the same
// supergraph. The five services run with the demo data. CPU ms per request of every process (from
// /proc) and of PostgreSQL (postmaster and backends) is the figure to compare: on a shared machine
// latency is mostly queueing, CPU per request is not. Each process's idle CPU (measured for 5 s
// before the cases) is subtracted. BENCH_CLIENTS (default 10) closed-loop clients,
// BENCH_DURATION_MS (default 8 s) per case after a 2 s warm-up; BENCH_PROFILE_DIR=<dir> writes CPU
// profiles of the gateway and the services there. BENCH_NODE_ENV=production runs the gateways and
// services as deployed (docker/k8s set it; graphql-js, for one, then skips a development check on
// every type test); by default they run as `npm start` runs them, as every earlier figure was taken.
import os from 'node:os';
import path from 'node:path';
import { build, cpuMillisOf, freePort, runCommand, startApp, startPostgres, stopAll, SUBGRAPHS, workspaceRoot } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';
import { postgresCpuMillis, postmasterPid } from '../lib/postgres-cpu';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const IDLE_MS = 5000;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const NODE_ENV = process.env.BENCH_NODE_ENV ?? 'development';

const unitFields = `id name kind region { code name } agency { id name }
  services(first: 10) { totalCount edges { node { id name completeness { complete missing } } } }`;
const page = (extra: string) =>
  JSON.stringify({
    query: `query Units($first: Int!) { serviceUnits(first: $first) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { ${unitFields} ${extra} } } } }`,
    variables: { first: 20 },
  });
const cases = [
  ['units page', page('')],
  ['+ ippResults, latestIkm', page('ippResults { year index category { code label } rank } latestIkm { value }')],
] as const;

async function main() {
  console.log('gateway units page: building, starting PostgreSQL and five services with the demo data…');
  build([...SUBGRAPHS.map((subgraph) => subgraph.app), 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SEED_DEMO: 'true' };
    for (const subgraph of SUBGRAPHS) {
      runCommand(subgraph.app, 'migrate', env);
      runCommand(subgraph.app, 'seed', env);
    }
    await db.client.query('VACUUM ANALYZE');
    const profile = (name: string) =>
      process.env.BENCH_PROFILE_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`]
        : [];
    const ports = new Map<string, number>();
    for (const subgraph of SUBGRAPHS) ports.set(subgraph.name, await freePort());
    const urls = Object.fromEntries(
      SUBGRAPHS.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, `http://127.0.0.1:${ports.get(subgraph.name)}/graphql`]),
    );
    // Demo data is seeded above in development mode (production never seeds it); the servers run in NODE_ENV's.
    const serverEnv = { ...env, ...urls, NODE_ENV };
    const pids: Record<string, number | undefined> = {};
    for (const subgraph of SUBGRAPHS) {
      const app = await startApp(subgraph.app, serverEnv, { port: ports.get(subgraph.name), nodeArgs: profile(subgraph.name) });
      pids[subgraph.name] = app.pid;
    }
    const gateways = [
      ['gateway', await startApp('gateway', serverEnv, { nodeArgs: profile('gateway') })],
      ['hive', await startApp('hive-gateway', serverEnv, { file: path.join(workspaceRoot, 'bench/gateway/hive-gateway.mjs') })],
    ] as const;
    const services = ['registry', 'evaluation', 'skm'];
    const postmaster = postmasterPid(Number(new URL(db.url).port));
    const pgMillis = () => (postmaster ? postgresCpuMillis(postmaster) : NaN);
    // What each process spends with no request at all (timers, job polling, search refreshes),
    // per second; subtracted below so that a slow case is not charged more of it per request.
    const everyPid = [...gateways.map(([, gateway]) => gateway.pid), ...services.map((service) => pids[service])];
    const idleStart = { cpu: everyPid.map((pid) => cpuMillisOf(pid)), pg: pgMillis(), at: performance.now() };
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleSeconds = (performance.now() - idleStart.at) / 1000;
    const idlePerSecond = new Map(everyPid.map((pid, index) => [pid, (cpuMillisOf(pid) - idleStart.cpu[index]) / idleSeconds]));
    const pgIdlePerSecond = (pgMillis() - idleStart.pg) / idleSeconds;
    console.log(
      `\nIdle CPU, ms per second (subtracted from the figures below): ${[...gateways.map(([name]) => name), ...services]
        .map((name, index) => `${name} ${idlePerSecond.get(everyPid[index])?.toFixed(1)}`)
        .join(', ')}, PostgreSQL ${pgIdlePerSecond.toFixed(1)}`,
    );
    const widths = [24, 8, 6, 7, 7, 7, 9, 9, 9, 9, 9, 9, 9, 7, 6];
    console.log(
      `\nserviceUnits(first: 20) with 10 services each, ${CLIENTS} clients, ${DURATION_MS / 1000} s a case, NODE_ENV=${NODE_ENV} (CPU: ms per request)`,
    );
    console.log(
      formatRow(
        [
          'case',
          'gateway',
          'req/s',
          'p50 ms',
          'p95 ms',
          'errors',
          'gw cpu',
          ...services.map((name) => `${name}`),
          'pg cpu',
          'total',
          'with idle',
          'sql/req',
          'load',
        ],
        widths,
      ),
    );
    for (const [label, body] of cases) {
      for (const [name, gateway] of gateways) {
        const first = (await (
          await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        ).json()) as {
          errors?: unknown;
        };
        if (first.errors) throw new Error(`${name}, ${label}: ${JSON.stringify(first.errors)}`);
        // Warm the pools, caches and the JIT; not measured.
        await runLoad({ url: gateway.url, body, concurrency: CLIENTS, durationMs: 2000 });
        await db.client.query('SELECT pg_stat_statements_reset()');
        const processes = [gateway.pid, ...services.map((service) => pids[service])];
        const before = processes.map((pid) => cpuMillisOf(pid));
        const pgBefore = pgMillis();
        const startedAt = performance.now();
        const result = await runLoad({ url: gateway.url, body, concurrency: CLIENTS, durationMs: DURATION_MS });
        const seconds = (performance.now() - startedAt) / 1000;
        const cpu = processes.map(
          (pid, index) => (cpuMillisOf(pid) - before[index] - (idlePerSecond.get(pid) ?? 0) * seconds) / result.requests,
        );
        const pgCpu = (pgMillis() - pgBefore - pgIdlePerSecond * seconds) / result.requests;
        // The same without subtracting idle CPU: an upper bound, and comparable with runs that did not measure it.
        const idleShare =
          ([...processes.map((pid) => idlePerSecond.get(pid) ?? 0), pgIdlePerSecond].reduce((a, b) => a + b, 0) * seconds) /
          result.requests;
        const { rows } = await db.client.query<{ calls: number }>(
          `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
           WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK')`,
        );
        const total = cpu.reduce((sum, value) => sum + value, 0) + (Number.isNaN(pgCpu) ? 0 : pgCpu);
        console.log(
          formatRow(
            [
              label,
              name,
              result.rps.toFixed(0),
              result.p50.toFixed(1),
              result.p95.toFixed(1),
              result.errors,
              ...cpu.map((value) => value.toFixed(2)),
              pgCpu.toFixed(2),
              total.toFixed(2),
              (total + idleShare).toFixed(2),
              (rows[0].calls / result.requests).toFixed(1),
              os.loadavg()[0].toFixed(1),
            ],
            widths,
          ),
        );
      }
    }
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
