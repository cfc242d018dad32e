// Usage: node tools/build/build-web.mjs apps/portal
//        node tools/build/build-web.mjs --compress dist/apps/skm-web/form   (the .br/.gz step alone, for
//        a folder another build wrote)
// Reads the app's federation settings from <projectRoot>/federation.json:
//   { "name": "registry", "kind": "remote", "exposes": { "./App": "./src/app.tsx" } }
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rspack } from '@rspack/core';
import { webAppConfig, webWorkerConfig } from './rspack-web.mjs';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

/**
 * @param {import('@rspack/core').RspackOptions} config
 * @returns {Promise<import('@rspack/core').Stats>}
 */
function run(config) {
  return new Promise((resolve) => {
    rspack(config, (error, stats) => {
      if (error || !stats || stats.hasErrors()) {
        console.error(error ?? stats?.toString('errors-only'));
        process.exit(1);
      }
      resolve(stats);
    });
  });
}

// What the portal's web server sends precompressed (tools/start/precompressed.mjs): text, not images or fonts.
const COMPRESSIBLE = /\.(html|js|mjs|css|json|map|svg|txt)$/;
// Below this a response fits one packet either way; a .br beside it would only be read for nothing.
const MIN_BYTES = 1024;

/**
 * Writes <file>.br (brotli, quality 11) and <file>.gz (gzip 9) beside every text file of the
 * build, once, so the web server never compresses a hashed asset per request; a variant that
 * would not be smaller is not written. Returns the bytes as built, and as brotli and gzip send them.
 * @param {string} dir
 */
function compressOutput(dir) {
  const total = { raw: 0, br: 0, gz: 0 };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = fs.readFileSync(file);
    const br = zlib.brotliCompressSync(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gz = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
    const worth = content.length >= MIN_BYTES;
    if (worth && br.length < content.length) fs.writeFileSync(`${file}.br`, br);
    if (worth && gz.length < content.length) fs.writeFileSync(`${file}.gz`, gz);
    if (/\.(js|css)$/.test(entry.name)) {
      total.raw += content.length;
      total.br += Math.min(br.length, content.length);
      total.gz += Math.min(gz.length, content.length);
    }
  }
  return total;
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[2] === '--compress' && process.argv[3]) {
  const { raw, br, gz } = compressOutput(path.resolve(process.argv[3]));
  console.log(`compressed ${process.argv[3]} (JS+CSS ${kb(raw)}, ${kb(gz)} gzipped, ${kb(br)} brotli)`);
  process.exit(0);
}
const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('Usage: build-web.mjs <projectRoot> | --compress <folder>');
  process.exit(2);
}
/** @type {unknown} */
const federationJson = JSON.parse(fs.readFileSync(path.join(workspaceRoot, projectRoot, 'federation.json'), 'utf8'));
const federation =
  /** @type {{ name: string, kind: 'host' | 'remote', exposes?: Record<string, string>, title?: string, workers?: Record<string, string> }} */ (
    federationJson
  );

const stats = await run(webAppConfig({ projectRoot, ...federation }));
// Service workers (e.g. the SKM kiosk's) after the app: the app's build cleans the folder first.
if (federation.workers) await run(webWorkerConfig({ projectRoot, workers: federation.workers }));
const { raw, br, gz } = compressOutput(path.join(workspaceRoot, 'dist', projectRoot));
console.log(
  `built ${projectRoot} in ${(stats.endTime ?? 0) - (stats.startTime ?? 0)} ms (JS+CSS ${kb(raw)}, ${kb(gz)} gzipped, ${kb(br)} brotli)`,
);
