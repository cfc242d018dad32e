import { definePlugin, pluginContainerName } from '@simpul/plugin-sdk';
import { PluginLoadError, type HostedPlugin } from '@simpul/web-kit';
import { loadPlugin, loadRemoteApp } from './mf';
import { explainLoadFailure } from './plugins/entry-fingerprint';
import { entryScripts, failEntry, fakeContainer, provideBundlerSharing, runEntry } from './testing/remote-entry';

const ENTRY = 'http://127.0.0.1:4300/remoteEntry.js';
// As registered: 64 hex characters, and the same hash in SRI form.
const SHA = 'cd'.repeat(32);
const PLUGIN: HostedPlugin = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: { id: 'Estimasi Pajak', en: 'Tax estimate' },
  agency: { id: 'agency-samsat' },
  entryUrl: ENTRY,
  exposedModule: './Plugin',
  version: '1.0.0',
  sha256: SHA,
  integrity: 'sha256-zc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc0=',
};
const GLOBAL = pluginContainerName(ENTRY);

/** The entry script the last load added, once it is in the page. */
const lastEntry = () => entryScripts().at(-1)!;

beforeEach(() => {
  provideBundlerSharing();
  for (const script of entryScripts()) script.remove();
});

describe('loadRemoteApp', () => {
  const REMOTE = { name: 'kipp', entry: '/remotes/kipp-web/remoteEntry.js', routes: '/kipp', title: { id: 'KIPP', en: 'KIPP' } };

  it("loads the remote's ./App from the container its entry assigns to window[<name>], and a retry fetches the entry anew", async () => {
    const App = () => null;
    const first = loadRemoteApp(REMOTE, 0);
    failEntry(lastEntry());
    await expect(first).rejects.toThrow();

    const retry = loadRemoteApp(REMOTE, 1);
    expect(entryScripts()).toHaveLength(1);
    expect(lastEntry().getAttribute('src')).toBe(REMOTE.entry);
    runEntry(lastEntry(), 'kipp', fakeContainer({ './App': { default: App } }));
    await expect(retry).resolves.toBe(App);
  });

  it('refuses a remote whose ./App has no default component', async () => {
    const loading = loadRemoteApp({ ...REMOTE, name: 'evaluation' }, 0);
    runEntry(lastEntry(), 'evaluation', fakeContainer({ './App': {} }));
    await expect(loading).rejects.toThrow('exposes no default component');
  });
});

describe('loadPlugin', () => {
  it('runs the approved entry with its SRI hash and crossorigin=anonymous, loads its exposed module and returns the definePlugin result', async () => {
    const plugin = definePlugin({ component: () => null });
    const container = fakeContainer({ './Plugin': { default: plugin } });
    const loading = loadPlugin(PLUGIN, 0);
    const script = lastEntry();
    expect(script.getAttribute('src')).toBe(ENTRY);
    expect(script.getAttribute('integrity')).toBe(PLUGIN.integrity);
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    runEntry(script, GLOBAL, container);
    await expect(loading).resolves.toBe(plugin);
    expect(container.get).toHaveBeenCalledWith('./Plugin');

    // Loaded once, the same container serves the next desk page.
    await expect(loadPlugin(PLUGIN, 0)).resolves.toBe(plugin);
    expect(entryScripts()).toEqual([script]);

    // A retry drops the container and runs the entry again.
    const retry = loadPlugin(PLUGIN, 1);
    expect(entryScripts()).not.toContain(script);
    runEntry(lastEntry(), GLOBAL, container);
    await expect(retry).resolves.toBe(plugin);
  });

  it('runs the entry anew after a failed load, so a page visited again does not reuse the failed container', async () => {
    const plugin = { ...PLUGIN, id: 'b0000000-0000-4000-8000-000000000002', entryUrl: 'http://127.0.0.1:4301/remoteEntry.js' };
    const failed = loadPlugin(plugin, 0);
    failEntry(lastEntry());
    // jsdom has no fetch: the entry cannot be fetched again either, so it is an ordinary load failure.
    await expect(failed).rejects.toMatchObject({ failure: 'load' });

    const again = loadPlugin(plugin, 0);
    runEntry(
      lastEntry(),
      pluginContainerName(plugin.entryUrl),
      fakeContainer({ './Plugin': { default: definePlugin({ component: () => null }) } }),
    );
    await again;
    expect(entryScripts()).toHaveLength(1);
  });

  it('runs the entry again when the plugin is approved anew with another hash', async () => {
    const container = fakeContainer({ './Plugin': { default: definePlugin({ component: () => null }) } });
    const plugin = { ...PLUGIN, id: 'c0000000-0000-4000-8000-000000000003', entryUrl: 'http://127.0.0.1:4302/remoteEntry.js' };
    const global = pluginContainerName(plugin.entryUrl);
    const first = loadPlugin(plugin, 0);
    runEntry(lastEntry(), global, container);
    await first;
    const reapproved = loadPlugin({ ...plugin, integrity: 'sha256-AAAA' }, 0);
    expect(lastEntry().getAttribute('integrity')).toBe('sha256-AAAA');
    runEntry(lastEntry(), global, container);
    await reapproved;
  });

  it('refuses a manifest entry, whose scripts the approved hash could not cover', async () => {
    await expect(loadPlugin({ ...PLUGIN, entryUrl: 'http://127.0.0.1:4300/mf-manifest.json' }, 0)).rejects.toMatchObject({
      failure: 'invalid',
    });
    expect(entryScripts()).toHaveLength(0);
  });

  it('refuses a module whose default export is not a definePlugin result', async () => {
    const plugin = { ...PLUGIN, id: 'd0000000-0000-4000-8000-000000000004', entryUrl: 'http://127.0.0.1:4303/remoteEntry.js' };
    const loading = loadPlugin(plugin, 0);
    runEntry(lastEntry(), pluginContainerName(plugin.entryUrl), fakeContainer({ './Plugin': { default: () => null } }));
    await expect(loading).rejects.toMatchObject({ failure: 'invalid' });
  });
});

describe('explainLoadFailure', () => {
  const subtle = { digest: jest.fn(async () => new Uint8Array(32).fill(0xab).buffer) } as unknown as SubtleCrypto;
  const serve = (ok: boolean): typeof fetch => jest.fn(async () => ({ ok, arrayBuffer: async () => new ArrayBuffer(4) }) as Response);

  it('says the entry no longer matches when it hashes to another SHA-256 than the registered one', async () => {
    const error = await explainLoadFailure(PLUGIN, new Error('ScriptNetworkError'), serve(true), subtle);
    expect(error).toBeInstanceOf(PluginLoadError);
    expect(error.failure).toBe('integrity');
  });

  it('calls it a load failure when the entry matches or cannot be fetched', async () => {
    expect((await explainLoadFailure({ entryUrl: ENTRY, sha256: 'AB'.repeat(32) }, null, serve(true), subtle)).failure).toBe('load');
    expect((await explainLoadFailure(PLUGIN, null, serve(false), subtle)).failure).toBe('load');
    const unreachable: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await explainLoadFailure(PLUGIN, null, unreachable, subtle)).failure).toBe('load');
  });
});
