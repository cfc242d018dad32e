import { stableId } from '@simpul/service-kit';
import { StandardComponent } from '../federation/standard-component.enum';

// The registry's demo agencies, units and services this service's demo points at, by the same
// stable ids the registry seed uses (apps/registry-service/src/seed/demo-data.ts). Readiness is the
// registry demo's Standar Pelayanan state at seeding time; `refreshTenancyServices` asks again.

export const agencyId = (key: string) => stableId('agency', key);
export const unitId = (key: string) => stableId('unit', key);
export const serviceId = (unitKey: string, name: string) => stableId('service', `${unitKey}:${name}`);

export interface DemoRegistryService {
  id: string;
  name: string;
  unitKey: string;
  unitId: string;
  agencyKey: string;
  agencyId: string;
  missing: StandardComponent[];
  unpublished: StandardComponent[];
}

function service(unitKey: string, agencyKey: string, name: string, unpublished: StandardComponent[] = []): DemoRegistryService {
  return {
    id: serviceId(unitKey, name),
    name,
    unitKey,
    unitId: unitId(unitKey),
    agencyKey,
    agencyId: agencyId(agencyKey),
    missing: [],
    unpublished,
  };
}

export const DEMO_SERVICES = {
  nib: service('dpmptsp-63.71', 'pemkot-63.71', 'Penerbitan Nomor Induk Berusaha (NIB) melalui OSS'),
  pbg: service('dpmptsp-63.71', 'pemkot-63.71', 'Persetujuan Bangunan Gedung (PBG)'),
  ktp: service('disdukcapil-63.71', 'pemkot-63.71', 'Penerbitan KTP Elektronik'),
  familyCard: service('disdukcapil-63.71', 'pemkot-63.71', 'Penerbitan Kartu Keluarga'),
  birthCertificate: service('disdukcapil-63.71', 'pemkot-63.71', 'Penerbitan Akta Kelahiran', [StandardComponent.PRODUCT]),
  heirsLetter: service('kecamatan-banjarmasin-tengah', 'pemkot-63.71', 'Surat Keterangan Ahli Waris'),
  passport: service('imigrasi-banjarmasin', 'ditjen-imigrasi', 'Penerbitan Paspor Biasa'),
  jkn: service('bpjs-kesehatan-banjarmasin', 'bpjs-kesehatan', 'Pendaftaran Peserta JKN'),
  jht: service('bpjs-ketenagakerjaan-banjarmasin', 'bpjs-ketenagakerjaan', 'Klaim Jaminan Hari Tua (JHT)', [StandardComponent.DURATION]),
  stnkAnnual: service('samsat-63', 'pemprov-63', 'Pengesahan STNK Tahunan'),
  stnkFiveYearly: service('samsat-63', 'pemprov-63', 'Pengesahan STNK Lima Tahunan dan Penggantian TNKB'),
  vehicleTransfer: service('samsat-63', 'pemprov-63', 'Balik Nama Kendaraan Bermotor (BBNKB)', [StandardComponent.DURATION]),
  stnkAnnualKalteng: service('samsat-62', 'pemprov-62', 'Pengesahan STNK Tahunan', [StandardComponent.FEE]),
  nibKalteng: service('dpmptsp-62', 'pemprov-62', 'Penerbitan Nomor Induk Berusaha (NIB) melalui OSS'),
} satisfies Record<string, DemoRegistryService>;

export const DEMO_AGENCY_KEYS = [
  'pemkot-63.71',
  'ditjen-imigrasi',
  'bpjs-kesehatan',
  'bpjs-ketenagakerjaan',
  'pemprov-63',
  'pemprov-62',
  'bank-kalsel',
  'pdam-bandarmasih',
] as const;

/** Units with the agency that owns them (the DPMPTSPs manage malls). */
export const DEMO_UNITS: Record<string, string> = {
  'dpmptsp-63.71': 'pemkot-63.71',
  'disdukcapil-63.71': 'pemkot-63.71',
  'kecamatan-banjarmasin-tengah': 'pemkot-63.71',
  'imigrasi-banjarmasin': 'ditjen-imigrasi',
  'bpjs-kesehatan-banjarmasin': 'bpjs-kesehatan',
  'bpjs-ketenagakerjaan-banjarmasin': 'bpjs-ketenagakerjaan',
  'samsat-63': 'pemprov-63',
  'dpmptsp-63': 'pemprov-63',
  'samsat-62': 'pemprov-62',
  'dpmptsp-62': 'pemprov-62',
  'bank-kalsel-mpp': 'bank-kalsel',
  'pdam-bandarmasih': 'pdam-bandarmasih',
};

export const OPERATOR_EMAIL = 'operator.banjarmasin@simpul.test';
export const BANJARMASIN_MALL_ID = stableId('mall', 'mpp-kota-banjarmasin');
