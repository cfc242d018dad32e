import type { PluginPage } from '@simpul/contracts';
import type { DefinedPlugin } from '@simpul/plugin-sdk';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { GraphQLRequestError } from '../graphql/client-error';
import { useLanguage, useT } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { createPluginContext } from './plugin-context';
import { PluginErrorBoundary } from './plugin-error-boundary';
import type { PluginHost } from './plugin-host-context';
import { PLUGINS } from './plugin-messages';
import { PLUGIN_MIN_HEIGHT, PluginErrorPanel, PluginSkeleton } from './plugin-panels';
import { pluginTokenKeeper } from './plugin-token';
import { PluginLoadError, type HostedPlugin, type PluginFailure } from './plugin-types';

export interface PluginFrameProps {
  host: PluginHost;
  plugin: HostedPlugin;
  page: PluginPage;
  serviceUnitId: string;
  deskId: string | null;
  mallId: string | null;
  headingLevel: 2 | 3;
}

type FrameState =
  | { status: 'loading' }
  | { status: 'ready'; plugin: DefinedPlugin }
  | { status: 'failed'; failure: Exclude<PluginFailure, 'render'>; reason: string };

/**
 * One plugin under its own heading: its token and its module are fetched side by side, then its
 * component renders inside its own error boundary. Whatever goes wrong stays inside this frame.
 */
export function PluginFrame({ host, plugin, page, serviceUnitId, deskId, mallId, headingLevel }: PluginFrameProps) {
  const t = useT(PLUGINS);
  const [language] = useLanguage();
  const { client } = useSession();
  const headingId = useId();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<FrameState>({ status: 'loading' });
  const name = plugin.name[language];
  // The list is fetched again when the person's access token is renewed: the same plugin must not reload then.
  const pluginRef = useRef(plugin);
  pluginRef.current = plugin;
  const loadKey = `${plugin.id} ${plugin.entryUrl} ${plugin.exposedModule} ${plugin.integrity}`;
  const tokens = useMemo(
    () => pluginTokenKeeper(client, plugin.id, serviceUnitId, { mallId, deskId }),
    [client, plugin.id, serviceUnitId, mallId, deskId],
  );

  useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    const session = tokens.get(attempt > 0).catch((error: unknown) => {
      throw new SessionFailure(error);
    });
    Promise.all([session, host.load(pluginRef.current, attempt)]).then(
      ([, defined]) => {
        if (active) setState({ status: 'ready', plugin: defined });
      },
      (error: unknown) => {
        if (!active) return;
        if (error instanceof SessionFailure) {
          const reason = error.cause instanceof GraphQLRequestError ? error.cause.message : '';
          setState({ status: 'failed', failure: 'session', reason });
        } else {
          // Whoever opens the console learns the technical cause; the page says it in words.
          console.error(`Plugin ${pluginRef.current.id} could not be loaded`, error);
          setState({ status: 'failed', failure: error instanceof PluginLoadError ? error.failure : 'load', reason: '' });
        }
      },
    );
    return () => {
      active = false;
    };
  }, [host, loadKey, tokens, attempt]);

  const context = useMemo(
    () => createPluginContext({ page, serviceUnitId, agencyId: plugin.agency.id, deskId, mallId, language }, client, tokens),
    [page, serviceUnitId, plugin.agency.id, deskId, mallId, language, client, tokens],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const failed = (failure: PluginFailure, reason = '') => (
    <PluginErrorPanel
      title={t('failedTitle', { name })}
      message={t(`failed.${failure}`, { reason })}
      retryLabel={t('retry')}
      onRetry={retry}
    />
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const PluginComponent = state.status === 'ready' ? state.plugin.component : null;

  return (
    <section aria-labelledby={headingId} data-plugin-id={plugin.id}>
      <Heading id={headingId} style={{ margin: 0 }}>
        {name}
      </Heading>
      <p style={{ margin: '0 0 8px', fontSize: 'var(--mantine-font-size-sm, 14px)' }}>{t('kind', { version: plugin.version })}</p>
      <div style={{ minHeight: PLUGIN_MIN_HEIGHT }} aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <PluginSkeleton label={t('loading', { name })} />}
        {state.status === 'failed' && failed(state.failure, state.reason)}
        {PluginComponent && (
          <PluginErrorBoundary key={attempt} fallback={failed('render')}>
            <PluginComponent context={context} />
          </PluginErrorBoundary>
        )}
      </div>
    </section>
  );
}

/** Marks a failure to get the plugin token apart from a failure to load its code. */
class SessionFailure extends Error {
  constructor(cause: unknown) {
    super('Plugin session refused', { cause });
  }
}
