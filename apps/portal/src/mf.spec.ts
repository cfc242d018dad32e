import { loadRemote, registerPlugins, registerRemotes, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { definePlugin } from '@simpul/plugin-sdk';
import { PluginLoadError, type HostedPlugin } from '@simpul/web-kit';
import { loadPlugin, pluginIntegrity } from './mf';
import { explainLoadFailure } from './plugins/entry-fingerprint';

jest.mock('@module-federation/enhanced/runtime', () => ({ loadRemote: jest.fn(), registerPlugins: jest.fn(), registerRemotes: jest.fn() }));

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
const NAME = 'plugin_a1b2c3d4000040008000000000000001';

describe('the integrity runtime plugin', () => {
  const createScript = (entries: Map<string, { entry: string; integrity: string }>, url: string, name: string) =>
    (pluginIntegrity(entries) as Required<Pick<ModuleFederationRuntimePlugin, 'createScript'>>).createScript({
      url,
      remoteInfo: { name, entry: url } as never,
    });

  it("puts the approved SRI hash and crossorigin=anonymous on a plugin entry's script tag", () => {
    const script = createScript(new Map([[NAME, { entry: ENTRY, integrity: PLUGIN.integrity }]]), ENTRY, NAME) as HTMLScriptElement;
    expect(script).toBeInstanceOf(HTMLScriptElement);
    expect(script.getAttribute('integrity')).toBe(PLUGIN.integrity);
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.src).toBe(ENTRY);
  });

  it('leaves first-party remotes and other scripts to the runtime', () => {
    const entries = new Map([[NAME, { entry: ENTRY, integrity: PLUGIN.integrity }]]);
    expect(createScript(entries, '/remotes/registry-web/remoteEntry.js', 'registry')).toBeUndefined();
    expect(createScript(entries, 'http://127.0.0.1:4300/other.js', NAME)).toBeUndefined();
  });
});

describe('loadPlugin', () => {
  beforeEach(() => jest.mocked(loadRemote).mockReset());

  it('registers the plugin as plugin_<id> at its entry, loads its exposed module and returns the definePlugin result', async () => {
    const plugin = definePlugin({ component: () => null });
    jest.mocked(loadRemote).mockResolvedValue({ default: plugin });
    await expect(loadPlugin(PLUGIN, 0)).resolves.toBe(plugin);
    expect(registerPlugins).toHaveBeenCalledTimes(1);
    expect(registerRemotes).toHaveBeenLastCalledWith([expect.objectContaining({ name: NAME, entry: ENTRY })], undefined);
    expect(loadRemote).toHaveBeenCalledWith(`${NAME}/Plugin`);

    // A retry registers again with force, so the runtime drops the failed container.
    await loadPlugin(PLUGIN, 1);
    expect(registerRemotes).toHaveBeenLastCalledWith([expect.objectContaining({ name: NAME })], { force: true });
    expect(registerPlugins).toHaveBeenCalledTimes(1);
  });

  it('registers anew after a failed load, so a page visited again does not reuse the failed entry', async () => {
    const plugin = { ...PLUGIN, id: 'b0000000-0000-4000-8000-000000000002' };
    jest.mocked(loadRemote).mockRejectedValueOnce(new Error('ScriptNetworkError'));
    // jsdom has no fetch: the entry cannot be fetched again either, so it is an ordinary load failure.
    await expect(loadPlugin(plugin, 0)).rejects.toMatchObject({ failure: 'load' });
    jest.mocked(loadRemote).mockResolvedValue({ default: definePlugin({ component: () => null }) });
    await loadPlugin(plugin, 0);
    expect(registerRemotes).toHaveBeenLastCalledWith([expect.objectContaining({ name: 'plugin_b0000000000040008000000000000002' })], {
      force: true,
    });
    // Loaded once, it is not registered again.
    const calls = jest.mocked(registerRemotes).mock.calls.length;
    await loadPlugin(plugin, 0);
    expect(registerRemotes).toHaveBeenCalledTimes(calls);
  });

  it('refuses a manifest entry, whose scripts the approved hash could not cover', async () => {
    jest.mocked(loadRemote).mockClear();
    await expect(loadPlugin({ ...PLUGIN, entryUrl: 'http://127.0.0.1:4300/mf-manifest.json' }, 0)).rejects.toMatchObject({
      failure: 'invalid',
    });
    expect(loadRemote).not.toHaveBeenCalled();
  });

  it('refuses a module whose default export is not a definePlugin result', async () => {
    jest.mocked(loadRemote).mockResolvedValue({ default: () => null });
    await expect(loadPlugin(PLUGIN, 0)).rejects.toMatchObject({ failure: 'invalid' });
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
