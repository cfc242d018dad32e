// KIPP catalogue search over 26,000 innovations at 20 concurrent clients (target p95 ≤ 50 ms), as the
// public: through the gateway and straight at the subgraph, with the per-replica search cache on
// (the default) and off.
import { issueInternalToken } from '@simpul/service-kit';
import { build, runCommand, startApp, startPostgres, stopAll } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const INNOVATIONS = 26000;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
// Words people type, a typo among them; the load cycles through them.
const SEARCHES = ['perizinan', 'kesehatan ibu', 'pajak kendaraan daring', 'sampah', 'banjarmasin', 'jemput bola', 'administrasi kependudukan', 'terapung', 'imunisasi balita', 'perizinn usaha'];
const body = (search: string) => JSON.stringify({
  query: 'query($q: String) { innovations(first: 20, filter: { search: $q }) { totalCount edges { node { id title award } } } }',
  variables: { q: search },
});

async function main() {
  console.log(`kipp: building, starting PostgreSQL, migrating, seeding and adding ${INNOVATIONS} innovations…`);
  build(['kipp-service', 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET };
    runCommand('kipp-service', 'migrate', env);
    runCommand('kipp-service', 'seed', env);
    runCommand('kipp-service', 'seed:catalogue', env, [String(INNOVATIONS)]);
    const { rows } = await db.client.query<{ n: number }>('SELECT count(*)::int AS n FROM kipp.innovations');
    console.log(`catalogue: ${rows[0].n} innovations`);

    const widths = [36, 8, 9, 9, 9, 7];
    console.log(`\nSearch, 20 concurrent clients, ${DURATION_MS / 1000} s each (target p95 ≤ 50 ms)`);
    console.log(formatRow(['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'], widths));
    for (const cacheSeconds of ['15', '0']) {
      const kipp = await startApp('kipp-service', { ...env, KIPP_SEARCH_CACHE_SECONDS: cacheSeconds });
      const gateway = await startApp('gateway', { ...env, KIPP_URL: kipp.url }, { anyStatus: true });
      const cases = [
        [`gateway, cache ${cacheSeconds} s`, gateway.url, () => ({})],
        [`subgraph, cache ${cacheSeconds} s`, kipp.url, () => ({ 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') })],
      ] as const;
      for (const [name, url, headers] of cases) {
        // One load per search word, added up: the cache sees the same mix real users send.
        const runs: Awaited<ReturnType<typeof runLoad>>[] = [];
        for (const search of SEARCHES) runs.push(await runLoad({ url, body: body(search), headers: headers(), concurrency: 20, durationMs: DURATION_MS / SEARCHES.length }));
        const requests = runs.reduce((sum, r) => sum + r.requests, 0);
        const worst = (key: 'p50' | 'p95' | 'p99') => Math.max(...runs.map((r) => r[key]));
        console.log(formatRow([name, (requests / (DURATION_MS / 1000)).toFixed(0), worst('p50').toFixed(1), worst('p95').toFixed(1), worst('p99').toFixed(1), runs.reduce((s, r) => s + r.errors, 0)], widths));
      }
      await gateway.stop();
      await kipp.stop();
    }
    console.log('(p50/p95/p99: the worst of the per-word runs)');
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
