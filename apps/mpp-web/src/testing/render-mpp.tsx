import { expectNoMissingTexts as expectNoMissingTextsOf, findSummary, gqlError, renderRemote, type Resolver } from '@simpul/ui/testing';
import type { Language, PluginLoader, SessionUser } from '@simpul/web-kit';
import MppApp from '../app';

export type { Resolver };

export const MALL_ID = 'mall-bjm';
export const OPERATOR: SessionUser = {
  id: 'op',
  email: 'operator.banjarmasin@simpul.test',
  displayName: 'Operator Banjarmasin',
  role: 'MPP_OPERATOR',
  serviceUnit: null,
  mallId: MALL_ID,
};
export const OTHER_OPERATOR: SessionUser = { ...OPERATOR, id: 'op2', email: 'operator.lain@simpul.test', mallId: 'mall-other' };
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
  displayName: 'Desk Samsat',
  role: 'UNIT_DESK',
  serviceUnit: { id: 'unit-samsat', name: 'Samsat Banjarmasin' },
  mallId: null,
};

/** The MPP remote mounted under /mpp as the portal mounts it; the network is `resolve` (agency desk plugins load through `loadPlugin`). */
export function renderMpp(
  path: string,
  resolve: Resolver,
  options: { user?: SessionUser | null; language?: Language; loadPlugin?: PluginLoader } = {},
) {
  return renderRemote({
    App: MppApp,
    basePath: '/mpp',
    path,
    resolve,
    user: options.user === undefined ? OPERATOR : options.user,
    language: options.language,
    loadPlugin: options.loadPlugin,
  });
}

export { findSummary, gqlError };

export const unexpected = (operation: string) => ({ data: null, errors: [{ message: `unexpected ${operation}` }] });

/** A key shown instead of a text (`mpp.onboarding.title`) means a message is missing from the catalogue. */
export function expectNoMissingTexts(): void {
  expectNoMissingTextsOf('mpp');
}
