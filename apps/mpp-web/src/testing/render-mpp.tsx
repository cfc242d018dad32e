import { UiProvider } from '@simpul/ui';
import { I18nProvider, SESSION_STORAGE_KEY, SessionProvider, type Language, type SessionUser } from '@simpul/web-kit';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import MppApp from '../app';

export type Resolver = (operation: string, variables: Record<string, unknown>) => unknown;

export const MALL_ID = 'mall-bjm';
export const OPERATOR: SessionUser = { id: 'op', email: 'operator.banjarmasin@simpul.test', displayName: 'Operator Banjarmasin', role: 'MPP_OPERATOR', serviceUnit: null, mallId: MALL_ID };
export const OTHER_OPERATOR: SessionUser = { ...OPERATOR, id: 'op2', email: 'operator.lain@simpul.test', mallId: 'mall-other' };
export const ADMIN: SessionUser = { id: 'admin', email: 'admin@simpul.test', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null };
export const DESK: SessionUser = { id: 'desk', email: 'desk.samsat-kalsel@simpul.test', displayName: 'Desk Samsat', role: 'UNIT_DESK', serviceUnit: { id: 'unit-samsat', name: 'Samsat Banjarmasin' }, mallId: null };

function Where() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

/**
 * The MPP remote mounted under /mpp as the portal mounts it, with the network replaced by
 * `resolve(operationName, variables)` returning the GraphQL response body.
 */
export function renderMpp(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  window.sessionStorage.clear();
  const user = options.user === undefined ? OPERATOR : options.user;
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
              <Route path="/mpp/*" element={<><MppApp basePath="/mpp" /><Where /></>} />
              <Route path="*" element={<p>outside the mpp remote</p>} />
            </Routes>
          </MemoryRouter>
        </UiProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...result, calls };
}

export const gqlError = (code: string, field: string | null, id: string, en: string) => ({
  data: null,
  errors: [{ message: en, extensions: { code, ...(field ? { field } : {}), messages: { id, en } } }],
});

export const unexpected = (operation: string) => ({ data: null, errors: [{ message: `unexpected ${operation}` }] });

/** The error summary at the top of a form (found by its heading text: @simpul/ui's Alert drops its aria-labelledby). */
export async function findSummary(title = 'Ada masalah'): Promise<HTMLElement> {
  return waitFor(() => {
    const summary = screen.getAllByRole('alert').find((alert) => alert.textContent?.startsWith(title));
    if (!summary) throw new Error('no error summary yet');
    return summary;
  });
}

/** A key shown instead of a text (`mpp.onboarding.title`) means a message is missing from the catalogue. */
export function expectNoMissingTexts(): void {
  expect(document.body.textContent ?? '').not.toMatch(/\bmpp\.[a-zA-Z]/);
}
