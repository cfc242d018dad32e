#!/usr/bin/env node
// `npm run probe`: the full probe (every root field × every demo role, 2,000+ fuzzed operations) on
// a stack of its own, booted by the e2e project's harness (built bundles, real PostgreSQL), as the
// e2e spec apps/e2e/src/probe.spec.ts with PROBE_MODE=full. Build first (`npm run build`).
// PROBE_SEED replays a fuzz run; PROBE_OPERATIONS asks for more operations.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seed = process.env.PROBE_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`Probe seed ${seed}\n`);
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/jest/bin/jest.js'), '-c', 'apps/e2e/jest.config.cjs', '--runTestsByPath', 'apps/e2e/src/probe.spec.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PROBE_MODE: 'full', PROBE_SEED: seed } },
);
process.exit(result.status ?? 1);
