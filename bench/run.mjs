// `npm run bench [-- <scenario>...]`: runs every benchmark scenario, or the ones named.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** @type {Record<string, string | string[]>} */
const scenarios = {
  scoring: 'bench/scoring/scoring.bench.ts',
  registry: 'bench/registry/units.bench.ts',
  evaluation: 'bench/evaluation/evaluation.bench.ts',
  kipp: 'bench/kipp/catalogue.bench.ts',
  skm: 'bench/skm/skm.bench.ts',
  gateway: ['bench/gateway/overhead.bench.ts', 'bench/gateway/units-page.bench.ts'],
  tasks: 'bench/tasks/tasks.bench.ts',
  plugins: 'bench/plugins/plugins.bench.ts',
  search: 'bench/search/search.bench.ts',
  'open-data': 'bench/open-data/open-data.bench.ts',
  web: 'bench/web/web.bench.ts',
  scale: 'bench/scale/scale.bench.ts',
  start: 'bench/start/start.bench.ts',
};
const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!scenarios[name]) {
    console.error(`Unknown scenario "${name}". Known: ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
}
let failed = false;
for (const [name, files] of Object.entries(scenarios)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  for (const file of [files].flat()) {
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.base.json', file], {
      cwd: root,
      stdio: 'inherit',
    });
    if (run.status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
