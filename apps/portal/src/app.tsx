import { ErrorPanel, LoadingState, UiProvider } from '@simpul/ui';
import {
  BlockingRouter,
  browserBlockingHistory,
  I18nProvider,
  PluginHostProvider,
  SessionProvider,
  useSession,
  useT,
} from '@simpul/web-kit';
import { Suspense, useState } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from './home/home-page';
import { AppLayout } from './layout/app-layout';
import {
  ForgotPasswordPage,
  NotificationSettingsPage,
  NotificationsPage,
  OpenDataPage,
  SearchPage,
  SetPasswordPage,
  SignInPage,
  VerificationPage,
} from './lazy-pages';
import { fetchRemoteManifest, loadPlugin, loadRemoteApp, type RemoteLoader } from './mf';
import { PORTAL } from './messages';
import { NotFoundPage } from './not-found-page';
import { PageErrorBoundary } from './page-error-boundary';
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from './notifications/notification-paths';
import { ManifestProvider, useManifest } from './remotes/manifest-context';
import { RemoteOutlet } from './remotes/remote-outlet';
import { SessionCheck } from './sign-in/session-check';

/** Paths no remote claims: while the manifest loads they may still belong to one, so wait. */
function Fallback() {
  const t = useT(PORTAL);
  const manifest = useManifest();
  if (manifest.status === 'loading') return <LoadingState />;
  if (manifest.status === 'failed')
    return <ErrorPanel title={t('manifest.failed')} message={t('remote.failedHelp')} onRetry={manifest.retry} />;
  return <NotFoundPage />;
}

export function PortalRoutes({ load = loadRemoteApp }: { load?: RemoteLoader }) {
  const { remotes } = useManifest();
  const { checking } = useSession();
  // A new tab asks whether the browser still has a session before any page decides who is here.
  if (checking) {
    return (
      <AppLayout>
        <SessionCheck />
      </AppLayout>
    );
  }
  return (
    <AppLayout>
      {/* The portal's own pages load as they are opened (lazy-pages.ts); the layout stays meanwhile. */}
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="lupa-kata-sandi" element={<ForgotPasswordPage />} />
          <Route path="atur-kata-sandi" element={<SetPasswordPage />} />
          <Route path={NOTIFICATIONS_PATH.slice(1)} element={<NotificationsPage />} />
          <Route path={NOTIFICATION_SETTINGS_PATH.slice(1)} element={<NotificationSettingsPage />} />
          <Route path="verifikasi/:code" element={<VerificationPage />} />
          <Route path="data" element={<OpenDataPage />} />
          <Route path="cari" element={<SearchPage />} />
          {remotes.map((remote) => (
            <Route key={remote.name} path={`${remote.routes}/*`} element={<RemoteOutlet remote={remote} load={load} />} />
          ))}
          <Route path="*" element={<Fallback />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

/**
 * One router for the page's life: react-router's component router over the browser's history, which
 * a page with unsaved work may hold (web-kit's useNavigationBlocker; the browser's Back too). The
 * remotes come from the manifest at run time, so their paths are descendant `<Routes>` (PortalRoutes).
 */
function PortalRouter() {
  const [history] = useState(browserBlockingHistory);
  return (
    <BlockingRouter history={history}>
      <PageErrorBoundary>
        <PortalRoutes />
      </PageErrorBoundary>
    </BlockingRouter>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <UiProvider>
          <ManifestProvider fetchManifest={fetchRemoteManifest}>
            {/* Agency desk plugins load through mf.ts too; every PluginSlot, in the portal or a remote, reads this. */}
            <PluginHostProvider load={loadPlugin}>
              <PortalRouter />
            </PluginHostProvider>
          </ManifestProvider>
        </UiProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
