import { pluginContainerName, pluginRemote } from './plugin-remote';

describe('pluginContainerName', () => {
  it('derives one identifier from host, port and path, whatever the scheme, query or fragment', () => {
    expect(pluginContainerName('http://127.0.0.1:4300/remoteEntry.js')).toBe('simpul_plugin_127_0_0_1_4300_remoteEntry_js');
    expect(pluginContainerName('https://127.0.0.1:4300/remoteEntry.js?v=2#x')).toBe('simpul_plugin_127_0_0_1_4300_remoteEntry_js');
    expect(pluginContainerName('https://pajak.example.go.id/plugins/samsat/remoteEntry.js')).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('tells two plugins on different hosts or paths apart', () => {
    expect(pluginContainerName('https://a.go.id/remoteEntry.js')).not.toBe(pluginContainerName('https://b.go.id/remoteEntry.js'));
    expect(pluginContainerName('https://a.go.id/x/remoteEntry.js')).not.toBe(pluginContainerName('https://a.go.id/y/remoteEntry.js'));
  });
});

describe('pluginRemote', () => {
  it('names the remote after the registry id and points the runtime at the container global', () => {
    expect(pluginRemote({ id: '0b6a-11ef-9c', entryUrl: 'http://127.0.0.1:4300/remoteEntry.js' })).toEqual({
      name: 'plugin_0b6a11ef9c',
      entry: 'http://127.0.0.1:4300/remoteEntry.js',
      entryGlobalName: 'simpul_plugin_127_0_0_1_4300_remoteEntry_js',
    });
  });
});
