// The paginated unit list with nested services, through the gateway and directly against the
// registry subgraph, at 1 and 50 concurrent clients; plus SQL statements per request by page size.
import { issueInternalToken } from '@simpul/service-kit';
import { build, runCommand, startApp, startPostgres, stopAll, statementsSinceReset } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';

const query = `query Units($first: Int!) {
  serviceUnits(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name kind region { code name } agency { id name }
      services(first: 10) { totalCount edges { node { id name completeness { complete missing } } } } } }
  }
}`;
const body = (first: number) => JSON.stringify({ query, variables: { first } });

async function main() {
  console.log('registry: building, starting PostgreSQL, migrating and seeding…');
  build(['registry-service', 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET };
    runCommand('registry-service', 'migrate', env);
    runCommand('registry-service', 'seed', env);
    const registry = await startApp('registry-service', env);
    const gateway = await startApp('gateway', { ...env, REGISTRY_URL: registry.url }, { anyStatus: true });
    const direct = () => ({ 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') });

    console.log('\nSQL statements per request (must not grow with page size)');
    for (const first of [10, 50]) {
      await db.client.query('select pg_stat_statements_reset()');
      const requests = 20;
      for (let i = 0; i < requests; i += 1) {
        const response = await fetch(registry.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...direct() },
          body: body(first),
        });
        const json = (await response.json()) as { errors?: unknown; data?: { serviceUnits: { edges: unknown[] } } };
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        if (i === 0) console.log(`  page size ${first}: ${json.data?.serviceUnits.edges.length} units on the page`);
      }
      console.log(`  page size ${first}: ${(await statementsSinceReset(db.client)) / requests} statements per request`);
    }

    console.log(`\nLoad (${DURATION_MS / 1000} s each, page size 20)`);
    const widths = [10, 8, 10, 9, 9, 9, 7];
    console.log(formatRow(['target', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], widths));
    for (const [name, url, headers] of [
      ['gateway', gateway.url, () => ({})],
      ['subgraph', registry.url, direct],
    ] as const) {
      for (const concurrency of [1, 50]) {
        const result = await runLoad({ url, body: body(20), headers: headers(), concurrency, durationMs: DURATION_MS });
        console.log(
          formatRow(
            [name, concurrency, result.rps.toFixed(0), result.p50.toFixed(1), result.p95.toFixed(1), result.p99.toFixed(1), result.errors],
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
