import { gqlError, renderRemote, type Resolver } from '@simpul/ui/testing';
import type { Language, SessionUser } from '@simpul/web-kit';
import EvaluationApp from '../app';

export type { Resolver };

export const ADMIN: SessionUser = {
  id: 'admin',
  email: 'admin@simpul.test',
  displayName: 'Admin Nasional',
  role: 'NATIONAL_ADMIN',
  serviceUnit: null,
  mallId: null,
};

/** The evaluation remote mounted under /evaluasi as the portal mounts it; the network is `resolve`. */
export function renderEvaluation(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  return renderRemote({
    App: EvaluationApp,
    basePath: '/evaluasi',
    path,
    resolve,
    user: options.user === undefined ? ADMIN : options.user,
    language: options.language,
  });
}

export const badInput = (field: string, id: string, en: string) => gqlError('BAD_USER_INPUT', field, id, en);

export const DESK: SessionUser = {
  id: 'desk-1',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Desk SAMSAT Kalimantan Selatan',
  role: 'UNIT_DESK',
  serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan' },
  mallId: null,
};
export const EVALUATOR: SessionUser = {
  id: 'eval-1',
  email: 'evaluator@simpul.test',
  displayName: 'Evaluator PEKPPP',
  role: 'EVALUATOR',
  serviceUnit: null,
  mallId: null,
};

export const errorOf = gqlError;
