// A small closed-loop load generator: `concurrency` clients each send the next request as soon as
// the previous one answers, for `durationMs`. Exact percentiles from every latency recorded.
import http from 'node:http';

/** @typedef {{ requests: number, errors: number, rps: number, p50: number, p95: number, p99: number }} LoadResult */

/**
 * @param {{ url: string, body: string, headers?: Record<string,string>, concurrency: number, durationMs: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function runLoad({ url, body, headers = {}, concurrency, durationMs }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + durationMs;

  const once = () =>
    new Promise(
      /** @param {(value?: void) => void} resolve */ (resolve) => {
        const started = process.hrtime.bigint();
        const request = http.request(
          {
            agent,
            hostname: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
          },
          (response) => {
            /** @type {Buffer[]} */
            const chunks = [];
            response.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if (response.statusCode !== 200 || text.includes('"errors"')) errors += 1;
              latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
              resolve();
            });
          },
        );
        request.on('error', () => {
          errors += 1;
          resolve();
        });
        request.end(body);
      },
    );

  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) await once();
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (/** @type {number} */ p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(50), p95: at(95), p99: at(99) };
}

/**
 * @param {(string | number)[]} cells
 * @param {number[]} widths
 */
export function formatRow(cells, widths) {
  return cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
}

/**
 * `clients` people, each sending a request, waiting for the answer, then pausing a random time
 * (exponential, mean `meanPauseMs`) before the next, for `durationMs`. Unlike `runLoad` (no pause:
 * saturation) this is many concurrent clients at a human pace, arriving at random rather than in
 * bursts. Exact percentiles from every latency recorded.
 * @param {{ url: string, body: string, headers?: Record<string,string>, clients: number, meanPauseMs: number, durationMs: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function runPacedLoad({ url, body, headers = {}, clients, meanPauseMs, durationMs }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + durationMs;
  const pause = () => new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * meanPauseMs));

  const once = () =>
    new Promise(
      /** @param {(value?: void) => void} resolve */ (resolve) => {
        const started = process.hrtime.bigint();
        const request = http.request(
          {
            agent,
            hostname: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
          },
          (response) => {
            response.resume();
            response.on('end', () => {
              const status = response.statusCode ?? 0;
              if (status < 200 || status >= 300) errors += 1;
              latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
              resolve();
            });
          },
        );
        request.on('error', () => {
          errors += 1;
          resolve();
        });
        request.end(body);
      },
    );

  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      await pause();
      while (Date.now() < deadline) {
        await once();
        await pause();
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (/** @type {number} */ p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(50), p95: at(95), p99: at(99) };
}
