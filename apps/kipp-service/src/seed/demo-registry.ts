import { stableId } from '@simpul/service-kit';

// The registry's demo units and agencies as the KIPP seed and the registry test double need them
// (keys from apps/registry-service/src/seed/demo-data.ts; ids are stableId so both seeds agree).

export const unitId = (key: string): string => stableId('unit', key);
export const agencyId = (key: string): string => stableId('agency', key);
export const userId = (email: string): string => stableId('user', email);

export const PROVINCES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['13', 'Sumatera Barat'],
  ['14', 'Riau'],
  ['15', 'Jambi'],
  ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'],
  ['18', 'Lampung'],
  ['19', 'Kepulauan Bangka Belitung'],
  ['21', 'Kepulauan Riau'],
  ['31', 'DKI Jakarta'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['34', 'DI Yogyakarta'],
  ['35', 'Jawa Timur'],
  ['36', 'Banten'],
  ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'],
  ['64', 'Kalimantan Timur'],
  ['65', 'Kalimantan Utara'],
  ['71', 'Sulawesi Utara'],
  ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'],
  ['74', 'Sulawesi Tenggara'],
  ['75', 'Gorontalo'],
  ['76', 'Sulawesi Barat'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua'],
  ['92', 'Papua Barat'],
  ['93', 'Papua Selatan'],
  ['94', 'Papua Tengah'],
  ['95', 'Papua Pegunungan'],
  ['96', 'Papua Barat Daya'],
];

export interface DemoUnitFacts {
  key: string;
  name: string;
  agencyKey: string;
  agencyType: string;
  regionCode: string;
}

const NAMED_UNITS: DemoUnitFacts[] = [
  { key: 'rsud-doris-sylvanus', name: 'RSUD dr. Doris Sylvanus', agencyKey: 'pemprov-62', agencyType: 'PROVINSI', regionCode: '62.71' },
  { key: 'dinsos-62', name: 'Dinas Sosial Provinsi Kalimantan Tengah', agencyKey: 'pemprov-62', agencyType: 'PROVINSI', regionCode: '62' },
  { key: 'dinsos-62.71', name: 'Dinas Sosial Kota Palangka Raya', agencyKey: 'pemkot-62.71', agencyType: 'KOTA', regionCode: '62.71' },
  { key: 'dpmptsp-63.71', name: 'DPMPTSP Kota Banjarmasin', agencyKey: 'pemkot-63.71', agencyType: 'KOTA', regionCode: '63.71' },
  { key: 'disdukcapil-63.71', name: 'Disdukcapil Kota Banjarmasin', agencyKey: 'pemkot-63.71', agencyType: 'KOTA', regionCode: '63.71' },
  { key: 'dinsos-63.71', name: 'Dinas Sosial Kota Banjarmasin', agencyKey: 'pemkot-63.71', agencyType: 'KOTA', regionCode: '63.71' },
  {
    key: 'rsud-sultan-suriansyah',
    name: 'RSUD Sultan Suriansyah Kota Banjarmasin',
    agencyKey: 'pemkot-63.71',
    agencyType: 'KOTA',
    regionCode: '63.71',
  },
  {
    key: 'kecamatan-banjarmasin-tengah',
    name: 'Kecamatan Banjarmasin Tengah',
    agencyKey: 'pemkot-63.71',
    agencyType: 'KOTA',
    regionCode: '63.71',
  },
  {
    key: 'pdam-bandarmasih',
    name: 'Perumda Air Minum Bandarmasih',
    agencyKey: 'pdam-bandarmasih',
    agencyType: 'BUMD',
    regionCode: '63.71',
  },
  {
    key: 'imigrasi-banjarmasin',
    name: 'Kantor Imigrasi Kelas I TPI Banjarmasin',
    agencyKey: 'ditjen-imigrasi',
    agencyType: 'KEMENTERIAN',
    regionCode: '63.71',
  },
  {
    key: 'bpjs-kesehatan-banjarmasin',
    name: 'BPJS Kesehatan Kantor Cabang Banjarmasin',
    agencyKey: 'bpjs-kesehatan',
    agencyType: 'LEMBAGA',
    regionCode: '63.71',
  },
  {
    key: 'bpjs-ketenagakerjaan-banjarmasin',
    name: 'BPJS Ketenagakerjaan Kantor Cabang Banjarmasin',
    agencyKey: 'bpjs-ketenagakerjaan',
    agencyType: 'LEMBAGA',
    regionCode: '63.71',
  },
];

export const DEMO_UNITS: DemoUnitFacts[] = [
  ...PROVINCES.flatMap(([code, name]) => [
    { key: `samsat-${code}`, name: `SAMSAT ${name}`, agencyKey: `pemprov-${code}`, agencyType: 'PROVINSI', regionCode: code },
    { key: `dpmptsp-${code}`, name: `DPMPTSP Provinsi ${name}`, agencyKey: `pemprov-${code}`, agencyType: 'PROVINSI', regionCode: code },
  ]),
  ...NAMED_UNITS,
];

export const DEMO_USERS = {
  admin: 'admin@simpul.test',
  deskSamsatKalsel: 'desk.samsat-kalsel@simpul.test',
  deskDpmptspKalteng: 'desk.dpmptsp-kalteng@simpul.test',
  /** Not in the registry yet: the local admin of Pemerintah Provinsi Kalimantan Selatan. */
  localAdminKalsel: 'admin.kalsel@simpul.test',
  evaluator: 'evaluator@simpul.test',
} as const;
