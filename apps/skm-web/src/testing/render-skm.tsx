import { gqlError, renderRemote, type Resolver } from '@simpul/ui/testing';
import type { Language, SessionUser } from '@simpul/web-kit';
import { SKM_ELEMENTS } from '@simpul/scoring';
import type { SkmPublicSurveyQuery } from '../__generated__/operations';
import SkmApp from '../app';

export type { Resolver };

export const ADMIN: SessionUser = {
  id: 'admin',
  email: 'admin@simpul.test',
  displayName: 'Admin Nasional',
  role: 'NATIONAL_ADMIN',
  serviceUnit: null,
  mallId: null,
};
export const UNIT_DESK: SessionUser = {
  id: 'desk',
  email: 'desk@simpul.test',
  displayName: 'Petugas Samsat',
  role: 'UNIT_DESK',
  serviceUnit: { id: 'unit-1', name: 'Samsat Banjarmasin' },
  mallId: null,
};

/** The SKM remote mounted under /skm as the portal mounts it; the network is `resolve`. */
export function renderSkm(path: string, resolve: Resolver, options: { user?: SessionUser | null; language?: Language } = {}) {
  return renderRemote({
    App: SkmApp,
    basePath: '/skm',
    path,
    resolve,
    user: options.user === undefined ? null : options.user,
    language: options.language,
  });
}

export { gqlError };

/** The nine PermenPANRB 14/2017 elements as the service sends them (Indonesian names). */
export const NINE: SkmPublicSurveyQuery['skmPublicSurvey']['elements'] = SKM_ELEMENTS.map((element) => ({
  code: element.code,
  name: element.name ?? element.code,
  weight: '1/9',
  required: true,
}));

export const PUBLIC_SURVEY: SkmPublicSurveyQuery['skmPublicSurvey'] = {
  id: 's1',
  title: 'SKM Samsat Banjarmasin',
  serviceUnitId: null,
  deskId: null,
  periodLabel: 'Triwulan IV 2026',
  periodKind: 'QUARTER',
  year: 2026,
  number: 4,
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  open: true,
  tokenUsed: null,
  tokenServiceId: null,
  elements: NINE,
};
