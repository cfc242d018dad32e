import { UiProvider } from '@simpul/ui';
import { I18nProvider, SESSION_STORAGE_KEY, SessionProvider, type Language, type SessionUser } from '@simpul/web-kit';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import SkmApp from '../app';

export type Resolver = (operation: string, variables: Record<string, unknown>) => unknown;

export const ADMIN: SessionUser = { id: 'admin', email: 'admin@simpul.test', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null };
export const UNIT_DESK: SessionUser = { id: 'desk', email: 'desk@simpul.test', displayName: 'Petugas Samsat', role: 'UNIT_DESK', serviceUnit: { id: 'unit-1', name: 'Samsat Banjarmasin' }, mallId: null };

/** The GraphQL fetch as the gateway would answer it: `resolve(operationName, variables)` returns the body. */
export function graphqlFetch(resolve: Resolver, user: SessionUser | null = null) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const fetchImpl = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? 'anonymous';
    calls.push({ operation, variables });
    const body = operation === 'Me' ? { data: { me: user } } : resolve(operation, variables);
    return { ok: true, status: 200, json: async () => body } as Response;
  });
  return { fetchImpl, calls };
}

/** The SKM remote mounted under /skm as the portal mounts it, the network replaced by `resolve`. */
export function renderSkm(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  window.sessionStorage.clear();
  const user = options.user === undefined ? null : options.user;
  if (user) {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }));
  }
  const { fetchImpl, calls } = graphqlFetch(resolve, user);
  const result = render(
    <I18nProvider initialLanguage={options.language ?? 'id'}>
      <SessionProvider fetchImpl={fetchImpl}>
        <UiProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/skm/*" element={<SkmApp basePath="/skm" />} />
            </Routes>
          </MemoryRouter>
        </UiProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...result, calls, fetchImpl };
}

export const gqlError = (code: string, field: string | null, id: string, en: string) => ({
  data: null,
  errors: [{ message: en, extensions: { code, ...(field ? { field } : {}), messages: { id, en } } }],
});

export const NINE = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code, i) => ({
  code, name: ['Persyaratan', 'Prosedur', 'Waktu', 'Biaya', 'Produk', 'Kompetensi', 'Perilaku', 'Sarana', 'Pengaduan'][i], weight: '1/9', required: true,
}));

export const PUBLIC_SURVEY = {
  id: 's1', title: 'SKM Samsat Banjarmasin', serviceUnitId: null, deskId: null, periodLabel: 'Triwulan IV 2026',
  startsOn: '2026-10-01', endsOn: '2026-12-31', open: true, tokenUsed: null, elements: NINE,
};
