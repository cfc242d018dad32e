import { UiProvider } from '@simpul/ui';
import { I18nProvider, SESSION_STORAGE_KEY, SessionProvider, type Language, type SessionUser } from '@simpul/web-kit';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import RegistryApp from '../app';

export type Resolver = (operation: string, variables: Record<string, unknown>) => unknown;

export const ADMIN: SessionUser = { id: 'admin', email: 'admin@simpul.test', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null };

/**
 * The registry remote mounted under /registry as the portal mounts it, with the network replaced by
 * `resolve(operationName, variables)` returning the GraphQL response body.
 */
export function renderRegistry(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  window.sessionStorage.clear();
  const user = options.user === undefined ? ADMIN : options.user;
  if (user) {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }));
  }
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const fetchImpl = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? 'anonymous';
    calls.push({ operation, variables });
    const body = operation === 'Me' ? { data: { me: user } } : resolve(operation, variables);
    return { ok: true, status: 200, json: async () => body } as Response;
  });
  const result = render(
    <I18nProvider initialLanguage={options.language ?? 'id'}>
      <SessionProvider fetchImpl={fetchImpl}>
        <UiProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/registry/*" element={<RegistryApp basePath="/registry" />} />
              <Route path="*" element={<p>outside the registry</p>} />
            </Routes>
          </MemoryRouter>
        </UiProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...result, calls };
}

export const badInput = (field: string, id: string, en: string) => ({
  data: null,
  errors: [{ message: en, extensions: { code: 'BAD_USER_INPUT', field, messages: { id, en } } }],
});
