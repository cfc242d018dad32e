// One rspack configuration for every React app (the portal host and each remote): swc compiles TSX,
// workspace libraries resolve through tsconfig paths, CSS is handled natively, and every app uses the
// same Module Federation `shared` map. Shared is only what must be one instance in the page (React,
// the router, Mantine's theme context, the session and GraphQL client of @simpul/web-kit); everything
// else (@simpul/ui, scoring, reporting, @mantine/hooks) is bundled by each app and tree-shaken to what
// it uses, because a shared module is always loaded whole (issue #17).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';
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

/** A shared module that is not a package but a file listing what the page needs of one (./shared/). */
const sharedFacade = (/** @type {string} */ file) => path.join(import.meta.dirname, 'shared', file);

/**
 * The one shared map, reused by host and remotes: only what must be one instance in the page.
 * - react, react-dom: hooks and contexts need one React.
 * - react-router: the portal's router and the remotes' nested <Routes> read the same contexts.
 *   Shared as ./shared/react-router.mjs, the names Simpul uses, from its production build (all of it is 60 kB gzipped).
 * - @mantine/core: a component reads the theme from the MantineProvider of its own copy, so one copy;
 *   shared as ./shared/mantine-core.mjs, the components Simpul uses (all of Mantine is 170 kB gzipped),
 *   and ./shared/mantine-more.mjs (`@simpul/ui/mantine-more`) and mantine-inputs.mjs (`@simpul/ui/mantine-inputs`),
 *   those only some remote pages use.
 * - @simpul/web-kit: the session, the GraphQL client, the i18n catalogue and the plugin host are
 *   module state every remote must see.
 * Not shared between first-party apps (each bundles what it uses): @simpul/ui (components without
 * state), @mantine/hooks, @simpul/scoring, @simpul/reporting. The portal adds a part of @simpul/ui for
 * agency plugins (hostSharedMap), and plugins share scoring among themselves (libs/plugin-sdk/rspack.mjs).
 */
export function sharedMap() {
  const react = { singleton: true, requiredVersion: '^19.0.0' };
  const pinned = (/** @type {string} */ name) => ({ singleton: true, requiredVersion: `^${installed(name)}`, version: installed(name) });
  return {
    react: { ...react, version: installed('react') },
    'react/jsx-runtime': { ...react, version: installed('react') },
    'react-dom': { ...react, version: installed('react-dom') },
    'react-dom/client': { ...react, version: installed('react-dom') },
    'react-router': { ...pinned('react-router'), import: sharedFacade('react-router.mjs') },
    '@mantine/core': { ...pinned('@mantine/core'), import: sharedFacade('mantine-core.mjs') },
    // The components only some remote pages use, apart so the first screen does not load them.
    '@simpul/ui/mantine-more': { ...pinned('@mantine/core'), import: sharedFacade('mantine-more.mjs') },
    // The inputs only some forms and settings use (radios, toggles, the password field…): apart too.
    '@simpul/ui/mantine-inputs': { ...pinned('@mantine/core'), import: sharedFacade('mantine-inputs.mjs') },
    '@simpul/web-kit': workspaceLibShare(),
  };
}

/** A workspace library as a shared singleton, matched by the workspace's version. */
export function workspaceLibShare() {
  return { singleton: true, version: WORKSPACE_LIB_VERSION, requiredVersion: `^${WORKSPACE_LIB_VERSION}` };
}

/**
 * What the portal shares besides the map above: @simpul/ui as ./shared/simpul-ui.mjs, the components
 * the portal shows anyway and those the plugin SDK offers, so an agency plugin's GradeBadge or
 * ErrorPanel costs it nothing (issue #15's budget). First-party remotes bundle their own.
 */
export function hostSharedMap() {
  return { ...sharedMap(), '@simpul/ui': { ...workspaceLibShare(), import: sharedFacade('simpul-ui.mjs') } };
}

/**
 * Module Federation options every remote (first-party or agency plugin) shares besides its name and
 * exposes, for rspack's classic container (`rspack.container.ModuleFederationPluginV1`, webpack 5's
 * ContainerPlugin and SharePlugin): a remoteEntry.js assigns its container to a global, and the portal
 * loads it with a script tag of its own (apps/portal/src/remote-container.ts), so no federation runtime is in the
 * page beyond a few kB of bundler runtime in each build. A remote declares no remotes of its own.
 * A shared module already loaded is never replaced in the share scope by another container's copy of
 * the same version (webpack's share runtime), so two plugins on one page load one copy of what they share.
 */
export function remoteFederationOptions() {
  return {
    // The portal provides every one of these (hostSharedMap), and a remote only ever runs in the
    // portal's page: no fallback copy. A fallback could be chosen over the portal's module of the same
    // version when the portal has not loaded it yet (@simpul/ui/mantine-more on a page's first dialog
    // or card), and a Mantine component of another copy finds no MantineProvider.
    shared: Object.fromEntries(
      Object.entries(sharedMap()).map(([request, share]) => [request, { ...share, import: /** @type {const} */ (false) }]),
    ),
  };
}

/**
 * Where a first-party remote's remoteEntry.js puts its container: `window[name]`, its federation name
 * (`registry`, `kipp`, …) as `/remotes/manifest.json` lists it, which is where the portal looks.
 * @param {string} name
 */
export const remoteLibrary = (name) => ({ type: /** @type {const} */ ('window'), name });

/**
 * Shared modules the portal provides to remotes and plugins but does not take from the share scope
 * itself: Mantine's facades and its part of @simpul/ui. A facade is loaded whole by whoever consumes
 * it; the portal's own pages import the same Mantine and @simpul/ui modules directly instead, so a
 * page of the portal alone (sign-in, notifications…) loads only the components it shows, and a remote's
 * page loads the facade on top (the modules the portal already ran are not run again: one build, one
 * module cache, so still one MantineProvider context). Nothing else provides these: remotes build no
 * copy (`import: false`), so the portal's are the ones every container gets.
 */
const HOST_PROVIDED_ONLY = ['@mantine/core', '@simpul/ui/mantine-more', '@simpul/ui/mantine-inputs', '@simpul/ui'];

/** The shared map the portal consumes as well as provides: what must be one instance even among its own modules' imports. */
function hostConsumedMap() {
  return Object.fromEntries(Object.entries(hostSharedMap()).filter(([request]) => !HOST_PROVIDED_ONLY.includes(request)));
}

/** The rest of the host's shared map, as provides only (ProvideSharedPlugin: facade file → share key and version). */
function hostProvidedOnly() {
  /** @type {Record<string, { import?: string, version?: string }>} */
  const shared = hostSharedMap();
  return Object.fromEntries(
    HOST_PROVIDED_ONLY.map((request) => {
      const { import: facade, version } = shared[request] ?? {};
      if (!facade || !version) throw new Error(`${request} is provided by the portal from a facade file of a fixed version`);
      return [facade, { shareKey: request, version }];
    }),
  );
}

/** @param {string} request */
const esmBuild = (request) => fileURLToPath(import.meta.resolve(request));

/** react-router's production ES build: its package exports name only the development one. */
const reactRouterProduction = () => path.join(path.dirname(esmBuild('react-router')), '../production/index.mjs');

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
      alias: {
        ...workspaceAliases(),
        // What the shared facades (./shared/) re-export: the packages' ES builds under a name no app
        // imports, so the facade is not itself consumed as the shared module it provides.
        '@simpul-build/mantine-core$': esmBuild('@mantine/core'),
        '@simpul-build/react-router$': reactRouterProduction(),
        '@simpul-build/ui$': path.join(workspaceRoot, 'libs/ui/src/index.ts'),
      },
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
        // web-kit: it is shared whole anyway.
        { test: /[\\/]libs[\\/](contracts|plugin-sdk|scoring|reporting)[\\/]src[\\/]/, sideEffects: false },
        // @simpul/ui too, but for its message catalogues (they register on import, and the namespace
        // constant their components import may be inlined): a page that shows no QR code does not
        // load the QR encoder, and so on.
        { test: /[\\/]libs[\\/]ui[\\/]src[\\/].*\.tsx?$/, exclude: /messages\.ts$/, sideEffects: false },
      ],
    },
    plugins: [
      new rspack.container.ModuleFederationPluginV1(
        kind === 'host'
          ? // The host declares no remotes: apps/portal/src/mf.ts loads them from the manifest.
            { name, shared: hostConsumedMap() }
          : { name, filename: 'remoteEntry.js', exposes, library: remoteLibrary(name), ...remoteFederationOptions() },
      ),
      ...(kind === 'host' ? [new rspack.sharing.ProvideSharedPlugin({ provides: hostProvidedOnly() })] : []),
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
