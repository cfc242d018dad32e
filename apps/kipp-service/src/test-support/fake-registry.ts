import { startFakeRegistry as startKitFakeRegistry, type FakeRegistry } from '@simpul/service-kit/testing';
import { agencyId, DEMO_UNITS, unitId, userId } from '../seed/demo-registry';

/** The registry's people as KIPP tests need them: the demo accounts plus two not yet appointed to anything. */
export const REGISTRY_USERS: ReadonlyArray<{ email: string; displayName: string; role: string }> = [
  { email: 'admin@simpul.test', displayName: 'Admin Nasional KemenPAN-RB', role: 'NATIONAL_ADMIN' },
  { email: 'admin.kalsel@simpul.test', displayName: 'Admin Lokal KIPP Pemprov Kalimantan Selatan', role: 'UNIT_DESK' },
  { email: 'desk.dpmptsp-kalteng@simpul.test', displayName: 'Desk DPMPTSP Kalimantan Tengah', role: 'UNIT_DESK' },
  { email: 'desk.samsat-kalsel@simpul.test', displayName: 'Desk SAMSAT Kalimantan Selatan', role: 'UNIT_DESK' },
  { email: 'evaluator@simpul.test', displayName: 'Evaluator PEKPPP', role: 'EVALUATOR' },
  { email: 'panel@simpul.test', displayName: 'Ketua Tim Panel Independen', role: 'EVALUATOR' },
  { email: 'te2@simpul.test', displayName: 'Anggota Tim Evaluasi 2', role: 'EVALUATOR' },
  { email: 'penilai.baru@simpul.test', displayName: 'Penilai Baru', role: 'EVALUATOR' },
  { email: 'operator.banjarmasin@simpul.test', displayName: 'Operator MPP Banjarmasin', role: 'MPP_OPERATOR' },
];

/**
 * The registry test double (service-kit's, its SDL checked against the registry's) serving the
 * registry's demo units and agencies and the people above. The KIPP rules stay tested against real
 * PostgreSQL; only the registry's answers come from here.
 */
export function startFakeRegistry(): Promise<FakeRegistry> {
  return startKitFakeRegistry({
    agencies: DEMO_UNITS.map((unit) => ({ id: agencyId(unit.agencyKey), name: unit.agencyKey, type: unit.agencyType })),
    units: DEMO_UNITS.map((unit) => ({ id: unitId(unit.key), agencyId: agencyId(unit.agencyKey), regionCode: unit.regionCode })),
    users: REGISTRY_USERS.map((user) => ({ id: userId(user.email), ...user })),
  });
}

export type { FakeRegistry };
