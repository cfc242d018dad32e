// Usage: node apps/e2e/src/harness/build-example-plugin.mjs <publicPath> <outputDir>
// Builds examples/samsat-tax-plugin with its own rspack configuration (the SDK's pluginRemoteConfig)
// for the origin the e2e stack serves it from, into a folder of the run's own, so the build
// `npm start` made in dist/examples is left as it is. Prints the entry's digest as JSON.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rspack } from '@rspack/core';
import { entryDigest } from '../../../../libs/plugin-sdk/entry-digest.mjs';
import { PLUGIN_ENTRY_FILE } from '../../../../libs/plugin-sdk/rspack.mjs';

const [publicPath, outputDir] = process.argv.slice(2);
if (!publicPath || !outputDir) {
  console.error('Usage: build-example-plugin.mjs <publicPath> <outputDir>');
  process.exit(2);
}
const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');
// The example reads its public URL from PLUGIN_PUBLIC_URL when its configuration is loaded.
process.env.PLUGIN_PUBLIC_URL = publicPath;
const configFile = path.join(workspaceRoot, 'examples/samsat-tax-plugin/rspack.config.mjs');
/** @type {unknown} */
const imported = await import(pathToFileURL(configFile).href);
const loaded = /** @type {{ default: import('@rspack/core').RspackOptions }} */ (imported);
const config = { ...loaded.default, output: { ...loaded.default.output, path: path.resolve(outputDir) } };

rspack(config, (error, stats) => {
  if (error || !stats || stats.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  console.log(JSON.stringify(entryDigest(path.join(path.resolve(outputDir), PLUGIN_ENTRY_FILE))));
});
