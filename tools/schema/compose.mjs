// `npm run schema`: builds every subgraph listed in subgraphs.mjs, writes its SDL to
// apps/<app>/schema.graphql, composes them and writes apps/gateway/supergraph.graphql.
//   --no-build  reuse dist/ as it is
//   --check     change nothing: compose the committed SDL files and compare with the committed
//               supergraph (exit 0 up to date, 1 out of date or not composable, 3 an SDL file missing)
// Apollo's composer writes the supergraph; The Guild's must accept the same subgraphs (guild-composition.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from './subgraphs.mjs';
import { composeSupergraph, subgraphSchemaPath } from './supergraph.mjs';
import { composeWithGuild } from './guild-composition.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';
const check = process.argv.includes('--check');
const build = !check && !process.argv.includes('--no-build');

/**
 * @param {string} message
 * @param {number} [code]
 * @returns {never}
 */
function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

/** @param {string} file */
function readIfExists(file) {
  const full = path.join(root, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

/** @param {import('./subgraphs.mjs').Subgraph} entry */
function printSchema(entry) {
  if (build) {
    const built = spawnSync(process.execPath, ['tools/build/build-node.mjs', `apps/${entry.app}`], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) fail(`Building apps/${entry.app} failed; fix the errors above and run \`npm run schema\` again.`);
  }
  const printed = spawnSync(process.execPath, [`dist/apps/${entry.app}/main.js`, 'print-schema'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (printed.error || printed.status !== 0) {
    fail(
      `\`node dist/apps/${entry.app}/main.js print-schema\` failed (${printed.error?.message ?? `exit ${printed.status}`}):\n${printed.stderr ?? ''}`,
    );
  }
  const sdl = `${printed.stdout.trim()}\n`;
  writeFileSync(path.join(root, subgraphSchemaPath(entry)), sdl);
  console.log(`wrote ${subgraphSchemaPath(entry)}`);
  return sdl;
}

/** @type {import('./supergraph.mjs').SubgraphSdl[]} */
const subgraphs = [];
/** @type {string[]} */
const missing = [];
for (const entry of SUBGRAPHS) {
  const sdl = check ? readIfExists(subgraphSchemaPath(entry)) : printSchema(entry);
  if (sdl === undefined) missing.push(subgraphSchemaPath(entry));
  else subgraphs.push({ name: entry.name, url: entry.url, sdl, source: subgraphSchemaPath(entry) });
}
if (missing.length > 0) fail(`Missing subgraph SDL: ${missing.join(', ')}; run \`npm run schema\`.`, 3);

const outcome = composeSupergraph(subgraphs);
if (outcome.errors) fail(`Composition failed with ${outcome.errors.length} error(s):\n\n${outcome.errors.join('\n\n')}`);
const guild = composeWithGuild(subgraphs);
if (guild.errors.length > 0) {
  fail(
    `Apollo's composer accepts the subgraphs, The Guild's (Hive Gateway) refuses them with ${guild.errors.length} error(s):\n\n${guild.errors.join('\n\n')}`,
  );
}

const previous = readIfExists(SUPERGRAPH_FILE);
if (check) {
  if (previous === undefined) fail(`${SUPERGRAPH_FILE} is missing: run \`npm run schema\`.`);
  if (previous !== outcome.supergraphSdl) {
    fail(
      `${SUPERGRAPH_FILE} does not match the committed subgraph SDL files (${subgraphs.map((s) => s.source).join(', ')}): run \`npm run schema\`.`,
    );
  }
  console.log(`${SUPERGRAPH_FILE} is up to date.`);
} else {
  for (const hint of outcome.hints) console.log(`hint: ${hint}`);
  writeFileSync(path.join(root, SUPERGRAPH_FILE), outcome.supergraphSdl);
  console.log(`wrote ${SUPERGRAPH_FILE} (${previous === outcome.supergraphSdl ? 'unchanged' : 'changed'})`);
}
