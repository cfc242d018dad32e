import { gqlError, renderRemote, type Resolver } from '@simpul/ui/testing';
import type { Language, SessionUser } from '@simpul/web-kit';
import RegistryApp from '../app';

export type { Resolver };

export const ADMIN: SessionUser = {
  id: 'admin',
  email: 'admin@simpul.test',
  displayName: 'Admin Nasional',
  role: 'NATIONAL_ADMIN',
  serviceUnit: null,
  mallId: null,
};

/** The registry remote mounted under /registry as the portal mounts it; the network is `resolve`. */
export function renderRegistry(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  return renderRemote({
    App: RegistryApp,
    basePath: '/registry',
    path,
    resolve,
    user: options.user === undefined ? ADMIN : options.user,
    language: options.language,
  });
}

export const badInput = (field: string, id: string, en: string) => gqlError('BAD_USER_INPUT', field, id, en);

export const OPERATOR: SessionUser = {
  id: 'op-1',
  email: 'operator@simpul.test',
  displayName: 'Operator Banjarmasin',
  role: 'MPP_OPERATOR',
  serviceUnit: null,
  mallId: 'mall-1',
};
export const DESK: SessionUser = {
  id: 'desk-1',
  email: 'desk@simpul.test',
  displayName: 'Desk Samsat',
  role: 'UNIT_DESK',
  serviceUnit: { id: 'unit-1', name: 'Samsat Kalimantan Selatan' },
  mallId: null,
};
