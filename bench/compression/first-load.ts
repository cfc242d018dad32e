// Issue #17, compression: the bytes a phone downloads for the signed-out home (`/`) on a first visit,
// as the portal's web server sends them with and without compression. The five services with the
// demo data, the gateway and the portal's web server, as `npm start` runs them; headless Chromium
// with an empty cache loads `/` until the network is quiet, and every response's transferred size
// (headers and body as they came over the wire, Chrome's encodedDataLength) is summed. "Before" is
// the same build with the browser asking for identity (what every response was before the server
// compressed); "gzip only" a browser without brotli; "after" the browser's own Accept-Encoding
// (gzip, deflate, br, zstd).
//
//   npx tsx --tsconfig tsconfig.base.json bench/compression/first-load.ts
// Optional: DATABASE_URL (a PostgreSQL server to create a throw-away database on; default: an
// embedded one), BENCH_PORT_BASE (ports from there for the portal, gateway and services; default: free ones).
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS } from '@simpul/service-kit/testing';
import { remotes, startWebServer } from './from-tools.mjs';
import { build, runCommand, startApp, startPostgres, stopAll, SUBGRAPHS } from '../lib/stack.mjs';

const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = 3;

interface Transfer {
  url: string;
  kind: string;
  encoding: string;
  bytes: number;
}

/** What a response is, for the table: the document, scripts, styles, GraphQL and the rest. */
function kindOf(url: string, mimeType: string): string {
  if (new URL(url).pathname === '/graphql') return 'graphql';
  if (/javascript/.test(mimeType)) return 'js';
  if (/css/.test(mimeType)) return 'css';
  if (/html/.test(mimeType)) return 'html';
  if (/json/.test(mimeType)) return 'json';
  return 'other';
}

/** One first visit of `/` with an empty cache; `acceptEncoding` replaces the browser's own when given. */
async function firstLoad(browser: Browser, portalUrl: string, acceptEncoding?: string): Promise<Transfer[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (acceptEncoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
    const responses = new Map<string, { url: string; mimeType: string; encoding: string }>();
    const transfers: Transfer[] = [];
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding');
      responses.set(requestId, { url: response.url, mimeType: response.mimeType, encoding: header ? String(header[1]) : 'identity' });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const response = responses.get(requestId);
      if (!response || response.url.startsWith('data:')) return;
      transfers.push({
        url: response.url,
        kind: kindOf(response.url, response.mimeType),
        encoding: response.encoding,
        bytes: encodedDataLength,
      });
    });
    await page.goto(`${portalUrl}/`, { waitUntil: 'networkidle', timeout: 120_000 });
    return transfers;
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`;
const sum = (transfers: Transfer[]) => transfers.reduce((total, transfer) => total + transfer.bytes, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A throw-away database on the given server, dropped at the end; else an embedded PostgreSQL. */
async function database(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const db = await startPostgres();
    return { url: db.url, drop: async () => {} };
  }
  const name = `bench_compression_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

async function main() {
  console.log('compression: building, starting PostgreSQL, five services with demo data, the gateway and the portal…');
  build([...SUBGRAPHS.map((subgraph) => subgraph.app), 'gateway', 'portal', ...remotes.map((remote) => remote.app)]);
  const base = Number(process.env.BENCH_PORT_BASE) || 0;
  const portOf = (index: number) => (base ? base + index : undefined);
  const db = await database();
  let portal: { close(): Promise<void>; port: number } | undefined;
  let browser: Browser | undefined;
  try {
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SEED_DEMO: 'true' };
    const urls: Record<string, string> = {};
    for (const subgraph of SUBGRAPHS) {
      runCommand(subgraph.app, 'migrate', env);
      runCommand(subgraph.app, 'seed', env);
    }
    for (const [index, subgraph] of SUBGRAPHS.entries()) {
      const app = await startApp(
        subgraph.app,
        { ...env, ...urls, MPP_URL: urls.MPP_URL ?? 'http://127.0.0.1:9/graphql' },
        { port: portOf(2 + index) },
      );
      urls[`${subgraph.name.toUpperCase()}_URL`] = app.url;
    }
    const gateway = await startApp('gateway', { ...env, ...urls }, { port: portOf(1) });
    portal = await startWebServer({
      port: portOf(0) ?? 0,
      gatewayUrl: gateway.url,
      skmUrl: urls.SKM_URL,
      internalSecret: INTERNAL_SECRET,
      remotes,
    });
    const portalUrl = `http://127.0.0.1:${portal.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    await firstLoad(browser, portalUrl); // warms the services' caches and the portal's plugin-origin lookup

    const runs: Record<'before' | 'gzip only' | 'after', Transfer[][]> = { before: [], 'gzip only': [], after: [] };
    for (let run = 0; run < RUNS; run++) {
      runs.before.push(await firstLoad(browser, portalUrl, 'identity'));
      runs['gzip only'].push(await firstLoad(browser, portalUrl, 'gzip'));
      runs.after.push(await firstLoad(browser, portalUrl));
    }
    const kinds = ['html', 'js', 'css', 'json', 'graphql', 'other'];
    console.log(`\nSigned-out home (/), first visit, empty cache: transferred (headers + body), median of ${RUNS} runs`);
    console.log(`| | requests | transferred | ${kinds.join(' | ')} |`);
    for (const label of ['before', 'gzip only', 'after'] as const) {
      const totals = runs[label].map(sum);
      const pick = runs[label][totals.indexOf(median(totals))];
      const byKind = kinds.map((kind) => kB(sum(pick.filter((transfer) => transfer.kind === kind))));
      console.log(`| ${label} | ${pick.length} | ${kB(median(totals))} | ${byKind.join(' | ')} |`);
    }
    const after = runs.after[runs.after.map(sum).indexOf(median(runs.after.map(sum)))];
    console.log('\nEach response of the "after" run, largest first:');
    for (const transfer of [...after].sort((a, b) => b.bytes - a.bytes)) {
      console.log(
        `  ${kB(transfer.bytes).padStart(10)}  ${transfer.encoding.padEnd(8)} ${transfer.kind.padEnd(7)} ${new URL(transfer.url).pathname}`,
      );
    }
  } finally {
    await browser?.close();
    await portal?.close().catch(() => {});
    await stopAll();
    await db.drop().catch(() => {});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
