// Cross-module search (issue #16) over 50,000 service units and 26,000 KIPP innovations at 20
// concurrent clients, target p95 ≤ 50 ms. The index is filled the way it is in production: the
// registry's search-index job (`run-jobs`) reads its own units, services and agencies and pulls the
// innovations from a running kipp-service over GET /internal/search-documents. There is no search
// cache anywhere on this path ("cache off" is the only mode): every search is answered whole by the
// registry's copy of the index in memory (in its worker thread), no statement (the "memory off" cases:
// matched, ranked and read by PostgreSQL). Straight at the registry subgraph and through the gateway.
import fs from 'node:fs';
import os from 'node:os';
import { issueInternalToken } from '@simpul/service-kit';
import { build, cpuMillisOf, runCommand, startApp, startPostgres, stopAll } from '../lib/stack.mjs';
import { formatRow, runLoad } from '../lib/load.mjs';
import { postgresCpuMillis, postmasterPid } from '../lib/postgres-cpu';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10000);
const UNITS = 50000;
const INNOVATIONS = 26000;
const CLIENTS = 20;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
// What people type: abbreviations, a spelling variant, a typo, common words that match thousands.
const SEARCHES = [
  'samsat kalsel',
  'antrian online',
  'pdam',
  'disdukcapil',
  'banjarmsin',
  'puskesmas',
  'perizinan usaha',
  'kesehatan ibu',
  'dinas kabupaten',
  'pelayanan',
];
const WARM_UP = 'kantor layanan';
const body = (text: string) =>
  JSON.stringify({
    query:
      'query($text: String!) { search(text: $text, first: 20) { totalCount facets { kind count } edges { node { kind title subtitle url } } } }',
    variables: { text },
  });

/**
 * 50,000 units spread over every regency of the seeded regions and the seeded agencies, named the
 * way units are ("Puskesmas Kecamatan …", "Kantor Kelurahan …", "UPT SAMSAT …"), so common words
 * match thousands of documents, as on a national registry.
 */
const SYNTHETIC_UNITS = `
  WITH regions AS (SELECT array_agg(code ORDER BY code) AS codes, array_agg(name ORDER BY code) AS names FROM registry.regions WHERE level = 'REGENCY'),
  agencies AS (SELECT array_agg(id ORDER BY id) AS ids FROM registry.agencies),
  kinds AS (SELECT ARRAY['PUSKESMAS','KECAMATAN','SAMSAT','DISDUKCAPIL','DPMPTSP','RSUD','DINAS_SOSIAL','BAPENDA','DISNAKER','PDAM','KEMENAG','BPN','OTHER'] AS k,
                   ARRAY['Puskesmas','Kantor Kecamatan','UPT SAMSAT','Dinas Kependudukan dan Pencatatan Sipil','Dinas Penanaman Modal dan PTSP','RSUD',
                         'Dinas Sosial','Badan Pendapatan Daerah','Dinas Tenaga Kerja','Perumda Air Minum','Kantor Urusan Agama','Kantor Pertanahan','Kantor Kelurahan'] AS label)
  INSERT INTO registry.service_units (id, name, kind, service_group, agency_id, region_code, address)
  SELECT gen_random_uuid(),
    kinds.label[1 + n % 13] || ' ' || (ARRAY['Utara','Selatan','Timur','Barat','Tengah','Kota','Baru','Lama','Indah','Jaya'])[1 + (n / 13) % 10] || ' ' || n || ' ' || regions.names[1 + n % cardinality(regions.codes)],
    kinds.k[1 + n % 13], (ARRAY['BARANG','JASA','ADMINISTRASI'])[1 + n % 3],
    agencies.ids[1 + n % cardinality(agencies.ids)], regions.codes[1 + n % cardinality(regions.codes)],
    'Jl. ' || (ARRAY['Merdeka','Sudirman','Ahmad Yani','Gatot Subroto','Diponegoro','Pahlawan'])[1 + n % 6] || ' No. ' || (n % 200)
  FROM generate_series(1, $1::int) AS n, regions, agencies, kinds`;

/** Resident memory of a process in MB (the registry's, with its copy of the index loaded). */
function registryRssMb(pid: number | undefined): string {
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? (Number(kb) / 1024).toFixed(0) : '?';
}

async function main() {
  console.log(`search: building, starting PostgreSQL, migrating, seeding, adding ${UNITS} units and ${INNOVATIONS} innovations…`);
  build(['registry-service', 'kipp-service', 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SIMPUL_JOBS: 'off' };
    runCommand('registry-service', 'migrate', env);
    runCommand('registry-service', 'seed', env);
    runCommand('kipp-service', 'migrate', env);
    runCommand('kipp-service', 'seed', env);
    runCommand('kipp-service', 'seed:catalogue', env, [String(INNOVATIONS)]);
    await db.client.query(SYNTHETIC_UNITS, [UNITS]);

    // The index, filled by the registry's own job: its tables, and KIPP's feed over HTTP.
    const kipp = await startApp('kipp-service', env);
    const closed = 'http://127.0.0.1:9/graphql';
    const started = Date.now();
    runCommand('registry-service', 'run-jobs', { ...env, KIPP_URL: kipp.url, MPP_URL: closed, EVALUATION_URL: closed });
    console.log(`index filled by the search-index job in ${((Date.now() - started) / 1000).toFixed(1)} s (registry tables + KIPP feed)`);
    await kipp.stop();
    await db.client.query('VACUUM ANALYZE registry.search_documents, registry.search_lexicon');
    const counts = await db.client.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM registry.search_documents GROUP BY kind ORDER BY kind`,
    );
    console.log(`documents: ${counts.rows.map((row) => `${row.kind} ${row.n}`).join(', ')}`);
    const [lexicon] = (await db.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM registry.search_lexicon`)).rows;
    console.log(`distinct words for typo correction: ${lexicon.n}`);
    const postmaster = postmasterPid(Number(new URL(db.url).port));

    const widths = [36, 6, 7, 7, 7, 7, 6, 9, 9, 9, 9, 6];
    console.log(
      `\nSearch, 1 then ${CLIENTS} concurrent clients, ${DURATION_MS / 1000} s per case split over ${SEARCHES.length} phrases, no cache (target p95 ≤ 50 ms)`,
    );
    console.log(
      formatRow(
        ['case', 'req/s', 'p50 ms', 'p95 ms', 'p95 med', 'p99 ms', 'errors', 'reg cpu', 'gw cpu', 'pg cpu', 'sql exec', 'load'],
        widths,
      ),
    );
    const firstPages = { on: new Map<string, string>(), off: new Map<string, string>() };
    const perPhrase: Record<string, { p95: number; total: number; pgCpu: number; registryCpu: number }> = {};
    // One client first: what a search costs on its own (at the subgraph, then through the gateway: the
    // CPU columns of these two cases are each process's own cost of a search); then 20 at once, where
    // queueing adds the rest.
    // The 20 clients at the subgraph also with the registry's copy of the index off (SEARCH_MEMORY=off,
    // every search matched by PostgreSQL — the design before), on and off in turn, twice, so that
    // neither gets the quieter minutes of a shared machine.
    for (const [target, clients, memory] of [
      ['subgraph', 1, 'on'],
      ['subgraph', CLIENTS, 'on'],
      ['subgraph', CLIENTS, 'off'],
      ['gateway', 1, 'on'],
      ['gateway', CLIENTS, 'on'],
      ['subgraph', CLIENTS, 'on'],
      ['subgraph', CLIENTS, 'off'],
    ] as const) {
      const registry = await startApp('registry-service', { ...env, SEARCH_MEMORY: memory });
      const rss = registryRssMb(registry.pid);
      const gateway = target === 'gateway' ? await startApp('gateway', { ...env, REGISTRY_URL: registry.url }, { anyStatus: true }) : null;
      const url = gateway?.url ?? registry.url;
      const headers = (): Record<string, string> =>
        gateway ? {} : { 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') };
      await runLoad({ url, body: body(WARM_UP), headers: headers(), concurrency: CLIENTS, durationMs: 800 });
      await db.client.query('SELECT pg_stat_statements_reset()');
      const before = {
        registry: cpuMillisOf(registry.pid),
        gateway: gateway ? cpuMillisOf(gateway.pid) : NaN,
        pg: postmaster ? postgresCpuMillis(postmaster) : NaN,
      };
      const runs: Awaited<ReturnType<typeof runLoad>>[] = [];
      for (const search of SEARCHES) {
        // One client: what each phrase costs PostgreSQL and the registry on its own (CPU ms a search).
        const phraseStart = { registry: cpuMillisOf(registry.pid), pg: postmaster ? postgresCpuMillis(postmaster) : NaN };
        const run = await runLoad({
          url,
          body: body(search),
          headers: headers(),
          concurrency: clients,
          durationMs: DURATION_MS / SEARCHES.length,
        });
        runs.push(run);
        if (target === 'subgraph' && clients === 1) {
          perPhrase[search] = {
            p95: NaN,
            total: 0,
            pgCpu: (postmaster ? postgresCpuMillis(postmaster) - phraseStart.pg : NaN) / run.requests,
            registryCpu: (cpuMillisOf(registry.pid) - phraseStart.registry) / run.requests,
          };
        }
        if (target === 'subgraph' && clients === CLIENTS && memory === 'on') perPhrase[search].p95 = run.p95;
      }
      const requests = runs.reduce((sum, r) => sum + r.requests, 0);
      const perRequest = (used: number) => (Number.isNaN(used) ? '—' : (used / requests).toFixed(2));
      const sql = await db.client.query<{ ms: number }>(
        `SELECT coalesce(sum(total_exec_time), 0)::float8 AS ms FROM pg_stat_statements WHERE query ILIKE '%registry.search_%' AND query NOT ILIKE '%pg_stat_statements%'`,
      );
      const worst = (key: 'p50' | 'p95' | 'p99') => Math.max(...runs.map((r) => r[key]));
      const medianP95 = runs.map((r) => r.p95).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      console.log(
        formatRow(
          [
            `${target}, ${clients} client${clients === 1 ? '' : 's'}${memory === 'off' ? ', memory off' : ''}`,
            (requests / (DURATION_MS / 1000)).toFixed(0),
            worst('p50').toFixed(1),
            worst('p95').toFixed(1),
            medianP95.toFixed(1),
            worst('p99').toFixed(1),
            runs.reduce((sum, r) => sum + r.errors, 0),
            perRequest(cpuMillisOf(registry.pid) - before.registry),
            perRequest(gateway ? cpuMillisOf(gateway.pid) - before.gateway : NaN),
            perRequest(postmaster ? postgresCpuMillis(postmaster) - before.pg : NaN),
            perRequest(sql.rows[0].ms),
            os.loadavg()[0].toFixed(2),
          ],
          widths,
        ),
      );
      console.log(`  (registry RSS after start: ${rss} MB)`);
      if (target === 'subgraph' && clients === CLIENTS) {
        // The first page of every phrase, with and without the copy in memory: the answers must be the same.
        for (const search of SEARCHES) {
          const answer = await fetch(registry.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers() },
            body: body(search),
          });
          const json = (await answer.json()) as { data: { search: { totalCount: number } } };
          if (memory === 'on') perPhrase[search].total = json.data.search.totalCount;
          firstPages[memory].set(search, JSON.stringify(json.data));
        }
      }
      await gateway?.stop();
      await registry.stop();
    }
    console.log(
      "(p50/p95/p99: the worst of the per-phrase runs; p95 med: the median phrase's p95; cpu and sql exec: ms per request; load: 1-minute load average after the case)",
    );
    const differing = SEARCHES.filter((search) => firstPages.on.get(search) !== firstPages.off.get(search));
    console.log(
      `first page of every phrase with the copy in memory and without: ${differing.length === 0 ? 'identical' : `DIFFERS for ${differing.join(', ')}`}`,
    );
    console.log(
      `\nper phrase at the subgraph, ${CLIENTS} clients: ${Object.entries(perPhrase)
        .map(
          ([search, { p95, total, pgCpu, registryCpu }]) =>
            `"${search}" ${total} hits p95 ${p95.toFixed(1)} ms (1 client: pg cpu ${pgCpu.toFixed(2)}, registry cpu ${registryCpu.toFixed(2)} ms a search)`,
        )
        .join('; ')}`,
    );
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
