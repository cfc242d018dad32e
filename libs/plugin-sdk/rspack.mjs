// The rspack configuration of an agency plugin: the same compiler settings and the same Module
// Federation `shared` map as the portal and its first-party remotes (tools/build/rspack-web.mjs), so
// React, the router, Mantine (the components Simpul uses) and @simpul/web-kit come from the portal's
// page instead of the plugin's bundle, and @simpul/scoring and @simpul/reporting from the first plugin
// that loaded them.
//
//   // examples/samsat-tax-plugin/rspack.config.mjs
//   import { pluginRemoteConfig } from '../../libs/plugin-sdk/rspack.mjs';
//   export default pluginRemoteConfig({ name: 'samsat_tax_plugin', context: import.meta.dirname,
//     exposes: { './Plugin': './src/plugin.tsx' }, publicPath: 'https://pajak.example.go.id/',
//     outputPath: 'dist/examples/samsat-tax-plugin' });
import path from 'node:path';
import { rspack } from '@rspack/core';
import { hostSharedMap, remoteFederationOptions, webAppConfig, workspaceLibShare } from '../../tools/build/rspack-web.mjs';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

/** The file the portal loads (with its SHA-256 as subresource integrity); every other file is content-hashed. */
export const PLUGIN_ENTRY_FILE = 'remoteEntry.js';

/**
 * The global variable a plugin's remoteEntry.js assigns its container to, derived from the entry URL
 * (host with port, and path). The same rule as `pluginContainerName` in src/plugin-remote.ts, which the
 * portal uses; src/plugin-remote.spec.ts holds the two together.
 * @param {string} entryUrl
 */
export function pluginContainerName(entryUrl) {
  const url = new URL(entryUrl);
  return `simpul_plugin_${`${url.host}${url.pathname}`.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * @typedef {object} PluginRemoteOptions
 * @property {string} name The container's name, an identifier unique to your plugin (e.g. `samsat_tax_plugin`).
 * @property {string} context The plugin's folder (absolute); `exposes` paths are relative to it.
 * @property {Record<string, string>} exposes What the portal may load, e.g. `{ './Plugin': './src/plugin.tsx' }`;
 *   the module's default export is `definePlugin(...)`'s result.
 * @property {string} publicPath The absolute URL of the folder the plugin is served from, ending in `/`
 *   (e.g. `https://pajak.example.go.id/simpul/`): the portal loads remoteEntry.js from another origin, so
 *   every chunk is fetched from here, and the entry URL you register is `<publicPath>remoteEntry.js`.
 * @property {string} outputPath Where the files go (absolute, or relative to the workspace root).
 */

/**
 * The portal's shared map (with its part of @simpul/ui), plus the rules plugins share among themselves:
 * the portal bundles its own tree-shaken copy of these, so two plugins on one page load one copy of
 * scoring (the first plugin's) instead of one each.
 */
export function pluginFederationOptions() {
  const options = remoteFederationOptions();
  return {
    ...options,
    shared: {
      // The portal always provides these (a plugin runs only in it): no fallback copy in the plugin.
      ...Object.fromEntries(Object.entries(hostSharedMap()).map(([request, share]) => [request, { ...share, import: false }])),
      '@simpul/scoring': workspaceLibShare(),
      // The IPP part alone (libs/scoring/src/ipp-entry.ts): a plugin that only simulates an IPP loads
      // this (~half of the library) instead of every rule in it.
      '@simpul/scoring/ipp': workspaceLibShare(),
      '@simpul/reporting': workspaceLibShare(),
    },
  };
}

/**
 * @param {PluginRemoteOptions} options
 * @returns {import('@rspack/core').RspackOptions}
 */
export function pluginRemoteConfig({ name, context, exposes, publicPath, outputPath }) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`pluginRemoteConfig: name "${name}" must be an identifier (letters, digits and _), e.g. samsat_tax_plugin.`);
  }
  if (!/^https?:\/\/[^/]+\/(.*\/)?$/.test(publicPath)) {
    throw new Error(`pluginRemoteConfig: publicPath "${publicPath}" must be an absolute http(s) URL ending in "/".`);
  }
  if (Object.keys(exposes).length === 0) throw new Error('pluginRemoteConfig: exposes must name at least one module.');
  const globalName = pluginContainerName(new URL(PLUGIN_ENTRY_FILE, publicPath).href);
  const base = webAppConfig({ projectRoot: path.relative(workspaceRoot, context), name, kind: 'remote', exposes });
  return {
    ...base,
    output: {
      ...base.output,
      path: path.resolve(workspaceRoot, outputPath),
      // Explicit, not 'auto': chunks resolve against the plugin's own origin whatever page loaded the entry.
      publicPath,
      // Also names the chunk-loading global, so two plugins on one page never share it.
      uniqueName: globalName,
      // With SubresourceIntegrityPlugin: remoteEntry.js carries the SHA-256 of every chunk and loads them
      // with integrity, so the hash registered for the entry covers the whole plugin, not only its first file.
      crossOriginLoading: 'anonymous',
    },
    plugins: [
      new rspack.SubresourceIntegrityPlugin({ hashFuncNames: ['sha256'] }),
      // rspack's classic container (webpack 5's), as the portal's own remotes: the portal loads the
      // entry with a script tag, takes the container from its global and shares its modules with it.
      new rspack.container.ModuleFederationPluginV1({
        name,
        filename: PLUGIN_ENTRY_FILE,
        exposes,
        // A classic script assigning the container to a global the portal can name from the entry URL alone.
        library: { type: 'var', name: globalName },
        // The same shared map as the portal's own remotes, and scoring shared between plugins.
        ...pluginFederationOptions(),
      }),
    ],
  };
}
