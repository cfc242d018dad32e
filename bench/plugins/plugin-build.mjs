// What the plugins bench takes from outside bench/ (plain ESM, as bench/lib/stack.mjs does): the
// SDK's build helper, the example plugin's web server and the portal's web server.
//
// The build runs in a plain Node process (`node bench/plugins/plugin-build.mjs <name> <publicPath>
// <outputPath>`), as an agency runs the SDK's build, not under the bench's tsx: code the bundler
// serializes into the bundle as source text must not carry tsx's `__name(...)` helper calls, which
// do not exist in a browser.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';
import { pluginRemoteConfig } from '../../libs/plugin-sdk/rspack.mjs';
import { entryDigest } from '../../libs/plugin-sdk/entry-digest.mjs';
import { workspaceRoot } from '../lib/stack.mjs';

export { startPluginServer, portalOrigins } from '../../tools/start/plugin-server.mjs';
export { startWebServer } from '../../tools/start/web-server.mjs';
export { remotes } from '../../tools/start/apps.mjs';

/**
 * The example plugin (examples/samsat-tax-plugin) built with the SDK's pluginRemoteConfig as a
 * plugin of its own container name, for the origin it is served from. Returns its entry's SHA-256.
 * @param {string} name
 * @param {string} publicPath
 * @param {string} outputPath
 * @returns {Promise<string>}
 */
async function build(name, publicPath, outputPath) {
  const config = pluginRemoteConfig({
    name,
    context: path.join(workspaceRoot, 'examples/samsat-tax-plugin'),
    exposes: { './Plugin': './src/plugin.tsx' },
    publicPath,
    outputPath,
  });
  await new Promise(
    /** @param {(value?: void) => void} resolve @param {(error: Error) => void} reject */ (resolve, reject) =>
      rspack(config, (error, stats) => {
        if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
        else resolve();
      }),
  );
  return entryDigest(path.join(outputPath, 'remoteEntry.js')).sha256;
}

/**
 * @param {string} name
 * @param {string} publicPath
 * @param {string} outputPath
 * @returns {string} the entry's SHA-256 (hex)
 */
export function buildExamplePlugin(name, publicPath, outputPath) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name, publicPath, outputPath], {
    cwd: workspaceRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`building ${name} failed: ${result.stderr || result.stdout}`);
  return result.stdout.trim().split('\n').pop() ?? '';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, publicPath, outputPath] = process.argv.slice(2);
  build(name, publicPath, outputPath).then(
    (sha256) => console.log(sha256),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
