import { UiProvider } from '@simpul/ui';
import {
  I18nProvider,
  PluginHostProvider,
  SessionProvider,
  type Language,
  type PluginLoader,
  type RemoteDescriptor,
} from '@simpul/web-kit';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { portalRoutes } from '../app';
import type { RemoteLoader } from '../mf';
import { ManifestProvider } from '../remotes/manifest-context';

export const REGISTRY_REMOTE: RemoteDescriptor = {
  name: 'registry',
  entry: '/remotes/registry-web/remoteEntry.js',
  routes: '/registry',
  title: { id: 'Registri', en: 'Registry' },
};

/**
 * The portal as the browser gets it, with the manifest, the remote loader and the network replaced;
 * with `loadPlugin`, agency desk plugins load through it (without, plugin slots stay empty).
 */
export function renderPortal(options: {
  path?: string;
  load: RemoteLoader;
  fetchImpl?: typeof fetch;
  language?: Language;
  loadPlugin?: PluginLoader;
}) {
  const fetchManifest = () => Promise.resolve({ remotes: [REGISTRY_REMOTE] });
  // The same data router the browser gets (createBrowserRouter there), kept in memory.
  const router = createMemoryRouter(portalRoutes(options.load), { initialEntries: [options.path ?? '/'] });
  const routes = <RouterProvider router={router} />;
  const result = render(
    <I18nProvider initialLanguage={options.language}>
      <SessionProvider fetchImpl={options.fetchImpl ?? jest.fn()}>
        <UiProvider>
          <ManifestProvider fetchManifest={fetchManifest}>
            {options.loadPlugin ? <PluginHostProvider load={options.loadPlugin}>{routes}</PluginHostProvider> : routes}
          </ManifestProvider>
        </UiProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  // The router too, for what a test does as the browser would (Back is `router.navigate(-1)`).
  return { ...result, router };
}
