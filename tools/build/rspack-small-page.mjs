// What the pages of their own (issue #17: the portal's front door, the SKM QR form) share: one
// TypeScript entry and one HTML template into a small script with no framework and no Module
// Federation, library helpers tree-shaken to what the page calls. Used by rspack-front-door.mjs and
// rspack-skm-form.mjs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rspack } from '@rspack/core';
import { workspaceAliases } from './rspack-node.mjs';

export const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const BROWSERS = ['chrome >= 111', 'edge >= 111', 'firefox >= 113', 'safari >= 16.4'];

/**
 * @param {object} page
 * @param {string} page.appRoot the app the page belongs to (entry and template are relative to it)
 * @param {string} page.entry
 * @param {string} page.template
 * @param {string} page.outDir
 * @param {string} page.publicPath the URL the portal serves the page's files under
 * @param {string} page.uniqueName
 * @param {RegExp} page.pureLibraries the libraries whose modules the page takes only pure helpers from:
 *   their other modules (React hooks, catalogues registering themselves) must drop out
 * @returns {import('@rspack/core').RspackOptions}
 */
export function smallPageConfig({ appRoot, entry, template, outDir, publicPath, uniqueName, pureLibraries }) {
  const production = process.env.NODE_ENV !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2022'],
    context: appRoot,
    entry: { main: entry },
    output: {
      path: outDir,
      publicPath,
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[name].[contenthash:10].js',
      cssFilename: '[name].[contenthash:10].css',
      uniqueName,
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
        { test: pureLibraries, sideEffects: false },
        // React is imported by web-kit's hooks beside the helpers; none of it runs on these pages.
        { test: /[\\/]node_modules[\\/]react[\\/]/, sideEffects: false },
      ],
    },
    plugins: [new rspack.HtmlRspackPlugin({ template: path.join(appRoot, template), inject: 'head' })],
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

/**
 * Builds the page, exiting with 1 on an error, and hands the scripts written with their gzipped
 * sizes (bytes) to `report`.
 * @param {import('@rspack/core').RspackOptions} config
 * @param {(scripts: { name: string, gzipped: number }[]) => void} report
 */
export function buildSmallPage(config, report) {
  const outDir = /** @type {string} */ (config.output?.path);
  rspack(config, (error, stats) => {
    if (error || !stats || stats.hasErrors()) {
      console.error(error ?? stats?.toString('errors-only'));
      process.exit(1);
    }
    const scripts = fs.readdirSync(outDir).filter((name) => name.endsWith('.js'));
    report(scripts.map((name) => ({ name, gzipped: zlib.gzipSync(fs.readFileSync(path.join(outDir, name))).length })));
  });
}
