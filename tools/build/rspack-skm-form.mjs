// The public SKM questionnaire as a page of its own (issue #17): what a citizen opens from a QR code
// or a one-time link (/skm/s/<code>, /skm/t/<token>) is a small HTML page and one script with no
// framework, no Module Federation and nothing of the portal, so a cheap phone can answer before the
// portal would have loaded. Built into dist/apps/skm-web/form/ after the SKM remote (whose build
// cleans dist/apps/skm-web first); the portal's web server serves its index.html at those paths
// (tools/start/skm-form-page.mjs) and its files under /remotes/skm-web/form/.
// Usage: node tools/build/rspack-skm-form.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { rspack } from '@rspack/core';
import { workspaceAliases } from './rspack-node.mjs';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');
const appRoot = path.join(workspaceRoot, 'apps/skm-web');
/** Where the page's files go, and the URL the portal serves them under. */
export const SKM_FORM_DIR = path.join(workspaceRoot, 'dist/apps/skm-web/form');
export const SKM_FORM_PUBLIC_PATH = '/remotes/skm-web/form/';
const BROWSERS = ['chrome >= 111', 'edge >= 111', 'firefox >= 113', 'safari >= 16.4'];

/** @returns {import('@rspack/core').RspackOptions} */
export function skmFormConfig() {
  const production = process.env.NODE_ENV !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2022'],
    context: appRoot,
    entry: { main: './src/form-page/main.ts' },
    output: {
      path: SKM_FORM_DIR,
      publicPath: SKM_FORM_PUBLIC_PATH,
      filename: '[name].[contenthash:10].js',
      cssFilename: '[name].[contenthash:10].css',
      uniqueName: 'skm-form',
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
        // The page takes a few pure helpers from these libraries (a period's words, the nine elements,
        // `gql`); their other modules (React hooks, catalogues registering themselves) must drop out.
        { test: /[\\/]libs[\\/](web-kit|scoring|contracts)[\\/]src[\\/]/, sideEffects: false },
        // React is imported by web-kit's hooks beside the helpers; none of it runs on this page.
        { test: /[\\/]node_modules[\\/]react[\\/]/, sideEffects: false },
      ],
    },
    plugins: [new rspack.HtmlRspackPlugin({ template: path.join(appRoot, 'src/form-page/index.html'), inject: 'head' })],
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
  rspack(skmFormConfig(), (error, stats) => {
    if (error || !stats || stats.hasErrors()) {
      console.error(error ?? stats?.toString('errors-only'));
      process.exit(1);
    }
    const scripts = fs.readdirSync(SKM_FORM_DIR).filter((name) => name.endsWith('.js'));
    const gzipped = scripts.reduce((sum, name) => sum + zlib.gzipSync(fs.readFileSync(path.join(SKM_FORM_DIR, name))).length, 0);
    console.log(`skm-web QR form page: ${scripts.join(', ')}, ${(gzipped / 1024).toFixed(1)} KB of JavaScript gzipped`);
  });
}
