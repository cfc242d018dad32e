// `npm test` after the format check: every project's lint, typecheck and test, as one nx run-many would,
// but ordered so the end-to-end suite (the longest task by far: ~13 of ~22 minutes) starts as soon as
// what it needs is built, with everything else beside it. A single run-many ran the end-to-end suite
// last, alone, with one of its two slots idle for about eight minutes.
//   1. the builds the end-to-end suite depends on (apps/e2e/project.json), two at a time;
//   2. side by side: the end-to-end suite, and every other task one at a time (then e2e's own lint
//      and typecheck). Both run to the end, so one run shows every failure; it fails if either did.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const nx = path.join(root, 'node_modules/.bin/nx');
const STYLE = '--outputStyle=stream-without-prefixes';

/** @returns {string[]} the projects whose build the end-to-end suite's test target depends on. */
function e2eBuildProjects() {
  /** @type {unknown} */
  const parsed = JSON.parse(fs.readFileSync(path.join(root, 'apps/e2e/project.json'), 'utf8'));
  const project = /** @type {{ targets: { test: { dependsOn: { projects: string[], target: string }[] } } }} */ (parsed);
  return project.targets.test.dependsOn.filter((dependency) => dependency.target === 'build').flatMap((dependency) => dependency.projects);
}

/** Runs nx in the foreground; true when it passed. */
function runNx(/** @type {string[]} */ args) {
  return spawnSync(nx, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

/**
 * Runs a sequence of nx commands in the background, each line of its output prefixed with `label`
 * (two streams share the terminal); resolves with whether all of them passed and how long they took.
 * @param {string} label
 * @param {string[][]} commands
 * @returns {Promise<{ label: string, passed: boolean, seconds: number }>}
 */
async function runLabelled(label, commands) {
  const started = Date.now();
  let passed = true;
  for (const args of commands) {
    const exitCode = await /** @type {Promise<number | null>} */ (
      new Promise((resolve) => {
        const child = spawn(nx, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        for (const [stream, target] of /** @type {const} */ ([
          [child.stdout, process.stdout],
          [child.stderr, process.stderr],
        ])) {
          let rest = '';
          stream.setEncoding('utf8');
          stream.on('data', (/** @type {string} */ chunk) => {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            for (const line of lines) target.write(`${label} ${line}\n`);
          });
          stream.on('end', () => rest && target.write(`${label} ${rest}\n`));
        }
        child.on('close', (code) => resolve(code));
      })
    );
    if (exitCode !== 0) passed = false;
  }
  return { label, passed, seconds: Math.round((Date.now() - started) / 1000) };
}

const builds = e2eBuildProjects();
if (!runNx(['run-many', '-t', 'build', '-p', builds.join(','), '--parallel=2', STYLE])) {
  console.error('npm test: the builds the end-to-end suite needs failed; nothing was tested.');
  process.exit(1);
}
const results = await Promise.all([
  runLabelled('[e2e]', [['run', 'e2e:test', STYLE]]),
  runLabelled('[all]', [
    ['run-many', '-t', 'lint', 'typecheck', 'test', '--exclude=e2e', '--parallel=1', STYLE],
    ['run-many', '-t', 'lint', 'typecheck', '-p', 'e2e', '--parallel=1', STYLE],
  ]),
]);
console.log('');
for (const { label, passed, seconds } of results) console.log(`npm test ${label} ${passed ? 'passed' : 'FAILED'} in ${seconds} s`);
process.exit(results.every((result) => result.passed) ? 0 : 1);
