import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pluginContainerName } from './src/plugin-remote';

// The build side (rspack.mjs, entry-digest.mjs: Node, plain JS) and the portal side (plugin-remote.ts)
// must agree on the container's global name, or the portal finds no container after loading the entry.
// rspack.mjs runs in its own Node process, as a build runs it: @rspack/core is an ES module that
// Jest's CommonJS sandbox cannot load.
const sdkRoot = __dirname;

/** Calls `pluginRemoteConfig(options)` (or `pluginContainerName(url)`) in Node and returns the JSON of the result or the error's message. */
function inNode(call: string): { value?: unknown; error?: string } {
  const script = `
    import { pluginRemoteConfig, pluginContainerName } from ${JSON.stringify(path.join(sdkRoot, 'rspack.mjs'))};
    try { console.log(JSON.stringify({ value: ${call} })); } catch (error) { console.log(JSON.stringify({ error: error.message })); }`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { value?: unknown; error?: string };
}
const loadConfig = () => ({
  pluginContainerName: (url: string) => inNode(`pluginContainerName(${JSON.stringify(url)})`).value,
  pluginRemoteConfig: (given: typeof options) => {
    const { value, error } = inNode(`pluginRemoteConfig(${JSON.stringify(given)})`);
    if (error) throw new Error(error);
    return value as {
      output?: { path?: string; publicPath?: string; uniqueName?: string; crossOriginLoading?: string };
      plugins?: unknown[];
    };
  },
});
const loadDigest = () => import('./entry-digest.mjs');

const pluginRoot = path.resolve(__dirname, '../../examples/samsat-tax-plugin');
const options: { name: string; context: string; exposes: Record<string, string>; publicPath: string; outputPath: string } = {
  name: 'samsat_tax_plugin',
  context: pluginRoot,
  exposes: { './Plugin': './src/plugin.tsx' },
  publicPath: 'https://pajak.example.go.id/simpul/',
  outputPath: 'dist/examples/samsat-tax-plugin',
};

describe('pluginRemoteConfig', () => {
  it('names the container global as the portal will, from <publicPath>remoteEntry.js', () => {
    const rspack = loadConfig();
    for (const url of ['http://127.0.0.1:4300/remoteEntry.js', 'https://pajak.example.go.id/simpul/remoteEntry.js?v=1']) {
      expect(rspack.pluginContainerName(url)).toBe(pluginContainerName(url));
    }
    const config = rspack.pluginRemoteConfig(options);
    expect(config.output).toMatchObject({
      publicPath: 'https://pajak.example.go.id/simpul/',
      uniqueName: pluginContainerName('https://pajak.example.go.id/simpul/remoteEntry.js'),
      crossOriginLoading: 'anonymous',
    });
    expect(config.output?.path).toBe(path.resolve(__dirname, '../../dist/examples/samsat-tax-plugin'));
    expect(JSON.stringify(config.plugins)).toContain('"filename":"remoteEntry.js"');
    // Chunks load with their own SHA-256, so the entry's registered hash covers them too.
    expect(JSON.stringify(config.plugins)).toContain('"hashFuncNames":["sha256"]');
  });

  it('shares the portal’s singletons, scoring and reporting among them', () => {
    const rspack = loadConfig();
    const shared = JSON.stringify(rspack.pluginRemoteConfig(options).plugins);
    for (const name of [
      'react',
      'react-dom',
      'react-router',
      '@simpul/web-kit',
      '@simpul/ui',
      '@simpul/scoring',
      '@simpul/scoring/ipp',
      '@simpul/reporting',
    ]) {
      expect(shared).toContain(`"${name}":{"singleton":true`);
    }
    // What the portal always provides has no fallback copy in the plugin.
    for (const name of ['react', 'react-dom', 'react-router', '@simpul/web-kit', '@simpul/ui']) {
      expect(shared).toMatch(new RegExp(`"${name.replace('/', '\\/')}":\\{[^}]*"import":false`));
    }
  });

  it("builds a classic container (webpack 5's) assigning itself to the global the portal names from the entry URL", () => {
    const config = loadConfig().pluginRemoteConfig(options);
    const plugins = JSON.stringify(config.plugins);
    // The classic container carries no federation runtime: the portal loads it with a script tag of its own.
    expect(plugins).not.toContain('"enhanced":true');
    expect(plugins).toContain(
      `"library":{"type":"var","name":"${pluginContainerName('https://pajak.example.go.id/simpul/remoteEntry.js')}"}`,
    );
  });

  it('refuses a relative or unterminated publicPath and a name that is not an identifier', () => {
    const { pluginRemoteConfig } = loadConfig();
    expect(() => pluginRemoteConfig({ ...options, publicPath: '/plugins/' })).toThrow(/absolute http\(s\) URL ending in "\/"/);
    expect(() => pluginRemoteConfig({ ...options, publicPath: 'http://127.0.0.1:4300' })).toThrow(/ending in "\/"/);
    expect(() => pluginRemoteConfig({ ...options, name: 'samsat-tax' })).toThrow(/must be an identifier/);
    expect(() => pluginRemoteConfig({ ...options, exposes: {} })).toThrow(/at least one module/);
  });
});

describe('entryDigest', () => {
  it('gives the hex SHA-256 to register and the SRI form of the same hash', async () => {
    const { entryDigest } = await loadDigest();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-sdk-')), 'remoteEntry.js');
    fs.writeFileSync(file, 'abc');
    expect(entryDigest(file)).toEqual({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      integrity: 'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
    });
  });
});
