import { UiProvider } from '@simpul/ui';
import { I18nProvider, SESSION_STORAGE_KEY, SessionProvider, type Language, type SessionUser } from '@simpul/web-kit';
import { configure, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import KippApp from '../app';
import type { KippRoles } from '../shared/kipp-roles';

// The checks share two CPU cores with other projects' tests: a render may take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

export type Resolver = (operation: string, variables: Record<string, unknown>) => unknown;

export const ADMIN: SessionUser = { id: 'admin', email: 'admin@simpul.test', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null };
export const DESK: SessionUser = { id: 'desk', email: 'desk.samsat-kalsel@simpul.test', displayName: 'Desk SAMSAT Kalsel', role: 'UNIT_DESK', serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan' }, mallId: null };
export const EVALUATOR: SessionUser = { id: 'eval-1', email: 'evaluator@simpul.test', displayName: 'Evaluator KIPP', role: 'EVALUATOR', serviceUnit: null, mallId: null };
/** The provincial DPMPTSP desk whom KIPP appointed local admin of Pemprov Kalimantan Selatan. */
export const LOCAL_ADMIN: SessionUser = { id: 'local-admin', email: 'admin.kalsel@simpul.test', displayName: 'Admin Lokal KIPP Kalsel', role: 'UNIT_DESK', serviceUnit: { id: 'unit-63', name: 'DPMPTSP Provinsi Kalimantan Selatan' }, mallId: null };
export const PANEL: SessionUser = { id: 'panel', email: 'panel@simpul.test', displayName: 'Ketua TPI', role: 'EVALUATOR', serviceUnit: null, mallId: null };

/** What myKippRoles answers for each demo person (the KIPP appointments come from the KIPP service, not the portal role). */
export function rolesFor(user: SessionUser | null): KippRoles | null {
  if (!user) return null;
  return {
    nationalAdmin: user.role === 'NATIONAL_ADMIN',
    unitDesk: user.role === 'UNIT_DESK',
    localAdminOf: user.id === LOCAL_ADMIN.id ? [{ agency: { id: 'pemprov-63', name: 'Pemerintah Provinsi Kalimantan Selatan' } }] : [],
    evaluatorPanel: user.id === PANEL.id ? 'TPI' : user.role === 'EVALUATOR' ? 'TE' : null,
  };
}

/**
 * The KIPP remote mounted under /kipp as the portal mounts it, with the network replaced by
 * `resolve(operationName, variables)` returning the GraphQL response body. `user: null` is the public.
 */
export function renderKipp(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
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
    const body = operation === 'Me' ? { data: { me: user } } : operation === 'KippMyRoles' ? { data: { myKippRoles: rolesFor(user) } } : resolve(operation, variables);
    return { ok: true, status: 200, json: async () => body } as Response;
  });
  const result = render(
    <I18nProvider initialLanguage={options.language ?? 'id'}>
      <SessionProvider fetchImpl={fetchImpl}>
        <UiProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/kipp/*" element={<KippApp basePath="/kipp" />} />
            </Routes>
          </MemoryRouter>
        </UiProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...result, calls };
}

export const errorOf = (code: string, field: string | null, id: string, en: string) => ({
  data: null,
  errors: [{ message: en, extensions: { code, field, messages: { id, en } } }],
});

export function connection<T>(items: T[], hasNextPage = false) {
  return { totalCount: items.length, pageInfo: { hasNextPage, endCursor: items.length ? `c${items.length}` : null }, edges: items.map((node, index) => ({ cursor: `c${index + 1}`, node })) };
}
