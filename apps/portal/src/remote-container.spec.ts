import { loadExposedModule } from './remote-container';
import { entryScripts, failEntry, fakeContainer, pageShareScope, provideBundlerSharing, runEntry } from './testing/remote-entry';

const REGISTRY = { name: 'registry', entry: '/remotes/registry-web/remoteEntry.js', global: 'registry' };

describe('loading a remote container', () => {
  let initSharing: jest.Mock;
  beforeEach(() => {
    initSharing = provideBundlerSharing();
    for (const script of entryScripts()) script.remove();
  });

  it("runs the remote's entry as a script, gives its container the page's share scope and returns the exposed module", async () => {
    const App = () => null;
    const container = fakeContainer({ './App': { default: App } });
    const loading = loadExposedModule(REGISTRY, './App');
    const [script] = entryScripts();
    expect(script?.getAttribute('src')).toBe(REGISTRY.entry);
    // A first-party remote is same-origin: no integrity to hold it to.
    expect(script?.hasAttribute('integrity')).toBe(false);
    runEntry(script, 'registry', container);
    await expect(loading).resolves.toEqual({ default: App });
    expect(initSharing).toHaveBeenCalledWith('default');
    expect(container.init).toHaveBeenCalledWith(pageShareScope);

    // Loaded once: the next page of the same remote takes the container as it is.
    await expect(loadExposedModule(REGISTRY, './App')).resolves.toEqual({ default: App });
    expect(entryScripts()).toHaveLength(1);
  });

  it('fails when the entry cannot be fetched, and loads it anew the next time', async () => {
    const loading = loadExposedModule({ ...REGISTRY, name: 'kipp', global: 'kipp' }, './App');
    failEntry(entryScripts()[0]);
    await expect(loading).rejects.toThrow('could not be loaded');

    const again = loadExposedModule({ ...REGISTRY, name: 'kipp', global: 'kipp' }, './App');
    expect(entryScripts()).toHaveLength(1);
    runEntry(entryScripts()[0], 'kipp', fakeContainer({ './App': { default: 'kipp' } }));
    await expect(again).resolves.toEqual({ default: 'kipp' });
  });

  it('fails when the entry defines no container, even if an older one is still at its global', async () => {
    const first = loadExposedModule({ ...REGISTRY, name: 'mpp', global: 'mpp' }, './App');
    runEntry(entryScripts()[0], 'mpp', fakeContainer({ './App': { default: 'old' } }));
    await first;
    const fresh = loadExposedModule({ ...REGISTRY, name: 'mpp', global: 'mpp' }, './App', true);
    // The old script is gone; the new one runs but assigns nothing.
    expect(entryScripts()).toHaveLength(1);
    entryScripts()[0].dispatchEvent(new Event('load'));
    await expect(fresh).rejects.toThrow('defined no container at mpp');
  });

  it('puts an approved hash and crossorigin=anonymous on the script tag', () => {
    void loadExposedModule({ ...REGISTRY, name: 'plugin_x', global: 'plugin_x', integrity: 'sha256-abc=' }, './Plugin').catch(
      () => undefined,
    );
    const [script] = entryScripts();
    expect(script?.getAttribute('integrity')).toBe('sha256-abc=');
    expect(script?.getAttribute('crossorigin')).toBe('anonymous');
    failEntry(script);
  });
});
