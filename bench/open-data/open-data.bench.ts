// Open data (issue #16 §3): the largest datasets streamed as CSV, JSON and XLSX with flat memory.
// service-units and services (each service with its Standar Pelayanan, ~1.2 kB a row in CSV) are
// downloaded from the registry at 10,000 and then 50,000 units (2 services per unit), and at 50,000
// through the gateway's /data proxy. Each straight download gets a freshly started registry: its RSS
// at rest (started, catalogue asked once) against its peak during the download, sampled from /proc
// every 10 ms. A dataset built in memory would grow the peak with the row count; a cursor-fed stream
// keeps it the same at five times the rows.
import fs from 'node:fs';
import { issueInternalToken } from '@simpul/service-kit';
import { build, runCommand, startApp, startPostgres, stopAll } from '../lib/stack.mjs';
import { formatRow } from '../lib/load.mjs';

const UNITS = Number(process.env.BENCH_OPEN_DATA_UNITS ?? 50000);
const FIRST_TIER = UNITS / 5;
const HEAP_CAP = '--max-old-space-size=96';
const SERVICES_PER_UNIT = 2;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';

/** Units spread over the seeded regencies and agencies, with the kinds the seed uses. */
const SYNTHETIC_UNITS = `
  WITH regions AS (SELECT array_agg(code ORDER BY code) AS codes FROM registry.regions WHERE level = 'REGENCY'),
  agencies AS (SELECT array_agg(id ORDER BY id) AS ids FROM registry.agencies),
  kinds AS (SELECT array_agg(kind ORDER BY kind) AS k, array_agg(service_group ORDER BY kind) AS g
            FROM (SELECT DISTINCT kind, service_group FROM registry.service_units) d)
  INSERT INTO registry.service_units (id, name, kind, service_group, agency_id, region_code, address, website, email, phone)
  SELECT gen_random_uuid(), 'Unit Layanan Bench ' || n, kinds.k[1 + n % cardinality(kinds.k)], kinds.g[1 + n % cardinality(kinds.k)],
    agencies.ids[1 + n % cardinality(agencies.ids)], regions.codes[1 + n % cardinality(regions.codes)],
    'Jl. Merdeka No. ' || (n % 200) || ', RT 0' || (n % 9) || '/RW 0' || (n % 7), 'https://unit' || n || '.example.go.id',
    'petugas' || n || '@example.test', '+62 811 ' || n
  FROM generate_series($1::int, $2::int) AS n, regions, agencies, kinds`;

/** Two services per bench unit, each with a seeded service's Standar Pelayanan (about 3 kB of text). */
const SYNTHETIC_SERVICES = `
  WITH template AS (SELECT standard, description FROM registry.services WHERE standard <> '{}'::jsonb ORDER BY id LIMIT 1)
  INSERT INTO registry.services (id, service_unit_id, name, description, standard, complete)
  SELECT gen_random_uuid(), u.id, 'Layanan ' || s || ' ' || u.name, template.description, template.standard, false
  FROM registry.service_units u, generate_series(1, $1::int) AS s, template
  WHERE u.name LIKE 'Unit Layanan Bench %' AND NOT EXISTS (SELECT 1 FROM registry.services x WHERE x.service_unit_id = u.id)`;

function rssKb(pid: number | undefined): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0);
}

interface Measured {
  ms: number;
  bytes: number;
  lines: number;
  rest: number[];
  peak: number[];
}

/** Downloads and counts the bytes (keeping none) while sampling each process's RSS. */
async function measure(url: string, headers: Record<string, string>, pids: Array<number | undefined>): Promise<Measured> {
  const rest = pids.map(rssKb);
  const peak = [...rest];
  const sampler = setInterval(() => pids.forEach((pid, i) => (peak[i] = Math.max(peak[i], rssKb(pid)))), 10);
  const started = performance.now();
  const response = await fetch(url, { headers });
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  pids.forEach((pid, i) => (peak[i] = Math.max(peak[i], rssKb(pid))));
  return { ms, bytes, lines, rest, peak };
}

const mb = (kb: number) => (kb / 1024).toFixed(0);

const FORMATS = ['csv', 'json', 'xlsx'] as const;
const DATASETS = ['service-units', 'services'] as const;
const WIDTHS = [20, 9, 9, 9, 9, 22, 18];

function printRow(id: string, format: string, via: string, result: Measured, gatewayToo: boolean) {
  // CSV and JSON have one line per row plus the header (CSV) or the brackets (JSON).
  const rows = format === 'csv' ? result.lines - 1 : format === 'json' ? result.lines - 2 : NaN;
  console.log(
    formatRow(
      [
        `${id}.${format}`,
        via,
        Number.isNaN(rows) ? '—' : rows,
        (result.bytes / 1024 / 1024).toFixed(1),
        (result.ms / 1000).toFixed(2),
        `${mb(result.rest[0])} → ${mb(result.peak[0])} (+${mb(result.peak[0] - result.rest[0])})`,
        gatewayToo ? `${mb(result.rest[1])} → ${mb(result.peak[1])}` : '',
      ],
      WIDTHS,
    ),
  );
}

const direct = () => ({ 'x-simpul-internal': issueInternalToken(null, INTERNAL_SECRET, 'bench') });
const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

/** Each dataset and format from a freshly started registry, so "at rest" is the same for every row. */
async function straightDownloads(env: Record<string, string>, tier: string, nodeArgs: string[] = [], formats: readonly string[] = FORMATS) {
  for (const id of DATASETS) {
    for (const format of formats) {
      const registry = await startApp('registry-service', env, { nodeArgs });
      await (await fetch(`${baseOf(registry.url)}/open-data/catalog`, { headers: direct() })).arrayBuffer();
      const result = await measure(`${baseOf(registry.url)}/open-data/${id}.${format}`, direct(), [registry.pid]);
      printRow(id, format, tier, result, false);
      await registry.stop();
    }
  }
}

async function main() {
  console.log(`open-data: building, starting PostgreSQL, migrating, seeding, adding ${FIRST_TIER} then ${UNITS} units, 2 services each…`);
  build(['registry-service', 'gateway']);
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SIMPUL_JOBS: 'off' };
    runCommand('registry-service', 'migrate', env);
    runCommand('registry-service', 'seed', env);
    const grow = async (from: number, to: number) => {
      await db.client.query(SYNTHETIC_UNITS, [from, to]);
      await db.client.query(SYNTHETIC_SERVICES, [SERVICES_PER_UNIT]);
      await db.client.query('ANALYZE');
      const counts = (
        await db.client.query(
          'SELECT (SELECT count(*) FROM registry.service_units)::int AS units, (SELECT count(*) FROM registry.services)::int AS services',
        )
      ).rows[0] as { units: number; services: number };
      return `${counts.units} units, ${counts.services} services`;
    };

    console.log('\nDownloads. Registry RSS in MB: at rest → peak during the download (+growth); gateway likewise');
    console.log(formatRow(['dataset', 'via', 'rows', 'MB', 'seconds', 'registry RSS', 'gateway RSS'], WIDTHS));
    console.log(`-- ${await grow(1, FIRST_TIER)}`);
    await straightDownloads(env, 'registry');
    console.log(`-- ${await grow(FIRST_TIER + 1, UNITS)}`);
    await straightDownloads(env, 'registry');
    // CSV and JSON again with V8's old space capped: a dataset held in memory (141 MB of JSON) could
    // not be built in it; streaming completes, and the growth above shows garbage V8 let pile up.
    console.log(`-- the same, registry started with ${HEAP_CAP}`);
    await straightDownloads(env, 'registry', [HEAP_CAP], ['csv', 'json']);
    const registry = await startApp('registry-service', env);
    const gateway = await startApp('gateway', { ...env, REGISTRY_URL: registry.url }, { anyStatus: true });
    // The gateway learns who owns which dataset from the catalogues.
    await (await fetch(`${baseOf(gateway.url)}/data/catalog.json`)).arrayBuffer();
    for (const id of DATASETS) {
      for (const format of FORMATS) {
        const result = await measure(`${baseOf(gateway.url)}/data/${id}.${format}`, {}, [registry.pid, gateway.pid]);
        printRow(id, format, 'gateway', result, true);
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
