import { parseRemoteManifest } from './remote-manifest';

describe('remote manifest', () => {
  it('keeps well-formed remotes and trims the trailing slash of their route', () => {
    const manifest = parseRemoteManifest({
      remotes: [
        {
          name: 'registry',
          entry: '/remotes/registry-web/remoteEntry.js',
          routes: '/registry/',
          title: { id: 'Registri', en: 'Registry' },
        },
      ],
    });
    expect(manifest.remotes).toEqual([
      { name: 'registry', entry: '/remotes/registry-web/remoteEntry.js', routes: '/registry', title: { id: 'Registri', en: 'Registry' } },
    ]);
  });

  it('drops malformed entries instead of failing the portal', () => {
    expect(
      parseRemoteManifest({ remotes: [{ name: 'x y', entry: '/e.js', routes: '/x' }, { name: 'ok', entry: 1, routes: '/ok' }, null] })
        .remotes,
    ).toEqual([]);
    expect(parseRemoteManifest('nonsense').remotes).toEqual([]);
  });
});
