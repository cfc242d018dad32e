// SKM (issue #7): three targets, on a throw-away embedded PostgreSQL and the built skm-service.
// 1. Import 1,000,000 paper-form rows from CSV (POST /imports/:surveyId, streamed, checked, COPY into
//    skm.responses, rollups in the same transaction) vs a raw PostgreSQL COPY of the same file into a
//    bare table with the file's columns. Target: import ≥ 50 % of raw COPY speed.
// 2. IKM of every unit for a year over 20,000,000 answers (2,000 unit surveys × 10,000 answers,
//    generated in SQL, rollups aggregated from them): skmResults pages of 100, subgraph and gateway.
//    Target p95 ≤ 100 ms.
// 3. Public submissions (POST /public/responses, one QR questionnaire each) at 100 concurrent
//    connections with autocannon, straight at the subgraph and through the portal web server's proxy.
//    Target p95 ≤ 50 ms.
// Sizes: BENCH_SKM_ROWS (1e6), BENCH_SKM_UNITS (2000), BENCH_SKM_PER_UNIT (10000), BENCH_DURATION_MS (10000);
// BENCH_SKM_PARTS (import,ikm,submit) runs only some of the three.
// Beside each latency: the load average, CPU ms per request of the service process (and the gateway)
// and the statements PostgreSQL spent most time on (pg_stat_statements), since on two shared cores
// latency alone mostly measures what else is running.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import autocannon from 'autocannon';
import { from as copyFrom } from 'pg-copy-streams';
import { issueAccessToken, issueInternalToken } from '@simpul/service-kit';
import type { Identity } from '@simpul/contracts';
import { build, cpuMillisOf, freePort, runCommand, startApp, startPostgres, stopAll, workspaceRoot } from '../lib/stack.mjs';
import { formatRow, runLoad, runPacedLoad } from '../lib/load.mjs';

const ROWS = Number(process.env.BENCH_SKM_ROWS ?? 1_000_000);
const UNITS = Number(process.env.BENCH_SKM_UNITS ?? 2_000);
const PER_UNIT = Number(process.env.BENCH_SKM_PER_UNIT ?? 10_000);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const PARTS = new Set((process.env.BENCH_SKM_PARTS ?? 'import,ikm,submit').split(','));
const YEAR = new Date().getFullYear();
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const ADMIN: Identity = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'admin@bench.test',
  displayName: 'Bench admin',
  role: 'NATIONAL_ADMIN',
  serviceUnitId: null,
  mallId: null,
};
const token = (caller: Identity | null) => issueInternalToken(caller, INTERNAL_SECRET, 'bench');
const ms = (n: number) => n.toFixed(1);
type Db = Awaited<ReturnType<typeof startPostgres>>;
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');

/** The statements PostgreSQL spent most time on since the last reset: calls, mean and total ms. */
async function topStatements(db: Db, limit = 6): Promise<void> {
  const { rows } = await db.client.query<{ calls: string; mean: number; total: number; query: string }>(
    `SELECT calls, mean_exec_time AS mean, total_exec_time AS total, regexp_replace(query, '[[:space:]]+', ' ', 'g') AS query FROM pg_stat_statements
     WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT $1`,
    [limit],
  );
  for (const row of rows)
    console.log(
      `  ${String(row.calls).padStart(7)} calls  ${row.mean.toFixed(3).padStart(8)} ms mean  ${row.total.toFixed(0).padStart(7)} ms total  ${row.query.slice(0, 110)}`,
    );
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, caller: Identity | null): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-simpul-internal': token(caller) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Streams a file as the body of a POST and returns the parsed JSON answer. */
function postFile(url: string, file: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>));
    });
    request.on('error', reject);
    fs.createReadStream(file).pipe(request);
  });
}

async function importVersusCopy(db: Awaited<ReturnType<typeof startPostgres>>, skmUrl: string, file: string): Promise<void> {
  console.log(
    `\n1. Import ${ROWS.toLocaleString('en')} rows vs raw COPY of the same file (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`,
  );
  await db.client
    .query(`CREATE TABLE public.raw_copy (u1 smallint, u2 smallint, u3 smallint, u4 smallint, u5 smallint, u6 smallint, u7 smallint, u8 smallint, u9 smallint,
    answered_on date, age_band text, sex text, education text, occupation text)`);
  const rawCopy = async () => {
    await db.client.query('TRUNCATE public.raw_copy');
    const started = performance.now();
    await pipeline(fs.createReadStream(file), db.client.query(copyFrom(`COPY public.raw_copy FROM STDIN (FORMAT csv, HEADER true)`)));
    return performance.now() - started;
  };
  const survey = await gql<{ createSkmSurvey: { id: string } }>(
    skmUrl,
    `mutation($i: CreateSkmSurveyInput!) { createSkmSurvey(input: $i) { id } }`,
    {
      i: { title: 'Bench paper import', serviceUnitId: '00000000-0000-4000-8000-0000000000aa', periodKind: 'YEAR', year: YEAR, number: 1 },
    },
    ADMIN,
  );
  const importUrl = `${skmUrl.replace(/\/graphql$/, '')}/imports/${survey.createSkmSurvey.id}?fileName=bench.csv`;
  const copyMs: number[] = [];
  const importMs: number[] = [];
  let report: Record<string, unknown> = {};
  // COPY, import, COPY, import: each gets a warm and a less warm turn.
  for (let round = 0; round < 2; round += 1) {
    copyMs.push(await rawCopy());
    if (round === 1) await db.client.query(`DELETE FROM skm.survey_rollup WHERE survey_id = $1`, [survey.createSkmSurvey.id]);
    if (round === 1) await db.client.query(`DELETE FROM skm.responses WHERE survey_id = $1`, [survey.createSkmSurvey.id]);
    if (round === 1) await db.client.query(`DELETE FROM skm.import_batches WHERE survey_id = $1`, [survey.createSkmSurvey.id]);
    const started = performance.now();
    report = await postFile(importUrl, file, { 'x-simpul-internal': token(ADMIN) });
    importMs.push(performance.now() - started);
    if (report.status !== 'STORED' || report.storedCount !== ROWS)
      throw new Error(`import failed: ${JSON.stringify(report).slice(0, 500)}`);
  }
  const bestCopy = Math.min(...copyMs);
  const bestImport = Math.min(...importMs);
  const widths = [34, 12, 12, 12];
  console.log(formatRow(['what', 'run 1 ms', 'run 2 ms', 'rows/s (best)'], widths));
  console.log(
    formatRow(
      ['raw COPY into a bare table', ms(copyMs[0]), ms(copyMs[1]), Math.round(ROWS / (bestCopy / 1000)).toLocaleString('en')],
      widths,
    ),
  );
  console.log(
    formatRow(
      ['import (check + COPY + rollups)', ms(importMs[0]), ms(importMs[1]), Math.round(ROWS / (bestImport / 1000)).toLocaleString('en')],
      widths,
    ),
  );
  console.log(
    `import speed = ${((bestCopy / bestImport) * 100).toFixed(0)} % of raw COPY (best of two each; target ≥ 50 %); load average ${loadAverage()}`,
  );
}

async function ikmForEveryUnit(db: Db, skm: { url: string; pid?: number }, gateway: { url: string; pid?: number }): Promise<void> {
  const skmUrl = skm.url;
  const gatewayUrl = gateway.url;
  console.log(
    `\n2. IKM of every unit for ${YEAR} over ${(UNITS * PER_UNIT).toLocaleString('en')} answers (${UNITS} unit surveys), skmResults(first: 100)`,
  );
  const QUERY = `query($after: String) { skmResults(year: ${YEAR}, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { surveyId serviceUnitId periodLabel ikm { value category { code } respondents } sample { required adequate } exclusions { excluded } } } } }`;
  // Walk every page once to collect the cursors (and check the totals), then load them in rotation.
  const cursors: (string | null)[] = [null];
  let respondents = 0;
  const walkStarted = performance.now();
  for (;;) {
    const page = await gql<{
      skmResults: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { ikm: { respondents: number } | null } }[] };
    }>(skmUrl, QUERY, { after: cursors.at(-1) }, ADMIN);
    respondents += page.skmResults.edges.reduce((sum, edge) => sum + (edge.node.ikm?.respondents ?? 0), 0);
    if (!page.skmResults.pageInfo.hasNextPage) break;
    cursors.push(page.skmResults.pageInfo.endCursor);
  }
  console.log(
    `walked ${cursors.length} pages in ${ms(performance.now() - walkStarted)} ms; respondents counted: ${respondents.toLocaleString('en')}`,
  );
  const widths = [36, 8, 8, 8, 8, 7, 10, 10, 16];
  console.log(formatRow(['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'skm cpu', 'gw cpu', 'load avg 1/5/15'], widths));
  const targets = [
    ['subgraph', skmUrl, () => ({ 'x-simpul-internal': token(ADMIN) })],
    ['gateway (admin bearer token)', gatewayUrl, () => ({ authorization: `Bearer ${issueAccessToken(ADMIN, JWT_SECRET)}` })],
  ] as const;
  const cpu = (pid: number | undefined) => (pid ? cpuMillisOf(pid) : NaN);
  for (const [target, url, headers] of targets)
    for (const clients of [1, 10]) {
      const name = `${target}, ${clients} client${clients === 1 ? '' : 's'}`;
      const runs: Awaited<ReturnType<typeof runLoad>>[] = [];
      await db.client.query('SELECT pg_stat_statements_reset()');
      const [skmCpu, gatewayCpu] = [cpu(skm.pid), cpu(gateway.pid)];
      for (const after of cursors)
        runs.push(
          await runLoad({
            url,
            body: JSON.stringify({ query: QUERY, variables: { after } }),
            headers: headers(),
            concurrency: clients,
            durationMs: DURATION_MS / cursors.length,
          }),
        );
      const requests = runs.reduce((sum, run) => sum + run.requests, 0);
      const worst = (key: 'p50' | 'p95' | 'p99') => Math.max(...runs.map((run) => run[key]));
      const perRequest = (used: number) => `${ms(used / requests)} ms`;
      console.log(
        formatRow(
          [
            name,
            (requests / (DURATION_MS / 1000)).toFixed(0),
            ms(worst('p50')),
            ms(worst('p95')),
            ms(worst('p99')),
            runs.reduce((sum, run) => sum + run.errors, 0),
            perRequest(cpu(skm.pid) - skmCpu),
            target === 'subgraph' ? '—' : perRequest(cpu(gateway.pid) - gatewayCpu),
            loadAverage(),
          ],
          widths,
        ),
      );
      if (clients === 10) await topStatements(db, 4);
    }
  console.log('(p50/p95/p99: the worst of the per-page runs; cpu: CPU ms per request of that process)');
}

async function publicSubmissions(db: Db, skm: { url: string; pid?: number }, portalUrl: string | null, code: string): Promise<void> {
  const skmUrl = skm.url;
  console.log(
    `\n3. Public submissions, 100 concurrent connections, ${DURATION_MS / 1000} s each (autocannon); load average ${loadAverage()}`,
  );
  const body = JSON.stringify({
    submissions: [
      {
        channel: 'QR',
        surveyCode: code,
        answers: [4, 3, 3, 4, 3, 3, 4, 3, 2].map((value, i) => ({ element: `U${i + 1}`, value })),
        ageBand: 'AGE_30_39',
        sex: 'FEMALE',
      },
    ],
  });
  const widths = [44, 16, 8, 8, 8, 8, 8, 10, 16];
  console.log(formatRow(['target', 'offered', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'skm cpu', 'load avg 1/5/15'], widths));
  const direct = `${skmUrl.replace(/\/graphql$/, '')}/public/responses`;
  // Closed loop (each connection sends its next answer at once) measures saturation; the open-loop
  // rates model 100 phones: the rate limit lets one client send 1 answer a second on average, so 100
  // real clients offer at most ~100/s; 500/s is five times that.
  const targets: [string, string, Record<string, string>, number | undefined][] = [
    ['skm subgraph POST /public/responses', direct, { 'x-simpul-internal': token(null) }, undefined],
    ['skm subgraph POST /public/responses', direct, { 'x-simpul-internal': token(null) }, 500],
    ['skm subgraph POST /public/responses', direct, { 'x-simpul-internal': token(null) }, 200],
  ];
  if (portalUrl) {
    targets.push(['portal proxy POST /skm-api/public/responses', `${portalUrl}/skm-api/public/responses`, {}, undefined]);
    targets.push(['portal proxy POST /skm-api/public/responses', `${portalUrl}/skm-api/public/responses`, {}, 200]);
  }
  for (const [name, url, headers, overallRate] of targets) {
    const latencies: number[] = [];
    await db.client.query('SELECT pg_stat_statements_reset()');
    const cpuBefore = skm.pid ? cpuMillisOf(skm.pid) : NaN;
    const instance = autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      connections: 100,
      duration: DURATION_MS / 1000,
      ...(overallRate ? { overallRate } : {}),
    });
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
    const result = await instance;
    const cpuUsed = skm.pid ? cpuMillisOf(skm.pid) - cpuBefore : NaN;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    console.log(
      formatRow(
        [
          name,
          overallRate ? `${overallRate}/s open` : 'closed loop',
          (latencies.length / (DURATION_MS / 1000)).toFixed(0),
          ms(at(50)),
          ms(at(95)),
          ms(at(99)),
          result.non2xx + result.errors,
          `${(cpuUsed / Math.max(1, latencies.length)).toFixed(2)} ms`,
          loadAverage(),
        ],
        widths,
      ),
    );
    if (!overallRate && name.startsWith('skm')) await topStatements(db, 5);
  }
  // 100 people at once, each answering again after a random pause (mean 1 s, the most the rate limit
  // allows a client on average): the latency a person at a desk sees while 99 others are submitting.
  const paced: [string, string, Record<string, string>][] = [
    ['skm subgraph POST /public/responses', direct, { 'x-simpul-internal': token(null) }],
  ];
  if (portalUrl) paced.push(['portal proxy POST /skm-api/public/responses', `${portalUrl}/skm-api/public/responses`, {}]);
  for (const [name, url, headers] of paced) {
    const cpuBefore = skm.pid ? cpuMillisOf(skm.pid) : NaN;
    const result = await runPacedLoad({ url, body, headers, clients: 100, meanPauseMs: 1000, durationMs: DURATION_MS });
    const cpuUsed = skm.pid ? cpuMillisOf(skm.pid) - cpuBefore : NaN;
    console.log(
      formatRow(
        [
          name,
          '100 paced, 1 s',
          result.rps.toFixed(0),
          ms(result.p50),
          ms(result.p95),
          ms(result.p99),
          result.errors,
          `${(cpuUsed / Math.max(1, result.requests)).toFixed(2)} ms`,
          loadAverage(),
        ],
        widths,
      ),
    );
  }
}

/**
 * The gateway checks every bearer token's version against the registry (`GET /internal/users/:id/
 * token-state`, cached 30 s per user). This bench runs no registry: a small server answers that one
 * endpoint for the bench admin, so the gateway rows measure what they always did plus that lookup.
 */
async function startTokenStateServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const found = req.url === `/internal/users/${ADMIN.userId}/token-state`;
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(found ? JSON.stringify({ tokenVersion: 0, active: true }) : '{}');
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // Never what keeps the bench process alive at the end.
  server.unref();
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main() {
  console.log('skm: building, starting PostgreSQL, migrating…');
  build(['skm-service', 'gateway']);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-skm-'));
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SKM_RATE_CAPACITY: '1000000000', SKM_RATE_PER_MINUTE: '1000000000' };
    runCommand('skm-service', 'migrate', env);
    const file = path.join(work, 'paper.csv');
    if (PARTS.has('import')) runCommand('skm-service', 'write:csv', env, [String(ROWS), file, `${YEAR}-01-01`, `${YEAR}-06-30`]);
    const skm = await startApp('skm-service', env);
    console.log(`load average at start: ${loadAverage()}`);
    if (PARTS.has('import')) await importVersusCopy(db, skm.url, file);

    if (PARTS.has('ikm') || PARTS.has('submit')) {
      const seedStarted = performance.now();
      runCommand('skm-service', 'seed:answers', env, [String(UNITS), String(PER_UNIT), String(YEAR)]);
      console.log(
        `\n(generated ${(UNITS * PER_UNIT).toLocaleString('en')} answers and their rollups in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
      );
    }
    const tokenStates = await startTokenStateServer();
    const gateway = await startApp('gateway', { ...env, SKM_URL: skm.url, REGISTRY_URL: tokenStates.url }, { anyStatus: true });
    if (PARTS.has('ikm')) await ikmForEveryUnit(db, skm, gateway);

    if (PARTS.has('submit')) {
      const code = 'bench1';
      const { startWebServer } = (await import(
        path.join(workspaceRoot, 'tools/start/web-server.mjs')
      )) as typeof import('../../tools/start/web-server.mjs');
      const portal = await startWebServer({
        port: await freePort(),
        gatewayUrl: gateway.url,
        skmUrl: skm.url,
        internalSecret: INTERNAL_SECRET,
        remotes: [],
      });
      try {
        await publicSubmissions(db, skm, `http://127.0.0.1:${portal.port}`, code);
      } finally {
        await portal.close();
      }
    }
  } finally {
    await stopAll();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
