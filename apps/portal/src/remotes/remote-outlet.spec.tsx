import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RemoteAppProps } from '@simpul/web-kit';
import { renderPortal, REGISTRY_REMOTE } from '../testing/render-portal';

function FakeRegistry({ basePath }: RemoteAppProps) {
  return <h1>Registry mounted at {basePath}</h1>;
}

describe('loading a remote', () => {
  beforeEach(() => {
    window.localStorage.clear();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows a loading state, then the remote with its base path', async () => {
    const load = jest.fn(() => Promise.resolve(FakeRegistry));
    renderPortal({ path: '/registry/units', load });
    expect(await screen.findByRole('heading', { name: 'Registry mounted at /registry' })).toBeTruthy();
    expect(load).toHaveBeenCalledWith(REGISTRY_REMOTE, 0);
  });

  it('shows an alert with Retry when the remote fails, and Retry really loads it again', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('ScriptExternalLoadError')).mockResolvedValueOnce(FakeRegistry);
    renderPortal({ path: '/registry', load });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Registri tidak dapat dimuat');
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(load).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenLastCalledWith(REGISTRY_REMOTE, 1);
    expect(await screen.findByRole('heading', { name: 'Registry mounted at /registry' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the panel, not a blank page, when the remote throws while rendering', async () => {
    function Broken(): never {
      throw new Error('boom');
    }
    renderPortal({ path: '/registry', load: jest.fn(() => Promise.resolve(Broken)) });
    expect((await screen.findByRole('alert')).textContent).toContain('Registri tidak dapat dimuat');
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });
});
