import type { DeskPluginDetail, DeskPluginRow } from './plugin.operations';

// Typed payloads of the desk plugin contract (issue #15) for the plugin pages' tests.

export const SAMSAT_AGENCY = { id: '11111111-1111-4111-8111-111111111111', name: 'Pemerintah Provinsi Kalimantan Selatan' };
export const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

export const PENDING_PLUGIN: DeskPluginDetail = {
  id: 'plugin-1',
  name: { id: 'Estimasi Pajak Kendaraan', en: 'Vehicle tax estimate' },
  agency: SAMSAT_AGENCY,
  version: '1.0.0',
  status: 'PENDING',
  pages: ['DESK_HOME', 'UNIT_PAGE'],
  submittedAt: '2026-12-06T02:00:00Z',
  entryUrl: 'http://127.0.0.1:4300/remoteEntry.js',
  exposedModule: './Plugin',
  sha256: HASH,
  integrity: 'sha256-n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
  scopes: ['UNIT_INDICATORS_READ'],
  submittedBy: 'desk-1',
  submittedByName: 'Desk Samsat',
  history: [{ id: 'e1', kind: 'SUBMITTED', actorId: 'desk-1', actorName: 'Desk Samsat', reason: null, at: '2026-12-06T02:00:00Z' }],
};

export const APPROVED_PLUGIN: DeskPluginDetail = {
  ...PENDING_PLUGIN,
  id: 'plugin-2',
  name: { id: 'Cek Antrean Paspor', en: 'Passport queue check' },
  agency: { id: 'agency-imigrasi', name: 'Kantor Imigrasi Banjarmasin' },
  version: '2.1.0',
  status: 'APPROVED',
  pages: ['MALL_DESK'],
  history: [
    { id: 'e2', kind: 'SUBMITTED', actorId: 'desk-2', actorName: 'Desk Imigrasi', reason: null, at: '2026-12-01T02:00:00Z' },
    { id: 'e3', kind: 'APPROVED', actorId: 'admin', actorName: 'Admin Nasional', reason: null, at: '2026-12-02T03:30:00Z' },
  ],
};

export const rowOf = ({ id, name, agency, version, status, pages, submittedAt }: DeskPluginDetail): DeskPluginRow => ({
  id,
  name,
  agency,
  version,
  status,
  pages,
  submittedAt,
});
