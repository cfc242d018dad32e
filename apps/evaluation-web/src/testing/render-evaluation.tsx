import { UiProvider } from '@simpul/ui';
import { I18nProvider, SESSION_STORAGE_KEY, SessionProvider, type Language, type SessionUser } from '@simpul/web-kit';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import EvaluationApp from '../app';

export type Resolver = (operation: string, variables: Record<string, unknown>) => unknown;

export const ADMIN: SessionUser = { id: 'admin', email: 'admin@simpul.test', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null };

/**
 * The evaluation remote mounted under /evaluasi as the portal mounts it, with the network replaced by
 * `resolve(operationName, variables)` returning the GraphQL response body.
 */
export function renderEvaluation(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
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
              <Route path="/evaluasi/*" element={<EvaluationApp basePath="/evaluasi" />} />
              <Route path="*" element={<p>outside the evaluation remote</p>} />
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

export const DESK: SessionUser = { id: 'desk-1', email: 'desk.samsat-kalsel@simpul.test', displayName: 'Desk SAMSAT Kalimantan Selatan', role: 'UNIT_DESK', serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan' }, mallId: null };
export const EVALUATOR: SessionUser = { id: 'eval-1', email: 'evaluator@simpul.test', displayName: 'Evaluator PEKPPP', role: 'EVALUATOR', serviceUnit: null, mallId: null };

export const errorOf = (code: string, field: string | null, id: string, en: string) => ({
  data: null,
  errors: [{ message: en, extensions: { code, field, messages: { id, en } } }],
});
