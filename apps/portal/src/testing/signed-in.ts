import { SESSION_STORAGE_KEY } from '@simpul/web-kit';

export const DESK_USER = {
  id: 'u1',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Petugas Samsat',
  role: 'UNIT_DESK',
  mallId: null,
  serviceUnit: { id: 'unit-9', name: 'Samsat Kalimantan Selatan' },
} as const;

/** A session the portal finds on start, as after signing in (an hour left). */
export function signInAs(user: unknown = DESK_USER) {
  window.sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }),
  );
}
