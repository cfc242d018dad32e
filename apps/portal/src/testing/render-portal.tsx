import { UiProvider } from '@simpul/ui';
import {
  blockingHistory,
  BlockingRouter,
  I18nProvider,
  PluginHostProvider,
  SessionProvider,
  type Language,
  type PluginLoader,
  type RemoteDescriptor,
} from '@simpul/web-kit';
import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { PortalRoutes } from '../app';
import { PageErrorBoundary } from '../page-error-boundary';
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
  // The same router the browser gets (over the browser's history there), kept in memory.
  const history = blockingHistory(createMemoryHistory({ initialEntries: [options.path ?? '/'], v5Compat: true }));
  const routes = (
    <BlockingRouter history={history}>
      <PageErrorBoundary>
        <PortalRoutes load={options.load} />
      </PageErrorBoundary>
    </BlockingRouter>
  );
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
  // The history too, for what a test does as the browser would (Back is `history.go(-1)`).
  return { ...result, history };
}
