// Built as an agency would build it: `npx nx build samsat-tax-plugin` (or
// `node libs/plugin-sdk/build.mjs examples/samsat-tax-plugin/rspack.config.mjs`), for the origin it is
// served from — `npm start` serves it on http://127.0.0.1:${PLUGIN_PORT:-4300}/.
import { pluginRemoteConfig } from '../../libs/plugin-sdk/rspack.mjs';

const publicPath = process.env.PLUGIN_PUBLIC_URL ?? `http://127.0.0.1:${process.env.PLUGIN_PORT ?? '4300'}/`;

export default pluginRemoteConfig({
  name: 'samsat_tax_plugin',
  context: import.meta.dirname,
  exposes: { './Plugin': './src/plugin.tsx' },
  publicPath,
  outputPath: 'dist/examples/samsat-tax-plugin',
});
