import { ErrorPanel, LoadingState } from '@simpul/ui';
import { useLanguage, useT, type RemoteDescriptor } from '@simpul/web-kit';
import { Component, useCallback, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { loadRemoteApp, type RemoteApp, type RemoteLoader } from '../mf';
import { PORTAL } from '../messages';

type LoadState = { status: 'loading' } | { status: 'ready'; App: RemoteApp } | { status: 'failed' };

/** Catches a remote that loads but throws while rendering, so it too gets the panel, not a blank page. */
class RemoteBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Remote failed while rendering', error, info.componentStack);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Loads a remote lazily when its route is visited; failure shows an alert with a Retry that really retries. */
export function RemoteOutlet({ remote, load = loadRemoteApp }: { remote: RemoteDescriptor; load?: RemoteLoader }) {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const title = remote.title[language];

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(remote, attempt)
      .then((App) => live && setState({ status: 'ready', App }))
      .catch((error: unknown) => {
        console.error(`Remote ${remote.name} failed to load`, error);
        if (live) setState({ status: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [remote, attempt, load]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const panel = <ErrorPanel title={t('remote.failed', { title })} message={t('remote.failedHelp')} onRetry={retry} />;

  if (state.status === 'loading') return <LoadingState label={t('remote.loading', { title })} />;
  if (state.status === 'failed') return panel;
  const { App } = state;
  return (
    <RemoteBoundary key={attempt} fallback={panel}>
      <App basePath={remote.routes} />
    </RemoteBoundary>
  );
}
