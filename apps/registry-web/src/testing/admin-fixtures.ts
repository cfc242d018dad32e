import { connection } from '@simpul/ui/testing';
import type { AuditEntry } from '../history/history.operations';
import type { UserDetail } from '../users/user.operations';

// Typed payloads as contracts A (users) and B (audit entries) define them.

export const DESK_USER: UserDetail = {
  id: 'user-desk',
  email: 'desk.samsat@simpul.test',
  name: 'Rina Desk',
  role: 'UNIT_DESK',
  status: 'ACTIVE',
  serviceUnitId: 'unit-1',
  mallId: null,
  serviceUnit: { id: 'unit-1', name: 'Samsat Kalimantan Selatan' },
  lastSignInAt: '2026-12-01T02:00:00Z',
  invitedAt: '2026-11-20T02:00:00Z',
  createdAt: '2026-11-20T02:00:00Z',
};

export const OPERATOR_USER: UserDetail = {
  ...DESK_USER,
  id: 'user-op',
  email: 'op.banjarmasin@simpul.test',
  name: 'Budi Operator',
  role: 'MPP_OPERATOR',
  status: 'INVITED',
  serviceUnitId: null,
  serviceUnit: null,
  mallId: 'mall-1',
  lastSignInAt: null,
};

export const ADMIN_USER: UserDetail = {
  ...DESK_USER,
  id: 'user-admin',
  email: 'admin2@simpul.test',
  name: 'Sari Admin',
  role: 'NATIONAL_ADMIN',
  serviceUnitId: null,
  serviceUnit: null,
  status: 'DEACTIVATED',
};

export const UNIT_CHANGE: AuditEntry = {
  id: 'audit-1',
  at: '2026-12-06T03:15:00Z',
  actorId: 'user-desk',
  actorName: 'Rina Desk',
  action: 'UPDATE',
  objectType: 'ServiceUnit',
  objectId: 'unit-1',
  changes: [{ field: 'address', before: 'Jl. Lama 1', after: 'Jl. A. Yani Km 5' }],
};

export const USER_CHANGE: AuditEntry = {
  id: 'audit-2',
  at: '2026-12-05T01:00:00Z',
  actorId: 'admin',
  actorName: 'Admin Nasional',
  action: 'UPDATE',
  objectType: 'User',
  objectId: 'user-desk',
  changes: [
    { field: 'role', before: 'EVALUATOR', after: 'UNIT_DESK' },
    { field: 'service_unit_id', before: null, after: 'unit-1' },
  ],
};

export const MALLS = connection([
  { id: 'mall-1', name: 'MPP Kota Banjarmasin' },
  { id: 'mall-2', name: 'MPP Kota Palangka Raya' },
]);
export const UNITS = connection([
  { id: 'unit-1', name: 'Samsat Kalimantan Selatan', agency: { name: 'Pemprov Kalimantan Selatan' } },
  { id: 'unit-2', name: 'RSUD Ulin Banjarmasin', agency: { name: 'Pemprov Kalimantan Selatan' } },
]);
