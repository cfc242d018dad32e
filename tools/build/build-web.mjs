// Usage: node tools/build/build-web.mjs apps/portal
// Reads the app's federation settings from <projectRoot>/federation.json:
//   { "name": "registry", "kind": "remote", "exposes": { "./App": "./src/app.tsx" } }
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rspack } from '@rspack/core';
import { webAppConfig, webWorkerConfig } from './rspack-web.mjs';

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('Usage: build-web.mjs <projectRoot>');
  process.exit(2);
}
const workspaceRoot = path.resolve(import.meta.dirname, '../..');
/** @type {unknown} */
const federationJson = JSON.parse(fs.readFileSync(path.join(workspaceRoot, projectRoot, 'federation.json'), 'utf8'));
const federation =
  /** @type {{ name: string, kind: 'host' | 'remote', exposes?: Record<string, string>, title?: string, workers?: Record<string, string> }} */ (
    federationJson
  );

rspack(webAppConfig({ projectRoot, ...federation }), (error, stats) => {
  if (error || !stats || stats.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  // Service workers (e.g. the SKM kiosk's) after the app: the app's build cleans the folder first.
  if (federation.workers) {
    rspack(webWorkerConfig({ projectRoot, workers: federation.workers }), (workerError, workerStats) => {
      if (workerError || !workerStats || workerStats.hasErrors()) {
        console.error(workerError ?? workerStats?.toString('errors-only'));
        process.exit(1);
      }
    });
  }
  const outDir = path.join(workspaceRoot, 'dist', projectRoot);
  let raw = 0;
  let gzipped = 0;
  for (const file of fs.readdirSync(outDir)) {
    if (!/\.(js|css)$/.test(file)) continue;
    const content = fs.readFileSync(path.join(outDir, file));
    raw += content.length;
    gzipped += zlib.gzipSync(content).length;
  }
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`built ${projectRoot} in ${(stats.endTime ?? 0) - (stats.startTime ?? 0)} ms (JS+CSS ${kb(raw)}, ${kb(gzipped)} gzipped)`);
});
