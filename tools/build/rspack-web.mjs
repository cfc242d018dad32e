// One rspack configuration for every React app (the portal host and each remote): swc compiles TSX,
// workspace libraries resolve through tsconfig paths, CSS is handled natively, and every app uses the
// same Module Federation `shared` map so React, the router, Mantine, the session, the GraphQL client,
// i18n, the design system and the scoring and reporting rules exist once in the page, whichever
// remote (or agency plugin, libs/plugin-sdk) loaded first.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { workspaceAliases } from './rspack-node.mjs';

const require = createRequire(import.meta.url);
const workspaceRoot = path.resolve(import.meta.dirname, '../..');
/** @type {unknown} */
const packageJson = require(path.join(workspaceRoot, 'package.json'));
const rootPackage = /** @type {{ version: string, dependencies: Record<string, string>, devDependencies: Record<string, string> }} */ (
  packageJson
);

const BROWSERS = ['chrome >= 111', 'edge >= 111', 'firefox >= 113', 'safari >= 16.4'];

/** The workspace libraries are versioned with the workspace: a remote built from the same commit matches. */
const WORKSPACE_LIB_VERSION = rootPackage.version;

/** @param {string} name */
function installed(name) {
  const version = rootPackage.dependencies[name] ?? rootPackage.devDependencies[name];
  if (!version) throw new Error(`${name} is not a dependency of the workspace`);
  return version;
}

/** The one shared map, reused by host and remotes. */
export function sharedMap() {
  const react = { singleton: true, requiredVersion: '^19.0.0' };
  const pinned = (/** @type {string} */ name) => ({ singleton: true, requiredVersion: `^${installed(name)}`, version: installed(name) });
  const workspaceLib = { singleton: true, version: WORKSPACE_LIB_VERSION, requiredVersion: `^${WORKSPACE_LIB_VERSION}` };
  return {
    react: { ...react, version: installed('react') },
    'react/jsx-runtime': { ...react, version: installed('react') },
    'react-dom': { ...react, version: installed('react-dom') },
    'react-dom/client': { ...react, version: installed('react-dom') },
    'react-router': pinned('react-router'),
    '@mantine/core': pinned('@mantine/core'),
    '@mantine/hooks': pinned('@mantine/hooks'),
    '@simpul/web-kit': workspaceLib,
    '@simpul/ui': workspaceLib,
    // Isomorphic, framework-free: one copy of the scoring rules and rankings for the portal, the
    // remotes and agency plugins (issue #15), so a plugin's "what if" computes what the portal shows.
    '@simpul/scoring': workspaceLib,
    // The IPP part alone (libs/scoring/src/ipp-entry.ts), a singleton of its own: a plugin that only
    // simulates an IPP loads this (~half of the library) instead of every rule in it.
    '@simpul/scoring/ipp': workspaceLib,
    '@simpul/reporting': workspaceLib,
  };
}

/**
 * Module Federation options every remote (first-party or agency plugin) shares besides its name and
 * exposes. The portal provides the federation runtime (`provideExternalRuntime`), so a remote reads
 * it from the page (`externalRuntime`); a remote declares no remotes of its own, so the remote-loading
 * half of the bundler runtime is left out (`disableRemote`). `loaded-first`: a shared module that
 * another container is already loading is never replaced by this one's copy of the same version —
 * with the default (version-first) two plugins loading side by side each downloaded its own fallback.
 */
export function remoteFederationOptions() {
  return {
    shared: sharedMap(),
    shareStrategy: /** @type {const} */ ('loaded-first'),
    experiments: { externalRuntime: true, optimization: { disableRemote: true } },
    dts: false,
    manifest: false,
  };
}

/** @param {string} request */
const esmBuild = (request) => fileURLToPath(import.meta.resolve(request));

/**
 * rspack's federation plugin imports @module-federation/webpack-bundler-runtime and
 * @module-federation/runtime by their CommonJS builds, which pull in all of @module-federation/sdk
 * (21 kB) and cannot be tree-shaken. Their ES module builds (same version, same code) let the
 * unused parts of the sdk drop out of each remoteEntry.js (a plugin's: 16.7 → 9.0 kB gzipped, 8.1 kB
 * without the remote-loading half).
 * Only for remotes: the host provides @module-federation/runtime-core to the page as a whole, and
 * its CommonJS copy is the one its runtime uses.
 */
export function federationRuntimeAsEsm() {
  const builds = {
    'webpack-bundler-runtime': esmBuild('@module-federation/webpack-bundler-runtime'),
    runtime: esmBuild('@module-federation/runtime'),
  };
  const packageOf = /@module-federation[\\/](webpack-bundler-runtime|runtime)(?=$|[\\/])/;
  return new rspack.NormalModuleReplacementPlugin(
    /^@module-federation[\\/]runtime$|[\\/]node_modules[\\/]@module-federation[\\/](webpack-bundler-runtime|runtime)[\\/]dist[\\/]index\.cjs$/,
    (resource) => {
      const match = packageOf.exec(resource.request);
      if (match) resource.request = builds[/** @type {keyof typeof builds} */ (match[1])];
    },
  );
}

/**
 * @param {{ projectRoot: string, name: string, kind: 'host' | 'remote', exposes?: Record<string, string>, title?: string }} options
 * @returns {import('@rspack/core').RspackOptions}
 */
export function webAppConfig({ projectRoot, name, kind, exposes = {}, title = 'Simpul' }) {
  const appRoot = path.join(workspaceRoot, projectRoot);
  const production = process.env.NODE_ENV !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2022'],
    context: appRoot,
    // The host's entry only opens an async boundary (main.ts imports bootstrap) so shared modules
    // are negotiated before React starts; a remote needs no entry of its own besides remoteEntry.js.
    entry: kind === 'host' ? { main: './src/main.ts' } : {},
    output: {
      path: path.join(workspaceRoot, 'dist', projectRoot),
      publicPath: 'auto',
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[name].[contenthash:10].js',
      cssFilename: '[name].[contenthash:10].css',
      cssChunkFilename: '[name].[contenthash:10].css',
      uniqueName: name,
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
      alias: workspaceAliases(),
    },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: !production } },
              target: 'es2022',
            },
          },
        },
        { test: /\.css$/, type: 'css/auto' },
        // Declarations only (no module runs code on import), so what a bundle does not use drops out:
        // a plugin using one check of @simpul/contracts no longer carries its other tables. Not for
        // libs with CSS or message-registering imports (ui, web-kit).
        { test: /[\\/]libs[\\/](contracts|plugin-sdk)[\\/]src[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      new ModuleFederationPlugin(
        kind === 'host'
          ? {
              name,
              // The host declares no remotes: apps/portal/src/mf.ts registers them from the manifest.
              remotes: {},
              shared: sharedMap(),
              // One federation runtime on the page: the host provides it and every remote (and agency
              // plugin) uses that one instead of bundling its own copy into its remoteEntry.js.
              experiments: { provideExternalRuntime: true },
              dts: false,
              manifest: false,
            }
          : { name, filename: 'remoteEntry.js', exposes, remotes: {}, ...remoteFederationOptions() },
      ),
      ...(kind === 'remote' ? [federationRuntimeAsEsm()] : []),
      ...(kind === 'host'
        ? [new rspack.HtmlRspackPlugin({ template: path.join(appRoot, 'src/index.html'), title, inject: 'body', publicPath: '/' })]
        : []),
    ],
    optimization: {
      minimizer: [
        new rspack.SwcJsMinimizerRspackPlugin(),
        // Without targets lightningcss rewrites Mantine's :dir() rules for very old browsers,
        // doubling the stylesheet; these are the browsers Mantine 9 itself supports.
        new rspack.LightningCssMinimizerRspackPlugin({ minimizerOptions: { targets: BROWSERS } }),
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/**
 * A service worker of a web app (federation.json `workers`: { "<file>.js": "./src/….ts" }), bundled
 * on its own into one classic script under a fixed name: a worker is registered by URL, so its
 * name cannot carry a content hash, and it must not pull in the Module Federation runtime.
 * @param {{ projectRoot: string, workers: Record<string, string> }} options
 * @returns {import('@rspack/core').RspackOptions}
 */
export function webWorkerConfig({ projectRoot, workers }) {
  const appRoot = path.join(workspaceRoot, projectRoot);
  const production = process.env.NODE_ENV !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['webworker', 'es2022'],
    context: appRoot,
    entry: Object.fromEntries(Object.entries(workers).map(([file, source]) => [file.replace(/\.js$/, ''), source])),
    output: { path: path.join(workspaceRoot, 'dist', projectRoot), filename: '[name].js', clean: false, iife: true },
    devtool: false,
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
        },
      ],
    },
    optimization: { minimizer: [new rspack.SwcJsMinimizerRspackPlugin()] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}
