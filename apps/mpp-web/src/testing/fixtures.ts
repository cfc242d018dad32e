import type { StepDefinition, TenancyDetail, TenancyServiceRow } from '../tenancies/tenancy.operations';
import { pageOf } from './page-of';

const item = (code: string, label: string, labelEn: string) => ({ code, label, labelEn });

/** The five step definitions as the service sends them. */
export const STEPS: StepDefinition[] = [
  {
    step: 'INVITED',
    title: 'Instansi diundang',
    requirement: '',
    checklist: [
      item('invitation-sent', 'Surat undangan dikirim', 'Invitation sent'),
      item('contact-named', 'Narahubung ditetapkan', 'Contact named'),
    ],
  },
  {
    step: 'AGREEMENT_SIGNED',
    title: 'PKS ditandatangani',
    requirement: '',
    checklist: [
      item('pks-signed', 'PKS ditandatangani', 'Agreement signed'),
      item('pks-filed', 'Dokumen PKS diarsipkan', 'Agreement filed'),
    ],
  },
  {
    step: 'DESK_ASSIGNED',
    title: 'Gerai ditetapkan',
    requirement: '',
    checklist: [
      item('staff-named', 'Petugas gerai ditetapkan', 'Desk staff named'),
      item('equipment-ready', 'Perangkat siap', 'Equipment ready'),
    ],
  },
  {
    step: 'SERVICES_READY',
    title: 'Layanan siap',
    requirement: '',
    checklist: [
      item('services-selected', 'Layanan dipilih dari registri', 'Services picked'),
      item('quotas-set', 'Kuota harian ditetapkan', 'Quotas set'),
    ],
  },
  {
    step: 'LIVE',
    title: 'Beroperasi',
    requirement: '',
    checklist: [
      item('staff-trained', 'Petugas mengikuti orientasi', 'Staff trained'),
      item('launch-announced', 'Pembukaan diumumkan', 'Launch announced'),
    ],
  },
];

export function service(overrides: Partial<TenancyServiceRow> & { name: string }): TenancyServiceRow {
  const { name, ...rest } = overrides;
  return {
    id: `ts-${name}`,
    status: 'PENDING',
    dailyQuota: null,
    deliveryReady: true,
    missingComponents: [],
    unpublishedComponents: [],
    checkedAt: '2026-11-20T02:00:00Z',
    service: { id: `svc-${name}`, name },
    serviceUnit: { id: 'unit-imi', name: 'Kantor Imigrasi Banjarmasin' },
    ...rest,
  };
}

const record = (step: TenancyDetail['step'], at: string) => ({
  id: `rec-${step}`,
  step,
  note: null,
  completedBy: 'op',
  completedByName: 'Operator Banjarmasin',
  completedAt: at,
  checklist: [],
});

/** A tenancy of Imigrasi at MPP Kota Banjarmasin at the given step, with what that step implies. */
export function tenancyAt(step: TenancyDetail['step'], overrides: Partial<TenancyDetail> = {}): TenancyDetail {
  const order = ['INVITED', 'AGREEMENT_SIGNED', 'DESK_ASSIGNED', 'SERVICES_READY', 'LIVE'];
  const reached = order.slice(0, order.indexOf(step) + 1);
  const next = order[order.indexOf(step) + 1];
  const agreement = {
    id: 'pks-1',
    number: '500/12/MPP-BJM/2026',
    signedOn: '2026-01-05',
    startsOn: '2026-01-10',
    expiresOn: '2027-01-09',
    originalExpiresOn: '2027-01-09',
    status: 'ACTIVE' as const,
    daysToExpiry: 412,
    document: null,
    addenda: [],
  };
  return {
    id: 'ten-imi',
    step,
    resumeStep: null,
    invitedAt: '2026-01-02T03:00:00Z',
    liveSince: step === 'LIVE' ? '2026-02-01T03:00:00Z' : null,
    leftAt: null,
    canManage: true,
    agency: { id: 'agency-imi', name: 'Direktorat Jenderal Imigrasi', type: 'KEMENTERIAN' },
    mall: { id: 'mall-bjm', name: 'MPP Kota Banjarmasin' },
    nextStep: STEPS.find((s) => s.step === next) ?? null,
    history: pageOf(reached.map((s, index) => record(s as TenancyDetail['step'], `2026-01-0${index + 2}T03:00:00Z`))),
    agreements: pageOf(reached.includes('AGREEMENT_SIGNED') ? [agreement] : []),
    currentAgreement: reached.includes('AGREEMENT_SIGNED') ? agreement : null,
    deskAssignments: reached.includes('DESK_ASSIGNED')
      ? [{ id: 'as-1', weekday: 'MONDAY', staffCount: 2, desk: { id: 'desk-7', number: 7, label: null } }]
      : [],
    services: pageOf(reached.includes('SERVICES_READY') ? [service({ name: 'Paspor biasa', dailyQuota: 30 })] : []),
    ...overrides,
  };
}

/** One page holding `nodes`, as the service returns a connection. */
export function connection<T>(nodes: T[], more: { totalCount?: number; hasNextPage?: boolean } = {}) {
  return {
    totalCount: more.totalCount ?? nodes.length,
    edges: nodes.map((node, index) => ({ cursor: `cursor-${index}`, node })),
    pageInfo: { hasNextPage: more.hasNextPage ?? false, endCursor: nodes.length ? `cursor-${nodes.length - 1}` : null },
  };
}
