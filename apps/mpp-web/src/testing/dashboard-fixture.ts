import type { MallDashboard } from '../dashboard/dashboard.operations';
import { pageOf } from './page-of';

export const DASHBOARD: MallDashboard = {
  from: '2026-08-25',
  to: '2026-11-23',
  origin: 'OFFICIAL',
  funnel: [
    { step: 'INVITED', current: 1, reached: 14 },
    { step: 'AGREEMENT_SIGNED', current: 0, reached: 13 },
    { step: 'DESK_ASSIGNED', current: 1, reached: 13 },
    { step: 'SERVICES_READY', current: 0, reached: 12 },
    { step: 'LIVE', current: 12, reached: 12 },
    { step: 'PAUSED', current: 0, reached: 0 },
    { step: 'LEFT', current: 0, reached: 0 },
  ],
  occupancy: [
    { weekday: 'MONDAY', open: true, desks: 16, occupied: 14, rate: 0.875 },
    { weekday: 'TUESDAY', open: true, desks: 16, occupied: 12, rate: 0.75 },
    { weekday: 'WEDNESDAY', open: true, desks: 16, occupied: 12, rate: 0.75 },
    { weekday: 'THURSDAY', open: true, desks: 16, occupied: 12, rate: 0.75 },
    { weekday: 'FRIDAY', open: true, desks: 16, occupied: 13, rate: 0.8125 },
    { weekday: 'SATURDAY', open: false, desks: 16, occupied: 0, rate: 0 },
    { weekday: 'SUNDAY', open: false, desks: 16, occupied: 0, rate: 0 },
  ],
  visitorTrend: [
    { period: '2026-11-02', visitors: 1520, complaints: 3, deskDays: 60 },
    { period: '2026-11-09', visitors: 1611, complaints: 1, deskDays: 61 },
    { period: '2026-11-16', visitors: 1490, complaints: 4, deskDays: 60 },
  ],
  agreementsNearingExpiry: pageOf([
    {
      tenancy: { id: 'ten-bpjs' },
      agency: { id: 'agency-bpjs', name: 'BPJS Kesehatan' },
      agreement: { id: 'pks-bpjs', number: '045/PKS/MPP-BJM/2023', expiresOn: '2026-12-20', daysToExpiry: 27, status: 'EXPIRING' },
    },
  ]),
  servicesNotReady: pageOf([
    {
      tenancyServiceId: 'ts-ktp',
      tenancy: { id: 'ten-kemenag', step: 'DESK_ASSIGNED' },
      agency: { id: 'agency-kemenag', name: 'Kementerian Agama' },
      service: { id: 'svc-nikah', name: 'Pendaftaran nikah' },
      reason: 'STANDARD_INCOMPLETE',
      missingComponents: ['FEE'],
      unpublishedComponents: ['COMPLAINT_HANDLING'],
    },
  ]),
  busiestDesks: pageOf([
    {
      desk: {
        id: 'desk-1',
        number: 1,
        label: 'Imigrasi',
        latestIkm: {
          value: 88.31,
          category: { code: 'B', label: 'Baik', labelEn: 'Good' },
          respondents: 412,
          periodKind: 'QUARTER',
          year: 2026,
          number: 3,
          origin: 'DEMO',
          source: null,
        },
        latestIkmGap: null,
      },
      visitors: 1800,
      complaints: 2,
      days: 60,
      averagePerDay: 30,
    },
  ]),
  quotaUse: pageOf([
    {
      service: { id: 'svc-paspor', name: 'Paspor biasa' },
      agency: { id: 'agency-imi', name: 'Direktorat Jenderal Imigrasi' },
      dailyQuota: 30,
      days: 60,
      visitors: 1710,
      use: 0.95,
      daysOverQuota: 4,
      peakDay: 34,
    },
  ]),
};
