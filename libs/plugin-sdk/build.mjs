// Usage: node libs/plugin-sdk/build.mjs <plugin>/rspack.config.mjs
// Builds a plugin with its rspack configuration (see rspack.mjs) and prints the SHA-256 of its
// remoteEntry.js, which is what you register in the portal.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rspack } from '@rspack/core';
import { entryDigest } from './entry-digest.mjs';
import { PLUGIN_ENTRY_FILE } from './rspack.mjs';

const configFile = process.argv[2];
if (!configFile) {
  console.error('Usage: build.mjs <plugin>/rspack.config.mjs');
  process.exit(2);
}
/** @type {unknown} */
const loaded = await import(pathToFileURL(path.resolve(configFile)).href);
const config = /** @type {{ default: import('@rspack/core').RspackOptions }} */ (loaded).default;

rspack(config, (error, stats) => {
  if (error || !stats || stats.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  const outDir = config.output?.path ?? '';
  const { sha256, integrity } = entryDigest(path.join(outDir, PLUGIN_ENTRY_FILE));
  console.log(`built ${path.relative(process.cwd(), outDir)} for ${String(config.output?.publicPath)}`);
  console.log(`  ${PLUGIN_ENTRY_FILE} sha256 ${sha256} (${integrity})`);
});
