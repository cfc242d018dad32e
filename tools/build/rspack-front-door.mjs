// The signed-out home as a page of its own (issue #17): what a visitor who is not signed in gets at
// `/` is a small HTML page and one script with no framework, no Module Federation and nothing else of
// the portal — the national figures from the same public GraphQL queries, the same words — so a
// cheap phone shows it before the portal would have loaded. Built into dist/apps/portal/front/ after
// the portal (whose build cleans dist/apps/portal first); the portal's web server serves its
// index.html at `/` to a visitor who is not signed in (tools/start/front-door-page.mjs) and its files
// under /front/.
// Usage: node tools/build/rspack-front-door.mjs [outDir]   (outDir: somewhere else, for a trial build)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rspack } from '@rspack/core';
import { workspaceAliases } from './rspack-node.mjs';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const appRoot = path.join(workspaceRoot, 'apps/portal');
/** Where the page's files go, and the URL the portal serves them under. */
export const FRONT_DOOR_DIR = path.join(workspaceRoot, 'dist/apps/portal/front');
export const FRONT_DOOR_PUBLIC_PATH = '/front/';
const BROWSERS = ['chrome >= 111', 'edge >= 111', 'firefox >= 113', 'safari >= 16.4'];

/**
 * @param {string} [outDir]
 * @returns {import('@rspack/core').RspackOptions}
 */
export function frontDoorConfig(outDir = FRONT_DOOR_DIR) {
  const production = process.env.NODE_ENV !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2022'],
    context: appRoot,
    entry: { main: './src/front-page/main.ts' },
    output: {
      path: outDir,
      publicPath: FRONT_DOOR_PUBLIC_PATH,
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[name].[contenthash:10].js',
      cssFilename: '[name].[contenthash:10].css',
      uniqueName: 'front-door',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'], alias: workspaceAliases() },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
          },
        },
        { test: /\.css$/, type: 'css/auto' },
        // The page takes a few pure helpers from web-kit (numbers and dates in the page's language,
        // `gql`); its other modules (React hooks, catalogues registering themselves) must drop out.
        { test: /[\\/]libs[\\/]web-kit[\\/]src[\\/]/, sideEffects: false },
        { test: /[\\/]node_modules[\\/]react[\\/]/, sideEffects: false },
      ],
    },
    plugins: [new rspack.HtmlRspackPlugin({ template: path.join(appRoot, 'src/front-page/index.html'), inject: 'head' })],
    optimization: {
      minimizer: [
        new rspack.SwcJsMinimizerRspackPlugin(),
        new rspack.LightningCssMinimizerRspackPlugin({ minimizerOptions: { targets: BROWSERS } }),
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : FRONT_DOOR_DIR;
  rspack(frontDoorConfig(outDir), (error, stats) => {
    if (error || !stats || stats.hasErrors()) {
      console.error(error ?? stats?.toString('errors-only'));
      process.exit(1);
    }
    const gzippedKb = (/** @type {string} */ name) => (zlib.gzipSync(fs.readFileSync(path.join(outDir, name))).length / 1024).toFixed(1);
    const scripts = fs.readdirSync(outDir).filter((name) => name.endsWith('.js'));
    console.log(`portal front door page: ${scripts.map((name) => `${name} ${gzippedKb(name)} KB`).join(', ')} (JavaScript gzipped)`);
  });
}
