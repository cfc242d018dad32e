// What the gateway adds to a request: the same small registry query straight at the subgraph and
// through the gateway, at 1 and 20 concurrent clients. BENCH_PROFILE_DIR=<dir> writes a CPU profile
// of the gateway there (open it in Chrome DevTools) to see where that time goes.
import { issueInternalToken } from '@simpul/service-kit';
import { build, cpuMillisOf, runCommand, startApp, startPostgres, stopAll } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const body = JSON.stringify({
  query: 'query Regencies($code: String!) { regencies(provinceCode: $code) { code name } }',
  variables: { code: '63' },
});

async function main() {
  console.log('gateway: building, starting PostgreSQL, migrating and seeding the registry…');
  build(['registry-service', 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET };
    runCommand('registry-service', 'migrate', env);
    runCommand('registry-service', 'seed', env);
    const registry = await startApp('registry-service', env);
    const nodeArgs = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
    const gateway = await startApp('gateway', { ...env, REGISTRY_URL: registry.url }, { anyStatus: true, nodeArgs });
    const direct = () => ({ 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') });

    console.log(`\nLoad (${DURATION_MS / 1000} s each): regencies of one province (13 rows)`);
    // CPU per request of the process under test is the steady figure on a shared machine; latency
    // also depends on what else runs.
    const widths = [10, 8, 10, 9, 9, 9, 13, 7];
    console.log(formatRow(['target', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'cpu ms/req', 'errors'], widths));
    for (const [name, url, headers, pid] of [
      ['subgraph', registry.url, direct, registry.pid],
      ['gateway', gateway.url, () => ({}), gateway.pid],
    ] as const) {
      for (const concurrency of [1, 20]) {
        const cpuBefore = cpuMillisOf(pid);
        const result = await runLoad({ url, body, headers: headers(), concurrency, durationMs: DURATION_MS });
        const cpuPerRequest = (cpuMillisOf(pid) - cpuBefore) / result.requests;
        console.log(
          formatRow(
            [
              name,
              concurrency,
              result.rps.toFixed(0),
              result.p50.toFixed(1),
              result.p95.toFixed(1),
              result.p99.toFixed(1),
              cpuPerRequest.toFixed(2),
              result.errors,
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
