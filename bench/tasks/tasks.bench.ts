// "Tugas saya" at national scale: `myTasks` for a unit desk and a national admin through the gateway
// at 20 concurrent clients (target p95 ≤ 100 ms), with the five services and the demo data, 5,000
// more lokus in the demo cycle that is filling F-01 (a third of them with claims) and 26,000
// innovations in KIPP. One `myTasks` is three gateway hops: the registry's page, every service's
// list for the caller in parallel, and the registry again to merge and page. Next to the latencies:
// CPU ms per request of each process, because on a shared machine latency is mostly queueing.
import os from 'node:os';
import { getInstrument } from '@simpul/scoring';
import { build, cpuMillisOf, freePort, runCommand, startApp, startPostgres, stopAll, SUBGRAPHS } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';
import { postgresCpuMillis, postmasterPid } from '../lib/postgres-cpu';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const CLIENTS = 20;
const LOKUS = 5000;
const INNOVATIONS = 26000;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const PASSWORD = 'simpul-demo';
const MY_TASKS =
  'query MyTasks($first: Int) { myTasks(first: $first) { totalCount edges { node { id title { id en } detail { id en } module dueDate status progress { done total } url } } pageInfo { hasNextPage endCursor } } }';

async function gateway<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

async function signIn(url: string, email: string): Promise<string> {
  const data = await gateway<{ signIn: { accessToken: string } }>(
    url,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password: PASSWORD },
  );
  return data.signIn.accessToken;
}

async function main() {
  console.log(`tasks: building, starting PostgreSQL and five services with demo data, ${LOKUS} lokus and ${INNOVATIONS} innovations…`);
  build([...SUBGRAPHS.map((subgraph) => subgraph.app), 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SEED_DEMO: 'true' };
    const urls: Record<string, string> = {};
    const pids: Record<string, number | undefined> = {};
    for (const subgraph of SUBGRAPHS) {
      runCommand(subgraph.app, 'migrate', env);
      runCommand(subgraph.app, 'seed', env);
    }
    runCommand('kipp-service', 'seed:catalogue', env, [String(INNOVATIONS)]);
    // 5,000 more lokus in the demo cycle that is filling F-01, a third with some claims, loaded straight
    // into the tables (loading is not what is measured).
    const { rows: cycles } = await db.client.query<{ id: string }>(
      `SELECT c.id FROM evaluation.cycles c JOIN evaluation.cycle_phases p ON p.cycle_id = c.id
       WHERE p.phase = 'F01_FILLING' AND p.starts_at <= now() AND p.ends_at > now() LIMIT 1`,
    );
    if (!cycles[0]) throw new Error('the demo data has no cycle filling F-01');
    await db.client.query(
      `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, province_code, government_level, cohort, instrument_id, added_at)
       SELECT gen_random_uuid(), $1, gen_random_uuid(), 'Unit ' || i, 'DPMPTSP', 'ADMINISTRASI', gen_random_uuid(), lpad((11 + i % 38)::text, 2, '0'), 'REGENCY', 'REGENCY:DPMPTSP', 'pekppp-2024-a', now()
       FROM generate_series(1, $2) AS i`,
      [cycles[0].id, LOKUS],
    );
    const claimed = getInstrument('pekppp-2024-a')
      .aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code))
      .slice(0, 12);
    await db.client.query(
      `INSERT INTO evaluation.f01_claims (lokus_id, indicator_code, level, justification, updated_at)
       SELECT l.id, c.code, 3, 'bench', now()
       FROM (SELECT id FROM evaluation.lokus WHERE cycle_id = $1 AND unit_name LIKE 'Unit %' ORDER BY id LIMIT $2) l CROSS JOIN unnest($3::text[]) AS c(code)`,
      [cycles[0].id, Math.floor(LOKUS / 3), claimed],
    );
    await db.client.query('VACUUM ANALYZE');

    // Ports chosen up front: the registry, started first, asks the other services for the tasks.
    const ports = new Map<string, number>();
    for (const subgraph of SUBGRAPHS) ports.set(subgraph.name, await freePort());
    for (const subgraph of SUBGRAPHS) urls[`${subgraph.name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports.get(subgraph.name)}/graphql`;
    for (const subgraph of SUBGRAPHS) {
      const app = await startApp(subgraph.app, { ...env, ...urls }, { port: ports.get(subgraph.name) });
      pids[subgraph.name] = app.pid;
    }
    const gw = await startApp('gateway', { ...env, ...urls });
    pids.gateway = gw.pid;

    const roles = [
      ['desk (Samsat Kalsel)', 'desk.samsat-kalsel@simpul.test'],
      ['national admin', 'admin@simpul.test'],
    ] as const;
    const processes = ['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)];
    const postmaster = postmasterPid(Number(new URL(db.url).port));
    const widths = [22, 6, 6, 7, 7, 7, 6, ...processes.map(() => 10), 8, 9, 6];
    console.log(`\nmyTasks(first: 20), ${CLIENTS} concurrent clients, ${DURATION_MS / 1000} s per role (target p95 ≤ 100 ms)`);
    console.log(
      formatRow(
        [
          'caller',
          'tasks',
          'req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'errors',
          ...processes.map((name) => `${name} cpu`),
          'pg cpu',
          'sql exec',
          'load',
        ],
        widths,
      ),
    );
    for (const [label, email] of roles) {
      const token = await signIn(gw.url, email);
      const { myTasks } = await gateway<{ myTasks: { totalCount: number } }>(gw.url, MY_TASKS, { first: 20 }, token);
      // Warm the pools and the JIT; not measured.
      await runLoad({
        url: gw.url,
        body: JSON.stringify({ query: MY_TASKS, variables: { first: 20 } }),
        headers: { authorization: `Bearer ${token}` },
        concurrency: CLIENTS,
        durationMs: 2000,
      });
      await db.client.query('SELECT pg_stat_statements_reset()');
      const cpuBefore = processes.map((name) => cpuMillisOf(pids[name]));
      const pgBefore = postmaster ? postgresCpuMillis(postmaster) : NaN;
      const result = await runLoad({
        url: gw.url,
        body: JSON.stringify({ query: MY_TASKS, variables: { first: 20 } }),
        headers: { authorization: `Bearer ${token}` },
        concurrency: CLIENTS,
        durationMs: DURATION_MS,
      });
      const cpu = processes.map((name, index) => ((cpuMillisOf(pids[name]) - cpuBefore[index]) / result.requests).toFixed(2));
      const pgCpu = postmaster ? ((postgresCpuMillis(postmaster) - pgBefore) / result.requests).toFixed(2) : '—';
      const { rows: statements } = await db.client.query<{ query: string; calls: number; ms: number }>(
        `SELECT query, calls::int AS calls, total_exec_time::float8 AS ms FROM pg_stat_statements
         WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC`,
      );
      const sqlMs = statements.reduce((sum, statement) => sum + statement.ms, 0);
      console.log(
        formatRow(
          [
            label,
            myTasks.totalCount,
            result.rps.toFixed(0),
            result.p50.toFixed(1),
            result.p95.toFixed(1),
            result.p99.toFixed(1),
            result.errors,
            ...cpu,
            pgCpu,
            (sqlMs / result.requests).toFixed(2),
            os.loadavg()[0].toFixed(1),
          ],
          widths,
        ),
      );
      if (myTasks.totalCount === 0) console.log(`  ${label}: no tasks — the figure measures an empty list`);
      // Where the SQL time goes: the costliest statements, per request.
      for (const statement of statements.slice(0, Number(process.env.BENCH_SQL_TOP ?? 0))) {
        console.log(
          `    ${(statement.ms / result.requests).toFixed(3)} ms/req, ${(statement.calls / result.requests).toFixed(2)} calls/req: ${statement.query.replace(/\s+/g, ' ').slice(0, 160)}`,
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
