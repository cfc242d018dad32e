import type { ComponentType } from 'react';
import {
  blockingHistory,
  BlockingRouter,
  I18nProvider,
  PluginHostProvider,
  SESSION_STORAGE_KEY,
  SessionProvider,
  type Language,
  type PluginLoader,
  type SessionUser,
} from '@simpul/web-kit';
import { render, screen, waitFor } from '@testing-library/react';
import { Route, Routes, UNSAFE_createMemoryHistory as createMemoryHistory, useLocation } from 'react-router';
import { UiProvider } from '../theme/ui-provider';

/** Answers one GraphQL operation by name: returns the response body ({ data } or { errors }). */
export type Resolver = (operation: string, variables: Record<string, unknown>) => unknown;

export interface GraphqlCall {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * A fetch that answers GraphQL requests with `resolve` (and `Me` with `user`), recording every call.
 * The network is the only thing replaced: the remote's own code, session and i18n run as in the portal.
 */
export function graphqlFetch(resolve: Resolver, user: SessionUser | null) {
  const calls: GraphqlCall[] = [];
  const fetchImpl = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
      query: string;
      variables: Record<string, unknown>;
    };
    const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? 'anonymous';
    calls.push({ operation, variables });
    const body = operation === 'Me' ? { data: { me: user } } : resolve(operation, variables);
    return { ok: true, status: 200, json: async () => body } as Response;
  });
  return { fetchImpl, calls };
}

function Location() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

export interface RenderRemoteOptions {
  /** The remote's root component, mounted as the portal mounts it. */
  App: ComponentType<{ basePath: string }>;
  /** Where the portal mounts it, e.g. `/mpp`. */
  basePath: string;
  /** The URL to open, e.g. `/mpp/tenancies/t1`. */
  path: string;
  resolve: Resolver;
  /** The signed-in person; null is the public. */
  user: SessionUser | null;
  language?: Language;
  /** Agency desk plugins load through this, as the portal's PluginHostProvider does (without, plugin slots stay empty). */
  loadPlugin?: PluginLoader;
}

/**
 * Renders a remote inside the portal's providers with the network replaced by `resolve`. The current
 * location is in `getByTestId('location')`; leaving the remote shows "outside the remote".
 */
export function renderRemote({ App, basePath, path, resolve, user, language = 'id', loadPlugin }: RenderRemoteOptions) {
  window.sessionStorage.clear();
  if (user) {
    window.sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }),
    );
  }
  const { fetchImpl, calls } = graphqlFetch(resolve, user);
  // The portal's kind of router: a page may hold a move (useNavigationBlocker), as in the portal.
  const history = blockingHistory(createMemoryHistory({ initialEntries: [path], v5Compat: true }));
  const routes = (
    <BlockingRouter history={history}>
      <Routes>
        <Route
          path={`${basePath}/*`}
          element={
            <>
              <App basePath={basePath} />
              <Location />
            </>
          }
        />
        <Route path="*" element={<p>outside the remote</p>} />
      </Routes>
    </BlockingRouter>
  );
  const result = render(
    <I18nProvider initialLanguage={language}>
      <SessionProvider fetchImpl={fetchImpl}>
        <UiProvider>{loadPlugin ? <PluginHostProvider load={loadPlugin}>{routes}</PluginHostProvider> : routes}</UiProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...result, calls, fetchImpl };
}

/** A GraphQL error body as the gateway sends it: code, field and the message in both languages. */
export function gqlError(code: string, field: string | null, id: string, en: string) {
  return { data: null, errors: [{ message: en, extensions: { code, ...(field ? { field } : {}), messages: { id, en } } }] };
}

/** A cursor connection of `items`, shaped as the services return it. */
export function connection<T>(items: T[], hasNextPage = false, totalCount = items.length) {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: items.length ? `c${items.length}` : null },
    edges: items.map((node, index) => ({ cursor: `c${index + 1}`, node })),
  };
}

/** The error summary at the top of a form, found by the start of its text. */
export async function findSummary(title = 'Ada masalah'): Promise<HTMLElement> {
  return waitFor(() => {
    const summary = screen.getAllByRole('alert').find((alert) => alert.textContent?.startsWith(title));
    if (!summary) throw new Error('no error summary yet');
    return summary;
  });
}

/** A message key shown instead of its text (`mpp.onboarding.title`) means the catalogue lacks it. */
export function expectNoMissingTexts(prefix: string): void {
  expect(document.body.textContent ?? '').not.toMatch(new RegExp(`\\b${prefix}\\.[a-zA-Z]`));
}

/**
 * The two catalogues of a remote agree: the same keys in Bahasa Indonesia and English, no empty
 * text, and the same `{placeholders}` in both languages.
 */
export function expectMatchingCatalogues(messages: { id: Record<string, string>; en: Record<string, string> }): void {
  const idKeys = Object.keys(messages.id).sort();
  const enKeys = Object.keys(messages.en).sort();
  expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([]);
  const empty = [...Object.entries(messages.id), ...Object.entries(messages.en)]
    .filter(([, text]) => text.trim() === '')
    .map(([key]) => key);
  expect(empty).toEqual([]);
  const placeholders = (text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  expect(idKeys.filter((key) => placeholders(messages.id[key] ?? '') !== placeholders(messages.en[key] ?? ''))).toEqual([]);
}
