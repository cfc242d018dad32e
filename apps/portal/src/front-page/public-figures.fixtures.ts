import type {
  PublicIkmByProvinceQuery,
  PublicIkmDistributionQuery,
  PublicIppByProvinceQuery,
  PublicKippAwardsQuery,
  PublicMallGrowthQuery,
  PublicOmbudsmanZonesQuery,
} from '../__generated__/operations';

// What the services answer signed out, shaped as the seed's figures (issue #16 §2).

const SAMSAT = { code: 'PROVINCE:SAMSAT', label: 'Samsat tingkat provinsi', labelEn: 'Provincial Samsat' };
const DPMPTSP = { code: 'PROVINCE:DPMPTSP', label: 'DPMPTSP tingkat provinsi', labelEn: 'Provincial DPMPTSP (one-stop service)' };

export const IPP: PublicIppByProvinceQuery = {
  ippByProvince: {
    year: 2022,
    cycleId: 'cycle-2022',
    label: { id: 'PEKPPP 2022 (Pemantauan)', en: 'PEKPPP 2022 (Monitoring)' },
    origin: 'DEMO',
    source: 'PEKPPP 2022 (Pemantauan)',
    cohorts: [DPMPTSP, SAMSAT],
    provinces: [
      {
        provinceCode: '62',
        provinceName: 'Kalimantan Tengah',
        count: 2,
        value: 3.31,
        category: { code: 'B', label: 'Baik', labelEn: 'Good' },
        cohorts: [
          { cohort: { code: DPMPTSP.code }, count: 1, value: 3.14 },
          { cohort: { code: SAMSAT.code }, count: 1, value: 3.48 },
        ],
      },
      {
        provinceCode: '63',
        provinceName: 'Kalimantan Selatan',
        count: 1,
        value: 4.02,
        category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
        cohorts: [{ cohort: { code: SAMSAT.code }, count: 1, value: 4.02 }],
      },
    ],
  },
};

export const IKM: PublicIkmDistributionQuery = {
  ikmDistribution: {
    year: 2026,
    units: 12,
    unitsWithoutResult: 72,
    origin: 'DEMO',
    source: 'IKM utama setiap unit tahun 2026 (PermenPANRB 14/2017)',
    bands: [
      { code: 'A', label: 'Sangat Baik', labelEn: 'Very good', min: 88.31, max: 100, units: 0 },
      { code: 'B', label: 'Baik', labelEn: 'Good', min: 76.61, max: 88.3, units: 5 },
      { code: 'C', label: 'Kurang Baik', labelEn: 'Less than good', min: 65, max: 76.6, units: 7 },
      { code: 'D', label: 'Tidak Baik', labelEn: 'Not good', min: 25, max: 64.99, units: 0 },
    ],
  },
};

export const IKM_MAP: PublicIkmByProvinceQuery = {
  ikmByProvince: {
    year: 2026,
    unitsWithoutProvince: 0,
    provinces: [
      { provinceCode: '62', units: 5, value: 74.9, origin: 'DEMO' },
      { provinceCode: '63', units: 7, value: 79.35, origin: 'DEMO' },
    ],
  },
};

const KEMENPAN = 'KemenPAN-RB, Siaran pers MPP';

export const MPP: PublicMallGrowthQuery = {
  mallGrowth: {
    published: [
      { year: 2017, count: 3, asOf: '2017-12-31', origin: 'OFFICIAL', source: KEMENPAN },
      { year: 2019, count: 43, asOf: '2019-12-31', origin: 'OFFICIAL', source: KEMENPAN },
      { year: 2025, count: 305, asOf: '2025-12-31', origin: 'OFFICIAL', source: KEMENPAN },
    ],
    registered: [
      { year: 2019, count: 2, origin: 'DEMO' },
      { year: 2025, count: 6, origin: 'DEMO' },
    ],
  },
  nationalMallOverview: {
    active: 5,
    byProvince: [
      { provinceCode: '63', active: 3 },
      { provinceCode: '62', active: 0 },
    ],
  },
};

export const KIPP: PublicKippAwardsQuery = {
  kippAwardCounts: [
    { year: 2022, top45: 45, top99: 54, origin: 'DEMO', source: null },
    { year: 2023, top45: 45, top99: 54, origin: 'DEMO', source: null },
  ],
};

export const OMBUDSMAN: PublicOmbudsmanZonesQuery = {
  ombudsmanZonesByProvince: {
    year: 2022,
    total: 13,
    origin: 'DEMO',
    source: null,
    zoneCounts: [
      { zone: 'HIJAU', label: { id: 'Zona hijau', en: 'Green zone' }, count: 5 },
      { zone: 'KUNING', label: { id: 'Zona kuning', en: 'Yellow zone' }, count: 6 },
      { zone: 'MERAH', label: { id: 'Zona merah', en: 'Red zone' }, count: 2 },
    ],
    provinces: [{ provinceCode: '63', hijau: 5, kuning: 6, merah: 2, total: 13, officialCount: 1, demoCount: 12 }],
  },
};

export const NO_OMBUDSMAN: PublicOmbudsmanZonesQuery = {
  ombudsmanZonesByProvince: {
    year: null,
    total: 0,
    origin: 'OFFICIAL',
    source: null,
    zoneCounts: OMBUDSMAN.ombudsmanZonesByProvince.zoneCounts.map((row) => ({ ...row, count: 0 })),
    provinces: [],
  },
};
