import { connection, gqlError, renderRemote, type Resolver } from '@simpul/ui/testing';
import type { Language, SessionUser } from '@simpul/web-kit';
import KippApp from '../app';
import type { KippRoles } from '../shared/kipp-roles';
import { reply } from './reply';

export type { Resolver };

export const ADMIN: SessionUser = {
  id: 'admin',
  email: 'admin@simpul.test',
  displayName: 'Admin Nasional',
  role: 'NATIONAL_ADMIN',
  serviceUnit: null,
  mallId: null,
};
export const DESK: SessionUser = {
  id: 'desk',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Desk SAMSAT Kalsel',
  role: 'UNIT_DESK',
  serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan' },
  mallId: null,
};
export const EVALUATOR: SessionUser = {
  id: 'eval-1',
  email: 'evaluator@simpul.test',
  displayName: 'Evaluator KIPP',
  role: 'EVALUATOR',
  serviceUnit: null,
  mallId: null,
};
/** The provincial DPMPTSP desk whom KIPP appointed local admin of Pemprov Kalimantan Selatan. */
export const LOCAL_ADMIN: SessionUser = {
  id: 'local-admin',
  email: 'admin.kalsel@simpul.test',
  displayName: 'Admin Lokal KIPP Kalsel',
  role: 'UNIT_DESK',
  serviceUnit: { id: 'unit-63', name: 'DPMPTSP Provinsi Kalimantan Selatan' },
  mallId: null,
};
export const PANEL: SessionUser = {
  id: 'panel',
  email: 'panel@simpul.test',
  displayName: 'Ketua TPI',
  role: 'EVALUATOR',
  serviceUnit: null,
  mallId: null,
};

/** What myKippRoles answers for each demo person (the KIPP appointments come from the KIPP service, not the portal role). */
export function rolesFor(user: SessionUser): KippRoles {
  return {
    nationalAdmin: user.role === 'NATIONAL_ADMIN',
    unitDesk: user.role === 'UNIT_DESK',
    localAdminOf: user.id === LOCAL_ADMIN.id ? [{ agency: { id: 'pemprov-63', name: 'Pemerintah Provinsi Kalimantan Selatan' } }] : [],
    evaluatorPanel: user.id === PANEL.id ? 'TPI' : user.role === 'EVALUATOR' ? 'TE' : null,
  };
}

/**
 * The KIPP remote mounted under /kipp as the portal mounts it; the network is `resolve`, except
 * `myKippRoles`, answered from the signed-in person. `user: null` is the public.
 */
export function renderKipp(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  const user = options.user === undefined ? ADMIN : options.user;
  // myKippRoles is for signed-in callers only; the remote does not ask it for the public.
  const answer: Resolver = (operation, variables) =>
    operation === 'KippMyRoles' && user ? reply('KippMyRoles', { myKippRoles: rolesFor(user) }) : resolve(operation, variables);
  return renderRemote({ App: KippApp, basePath: '/kipp', path, resolve: answer, user, language: options.language });
}

export const errorOf = gqlError;

export { connection };
