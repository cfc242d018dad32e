import { stableId } from '@simpul/service-kit';
import { addDays } from '../common/dates';
import { MallStatus } from '../malls/mall-status.enum';
import { TenancyStep } from '../tenancies/tenancy-step.enum';
import { DEMO_SERVICES, type DemoRegistryService } from './demo-registry';

// Demo malls for the national view and MPP Kota Banjarmasin in detail (issue 5): the city's own
// agencies and national tenants on shared desks, one tenant mid-onboarding whose service misses a
// published delivery component, and one agreement that expires soon. Dates are relative to the
// day the seed runs, so "expires soon" stays true on a fresh database.

export interface DemoMall {
  key: string;
  name: string;
  regencyCode: string;
  status: MallStatus;
  address: string | null;
  managingUnitKey: string | null;
  proposedOn: string;
  openedOn: string | null;
  /** Mon–Fri hours, plus Saturday when given. */
  hours: { weekdays: [string, string]; saturday?: [string, string] };
  desks: number;
}

export interface DemoTenancy {
  mallKey: string;
  agencyKey: string;
  step: TenancyStep;
  invitedOn: string;
  agreement?: {
    number: string;
    signedOn: string;
    startsOn: string;
    expiresOn: string;
    addendum?: { number: string; signedOn: string; expiresOn: string; summary: string };
  };
  desks: { number: number; weekdays: number[]; staff: number }[];
  services: { service: DemoRegistryService; quota: number | null }[];
}

export const DEMO_MALLS: DemoMall[] = [
  {
    key: 'mpp-kota-banjarmasin',
    name: 'Mal Pelayanan Publik Kota Banjarmasin',
    regencyCode: '63.71',
    status: MallStatus.ACTIVE,
    address: 'Jl. Lambung Mangkurat No. 2, Banjarmasin',
    managingUnitKey: 'dpmptsp-63.71',
    proposedOn: '2018-11-05',
    openedOn: '2019-10-21',
    hours: { weekdays: ['08:00', '16:00'], saturday: ['08:00', '12:00'] },
    desks: 10,
  },
  {
    key: 'mpp-kota-banjarmasin-utara',
    name: 'MPP Kota Banjarmasin — Lokasi Banjarmasin Utara',
    regencyCode: '63.71',
    status: MallStatus.PROPOSED,
    address: 'Jl. Brigjen H. Hasan Basri, Banjarmasin Utara',
    managingUnitKey: 'dpmptsp-63.71',
    proposedOn: '2026-02-10',
    openedOn: null,
    hours: { weekdays: ['08:00', '15:00'] },
    desks: 0,
  },
  {
    key: 'mpp-kota-banjarbaru',
    name: 'Mal Pelayanan Publik Kota Banjarbaru',
    regencyCode: '63.72',
    status: MallStatus.ACTIVE,
    address: 'Jl. Panglima Batur, Banjarbaru',
    managingUnitKey: null,
    proposedOn: '2021-03-01',
    openedOn: '2021-11-15',
    hours: { weekdays: ['08:00', '15:00'] },
    desks: 6,
  },
  {
    key: 'mpp-kabupaten-banjar',
    name: 'Mal Pelayanan Publik Kabupaten Banjar',
    regencyCode: '63.03',
    status: MallStatus.ACTIVE,
    address: 'Jl. Ahmad Yani Km 39, Martapura',
    managingUnitKey: null,
    proposedOn: '2022-01-10',
    openedOn: '2022-08-17',
    hours: { weekdays: ['08:00', '15:00'] },
    desks: 5,
  },
  {
    key: 'mpp-kabupaten-tanah-laut',
    name: 'Mal Pelayanan Publik Kabupaten Tanah Laut',
    regencyCode: '63.01',
    status: MallStatus.PROPOSED,
    address: 'Pelaihari',
    managingUnitKey: null,
    proposedOn: '2025-09-01',
    openedOn: null,
    hours: { weekdays: ['08:00', '15:00'] },
    desks: 0,
  },
  {
    key: 'mpp-kota-palangka-raya',
    name: 'Mal Pelayanan Publik Kota Palangka Raya',
    regencyCode: '62.71',
    status: MallStatus.ACTIVE,
    address: 'Jl. Tjilik Riwut Km 1, Palangka Raya',
    managingUnitKey: null,
    proposedOn: '2020-02-03',
    openedOn: '2020-12-10',
    hours: { weekdays: ['08:00', '15:30'] },
    desks: 6,
  },
  {
    key: 'mpp-kota-surabaya',
    name: 'Mal Pelayanan Publik Kota Surabaya (Siola)',
    regencyCode: '35.78',
    status: MallStatus.ACTIVE,
    address: 'Jl. Tunjungan No. 1-3, Surabaya',
    managingUnitKey: null,
    proposedOn: '2017-03-01',
    openedOn: '2017-09-12',
    hours: { weekdays: ['08:00', '16:00'], saturday: ['08:00', '12:00'] },
    desks: 12,
  },
  {
    key: 'mpp-kabupaten-sidoarjo',
    name: 'Mal Pelayanan Publik Kabupaten Sidoarjo',
    regencyCode: '35.15',
    status: MallStatus.SUSPENDED,
    address: 'Sidoarjo',
    managingUnitKey: null,
    proposedOn: '2019-01-15',
    openedOn: '2019-12-02',
    hours: { weekdays: ['08:00', '15:00'] },
    desks: 4,
  },
];

const WEEKDAYS = [1, 2, 3, 4, 5];
const MON_TO_SAT = [1, 2, 3, 4, 5, 6];
const S = DEMO_SERVICES;

export function demoTenancies(today: string): DemoTenancy[] {
  return [
    {
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'pemkot-63.71',
      step: TenancyStep.LIVE,
      invitedOn: '2019-08-01',
      agreement: {
        number: '180/001/PKS-MPP/DPMPTSP/2019',
        signedOn: '2019-09-30',
        startsOn: '2019-10-01',
        expiresOn: '2024-09-30',
        addendum: {
          number: '180/001.1/ADD-PKS-MPP/2024',
          signedOn: '2024-09-02',
          expiresOn: '2029-09-30',
          summary: 'Perpanjangan masa berlaku PKS lima tahun.',
        },
      },
      desks: [
        { number: 1, weekdays: MON_TO_SAT, staff: 3 },
        { number: 2, weekdays: WEEKDAYS, staff: 2 },
      ],
      services: [
        { service: S.nib, quota: null },
        { service: S.pbg, quota: 20 },
        { service: S.ktp, quota: 80 },
        { service: S.familyCard, quota: 60 },
        { service: S.birthCertificate, quota: 40 },
      ],
    },
    {
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'ditjen-imigrasi',
      step: TenancyStep.LIVE,
      invitedOn: '2019-08-01',
      agreement: { number: 'IMI.KALSEL-UM.01.01-2022', signedOn: '2022-03-28', startsOn: '2022-04-01', expiresOn: '2027-03-31' },
      desks: [{ number: 7, weekdays: WEEKDAYS, staff: 4 }],
      services: [{ service: S.passport, quota: 30 }],
    },
    {
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'bpjs-kesehatan',
      step: TenancyStep.LIVE,
      invitedOn: '2019-08-01',
      agreement: { number: '45/KTR/BJM/2023', signedOn: '2023-01-05', startsOn: '2023-01-09', expiresOn: '2028-01-08' },
      desks: [{ number: 8, weekdays: [1, 3, 5], staff: 2 }],
      services: [{ service: S.jkn, quota: 40 }],
    },
    {
      // The agreement that expires soon: the dashboard warns about it.
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'pemprov-63',
      step: TenancyStep.LIVE,
      invitedOn: '2019-08-01',
      agreement: { number: '120/PKS-SAMSAT/BAKEUDA/2021', signedOn: '2021-12-20', startsOn: '2022-01-01', expiresOn: addDays(today, 35) },
      desks: [
        { number: 3, weekdays: MON_TO_SAT, staff: 3 },
        { number: 4, weekdays: MON_TO_SAT, staff: 3 },
      ],
      services: [
        { service: S.stnkAnnual, quota: 150 },
        { service: S.stnkFiveYearly, quota: 40 },
      ],
    },
    {
      // Mid-onboarding, sharing desk 8 with BPJS Kesehatan; its JHT standard has an unpublished DURATION.
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'bpjs-ketenagakerjaan',
      step: TenancyStep.DESK_ASSIGNED,
      invitedOn: addDays(today, -40),
      agreement: {
        number: 'PKS/BPJSTK-BJM/2026/07',
        signedOn: addDays(today, -25),
        startsOn: addDays(today, -20),
        expiresOn: addDays(today, 5 * 365),
      },
      desks: [{ number: 8, weekdays: [2, 4], staff: 2 }],
      services: [{ service: S.jht, quota: 25 }],
    },
    {
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'bank-kalsel',
      step: TenancyStep.AGREEMENT_SIGNED,
      invitedOn: addDays(today, -30),
      agreement: {
        number: '012/BKS-MPP/BANK-KALSEL/2026',
        signedOn: addDays(today, -10),
        startsOn: addDays(today, -10),
        expiresOn: addDays(today, 3 * 365),
      },
      desks: [],
      services: [],
    },
    {
      mallKey: 'mpp-kota-banjarmasin',
      agencyKey: 'pdam-bandarmasih',
      step: TenancyStep.INVITED,
      invitedOn: addDays(today, -7),
      desks: [],
      services: [],
    },
    {
      mallKey: 'mpp-kota-palangka-raya',
      agencyKey: 'pemprov-62',
      step: TenancyStep.DESK_ASSIGNED,
      invitedOn: '2025-10-01',
      agreement: { number: '556/PKS-MPP/PKY/2025', signedOn: '2025-11-03', startsOn: '2025-11-03', expiresOn: '2030-11-02' },
      desks: [{ number: 1, weekdays: WEEKDAYS, staff: 3 }],
      services: [
        { service: S.stnkAnnualKalteng, quota: 100 },
        { service: S.nibKalteng, quota: null },
      ],
    },
  ];
}

/** KemenPAN-RB's published national counts (docs/domain.md §8). */
export const PUBLISHED_MALL_COUNTS = [
  { asOf: '2017-12-31', count: 3, source: 'KemenPAN-RB: MPP pertama (2017)' },
  { asOf: '2021-06-30', count: 43, source: 'KemenPAN-RB: pertengahan 2021' },
  { asOf: '2022-12-31', count: 103, source: 'KemenPAN-RB: Desember 2022' },
  { asOf: '2023-09-30', count: 152, source: 'KemenPAN-RB: September 2023' },
  { asOf: '2024-12-31', count: 272, source: 'KemenPAN-RB: Desember 2024' },
  { asOf: '2025-12-31', count: 305, source: 'KemenPAN-RB: Desember 2025' },
];

export const mallId = (key: string) => stableId('mall', key);
export const tenancyId = (mallKey: string, agencyKey: string) => stableId('tenancy', `${mallKey}:${agencyKey}`);
export const deskId = (mallKey: string, number: number) => stableId('desk', `${mallKey}:${number}`);
