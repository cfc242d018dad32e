import type { Role } from '@simpul/contracts';
import { stableId } from '@simpul/service-kit';
import { AgencyType } from '../agencies/agency-type.enum';
import { RegionLevel } from '../regions/region-level.enum';
import { StandardComponent, type StoredStandard } from '../services/standard/standard-component';
import { ServiceGroup, ServiceUnitKind } from '../units/service-unit-kind.enum';
import {
  BIRTH_CERTIFICATE,
  BUILDING_APPROVAL,
  complaintChannels,
  demoStandard,
  DTKS,
  EMERGENCY,
  FAMILY_CARD,
  HEIRS_LETTER,
  JHT_CLAIM,
  JKN_REGISTRATION,
  KTP_EL,
  NIB_OSS,
  OUTPATIENT,
  PASSPORT,
  SAMSAT_ANNUAL,
  SAMSAT_FIVE_YEARLY,
  SAMSAT_TRANSFER,
  SOCIAL_REHAB,
} from './demo-standards';
import type { RegionRow } from './reference-regions';

// Demo data drawn from published news articles (Samsat and DPMPTSP of Kalimantan Selatan and
// Kalimantan Tengah, RSUD dr. Doris Sylvanus, Dinas Sosial Kalimantan Tengah, Kota Banjarmasin and
// its tenants) plus one Samsat and one DPMPTSP per province so lists page and search finds many.
// Ids are stableId(kind, key) so other services' seeds can point at the same rows:
//   stableId('unit', 'samsat-63'), stableId('agency', 'pemprov-63'), stableId('user', 'admin@simpul.test').
// External ids are demo values, not real SIPPN/PEKPPP identifiers.

export const DEMO_PASSWORD = 'simpul-demo';

export interface DemoAgency {
  id: string;
  name: string;
  type: AgencyType;
  regionCode: string | null;
  parentId: string | null;
}

export interface DemoUnit {
  key: string;
  id: string;
  name: string;
  kind: ServiceUnitKind;
  serviceGroup: ServiceGroup;
  agencyId: string;
  regionCode: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  externalIds: { sippn: string | null; pekppp: string | null; sp4nLapor: string | null; sinovik: string | null };
}

export interface DemoService {
  id: string;
  serviceUnitId: string;
  name: string;
  description: string | null;
  standard: StoredStandard;
}

export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  serviceUnitId: string | null;
  mallId: string | null;
}

export interface DemoData {
  agencies: DemoAgency[];
  units: DemoUnit[];
  services: DemoService[];
  users: DemoUser[];
}

const agencyId = (key: string) => stableId('agency', key);
export const unitId = (key: string) => stableId('unit', key);

function agency(key: string, name: string, type: AgencyType, regionCode: string | null, parentKey: string | null = null): DemoAgency {
  return { id: agencyId(key), name, type, regionCode, parentId: parentKey ? agencyId(parentKey) : null };
}

function unit(
  key: string,
  fields: Omit<DemoUnit, 'key' | 'id' | 'externalIds' | 'address' | 'phone' | 'email' | 'website'> & Partial<DemoUnit>,
): DemoUnit {
  return {
    key,
    id: unitId(key),
    address: null,
    phone: null,
    email: null,
    website: null,
    externalIds: { sippn: null, pekppp: null, sp4nLapor: null, sinovik: null },
    ...fields,
  };
}

function service(unitKey: string, name: string, description: string | null, standard: StoredStandard): DemoService {
  return { id: stableId('service', `${unitKey}:${name}`), serviceUnitId: unitId(unitKey), name, description, standard };
}

/** Short province names as people write them in unit names ("DKI Jakarta", "DI Yogyakarta"). */
function provinceLabel(name: string): string {
  return name.replace('Daerah Khusus Ibukota ', 'DKI ').replace('Daerah Istimewa ', 'DI ');
}

export function buildDemoData(regions: readonly RegionRow[]): DemoData {
  const provinces = regions.filter((region) => region.level === RegionLevel.PROVINCE);
  const agencies: DemoAgency[] = [
    agency('kemenpanrb', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', AgencyType.KEMENTERIAN, null),
    agency('kemenimipas', 'Kementerian Imigrasi dan Pemasyarakatan', AgencyType.KEMENTERIAN, null),
    agency('ditjen-imigrasi', 'Direktorat Jenderal Imigrasi', AgencyType.KEMENTERIAN, null, 'kemenimipas'),
    agency('bpjs-kesehatan', 'BPJS Kesehatan', AgencyType.LEMBAGA, null),
    agency('bpjs-ketenagakerjaan', 'BPJS Ketenagakerjaan', AgencyType.LEMBAGA, null),
    agency('pemkot-63.71', 'Pemerintah Kota Banjarmasin', AgencyType.KOTA, '63.71'),
    agency('pemkot-62.71', 'Pemerintah Kota Palangka Raya', AgencyType.KOTA, '62.71'),
    agency('bank-kalsel', 'PT Bank Pembangunan Daerah Kalimantan Selatan (Bank Kalsel)', AgencyType.BUMD, '63'),
    agency('pdam-bandarmasih', 'Perumda Air Minum Bandarmasih', AgencyType.BUMD, '63.71', 'pemkot-63.71'),
    ...provinces.map((province) =>
      agency(`pemprov-${province.code}`, `Pemerintah Provinsi ${province.name}`, AgencyType.PROVINSI, province.code),
    ),
  ];

  const units: DemoUnit[] = [];
  for (const province of provinces) {
    const label = provinceLabel(province.name);
    units.push(
      unit(`samsat-${province.code}`, {
        name: `SAMSAT ${label}`,
        kind: ServiceUnitKind.SAMSAT,
        serviceGroup: ServiceGroup.ADMINISTRASI,
        agencyId: agencyId(`pemprov-${province.code}`),
        regionCode: province.code,
        externalIds: {
          sippn: `DEMO-SIPPN-${province.code}-SAMSAT`,
          pekppp: `DEMO-PEKPPP-${province.code}-01`,
          sp4nLapor: null,
          sinovik: null,
        },
      }),
      unit(`dpmptsp-${province.code}`, {
        name: `DPMPTSP Provinsi ${label}`,
        kind: ServiceUnitKind.DPMPTSP,
        serviceGroup: ServiceGroup.ADMINISTRASI,
        agencyId: agencyId(`pemprov-${province.code}`),
        regionCode: province.code,
        externalIds: {
          sippn: `DEMO-SIPPN-${province.code}-DPMPTSP`,
          pekppp: `DEMO-PEKPPP-${province.code}-02`,
          sp4nLapor: null,
          sinovik: null,
        },
      }),
    );
  }
  // The units the articles name get their contact details and LAPOR! ids.
  const details: Record<string, Partial<DemoUnit>> = {
    'samsat-63': {
      address: 'Jl. Jenderal Ahmad Yani Km 6, Banjarmasin',
      phone: '0511-3252008',
      email: 'samsat@kalselprov.go.id',
      website: 'https://bakeuda.kalselprov.go.id',
    },
    'dpmptsp-63': {
      address: 'Jl. Bangun Praja, Kawasan Perkantoran Pemprov Kalsel, Banjarbaru',
      phone: '0511-6749344',
      email: 'dpmptsp@kalselprov.go.id',
      website: 'https://dpmptsp.kalselprov.go.id',
    },
    'samsat-62': { address: 'Jl. Tjilik Riwut Km 2, Palangka Raya', phone: '0536-3221560', email: 'samsat@kalteng.go.id' },
    'dpmptsp-62': {
      address: 'Jl. Tjilik Riwut Km 5,5, Palangka Raya',
      phone: '0536-3237330',
      email: 'dpmptsp@kalteng.go.id',
      website: 'https://dpmptsp.kalteng.go.id',
    },
  };
  for (const candidate of units) {
    const extra = details[candidate.key];
    if (extra)
      Object.assign(candidate, extra, {
        externalIds: { ...candidate.externalIds, sp4nLapor: `DEMO-LAPOR-${candidate.key.toUpperCase()}` },
      });
  }
  units.push(
    unit('rsud-doris-sylvanus', {
      name: 'RSUD dr. Doris Sylvanus',
      kind: ServiceUnitKind.RSUD,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('pemprov-62'),
      regionCode: '62.71',
      address: 'Jl. Tambun Bungai No. 4, Palangka Raya',
      phone: '0536-3221717',
      website: 'https://rsdorissylvanus.kalteng.go.id',
      externalIds: { sippn: 'DEMO-SIPPN-62-RSUD', pekppp: 'DEMO-PEKPPP-62-03', sp4nLapor: 'DEMO-LAPOR-RSUD-DORIS', sinovik: null },
    }),
    unit('dinsos-62', {
      name: 'Dinas Sosial Provinsi Kalimantan Tengah',
      kind: ServiceUnitKind.DINAS_SOSIAL,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('pemprov-62'),
      regionCode: '62',
      address: 'Jl. Yos Sudarso No. 7, Palangka Raya',
      externalIds: { sippn: 'DEMO-SIPPN-62-DINSOS', pekppp: 'DEMO-PEKPPP-62-04', sp4nLapor: null, sinovik: null },
    }),
    unit('dinsos-62.71', {
      name: 'Dinas Sosial Kota Palangka Raya',
      kind: ServiceUnitKind.DINAS_SOSIAL,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('pemkot-62.71'),
      regionCode: '62.71',
    }),
    unit('dpmptsp-63.71', {
      name: 'DPMPTSP Kota Banjarmasin',
      kind: ServiceUnitKind.DPMPTSP,
      serviceGroup: ServiceGroup.ADMINISTRASI,
      agencyId: agencyId('pemkot-63.71'),
      regionCode: '63.71',
      address: 'Mal Pelayanan Publik Kota Banjarmasin, Jl. Lambung Mangkurat, Banjarmasin',
      phone: '0511-3352990',
      email: 'dpmptsp@banjarmasinkota.go.id',
      externalIds: { sippn: 'DEMO-SIPPN-6371-DPMPTSP', pekppp: 'DEMO-PEKPPP-6371-01', sp4nLapor: 'DEMO-LAPOR-6371-DPMPTSP', sinovik: null },
    }),
    unit('disdukcapil-63.71', {
      name: 'Disdukcapil Kota Banjarmasin',
      kind: ServiceUnitKind.DISDUKCAPIL,
      serviceGroup: ServiceGroup.ADMINISTRASI,
      agencyId: agencyId('pemkot-63.71'),
      regionCode: '63.71',
      address: 'Jl. Sultan Adam, Banjarmasin',
      email: 'disdukcapil@banjarmasinkota.go.id',
      externalIds: { sippn: 'DEMO-SIPPN-6371-DUKCAPIL', pekppp: 'DEMO-PEKPPP-6371-02', sp4nLapor: null, sinovik: null },
    }),
    unit('dinsos-63.71', {
      name: 'Dinas Sosial Kota Banjarmasin',
      kind: ServiceUnitKind.DINAS_SOSIAL,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('pemkot-63.71'),
      regionCode: '63.71',
    }),
    unit('rsud-sultan-suriansyah', {
      name: 'RSUD Sultan Suriansyah Kota Banjarmasin',
      kind: ServiceUnitKind.RSUD,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('pemkot-63.71'),
      regionCode: '63.71',
      address: 'Jl. Rantauan Darat, Banjarmasin',
    }),
    unit('kecamatan-banjarmasin-tengah', {
      name: 'Kecamatan Banjarmasin Tengah',
      kind: ServiceUnitKind.KECAMATAN,
      serviceGroup: ServiceGroup.ADMINISTRASI,
      agencyId: agencyId('pemkot-63.71'),
      regionCode: '63.71',
    }),
    unit('pdam-bandarmasih', {
      name: 'Perumda Air Minum Bandarmasih — Gerai MPP',
      kind: ServiceUnitKind.PDAM,
      serviceGroup: ServiceGroup.BARANG,
      agencyId: agencyId('pdam-bandarmasih'),
      regionCode: '63.71',
    }),
    unit('imigrasi-banjarmasin', {
      name: 'Kantor Imigrasi Kelas I TPI Banjarmasin',
      kind: ServiceUnitKind.IMIGRASI,
      serviceGroup: ServiceGroup.ADMINISTRASI,
      agencyId: agencyId('ditjen-imigrasi'),
      regionCode: '63.71',
      address: 'Jl. Ahmad Yani Km 2,5, Banjarmasin',
      externalIds: { sippn: 'DEMO-SIPPN-KIM-BJM', pekppp: null, sp4nLapor: null, sinovik: null },
    }),
    unit('bpjs-kesehatan-banjarmasin', {
      name: 'BPJS Kesehatan Kantor Cabang Banjarmasin',
      kind: ServiceUnitKind.BPJS,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('bpjs-kesehatan'),
      regionCode: '63.71',
    }),
    unit('bpjs-ketenagakerjaan-banjarmasin', {
      name: 'BPJS Ketenagakerjaan Kantor Cabang Banjarmasin',
      kind: ServiceUnitKind.BPJS,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('bpjs-ketenagakerjaan'),
      regionCode: '63.71',
    }),
    unit('bank-kalsel-mpp', {
      name: 'Bank Kalsel — Gerai MPP Banjarmasin',
      kind: ServiceUnitKind.BANK,
      serviceGroup: ServiceGroup.JASA,
      agencyId: agencyId('bank-kalsel'),
      regionCode: '63.71',
    }),
  );

  const regionalPolicy = (province: string) =>
    `Peraturan Daerah Provinsi ${province} tentang Pajak Daerah dan Retribusi Daerah; Peraturan Kepolisian tentang Registrasi dan Identifikasi Kendaraan Bermotor.`;
  const services: DemoService[] = [];
  for (const province of provinces) {
    const label = provinceLabel(province.name);
    const samsat = `samsat-${province.code}`;
    services.push(
      service(
        samsat,
        'Pengesahan STNK Tahunan',
        'Pembayaran PKB dan SWDKLLJ serta pengesahan STNK setiap tahun.',
        demoStandard(SAMSAT_ANNUAL, {
          legalBasis: regionalPolicy(label),
          staffCount: '12 orang pelaksana loket (Bapenda, Polri, Jasa Raharja).',
          complaints: complaintChannels(`SAMSAT ${label}`, 'pusat layanan Samsat'),
          // Kalimantan Tengah's Samsat (IPP 2,09 in 2020) has gaps to show.
          ...(province.code === '62'
            ? { omit: [StandardComponent.FACILITIES, StandardComponent.STAFF_EVALUATION], unpublished: [StandardComponent.FEE] }
            : {}),
        }),
      ),
    );
    services.push(
      service(
        `dpmptsp-${province.code}`,
        'Penerbitan Nomor Induk Berusaha (NIB) melalui OSS',
        'Pendampingan perizinan berusaha berbasis risiko.',
        demoStandard(NIB_OSS, {
          legalBasis: 'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko.',
          staffCount: '8 orang pelaksana front office dan 4 orang verifikator.',
          complaints: complaintChannels(`DPMPTSP Provinsi ${label}`, 'layanan pengaduan DPMPTSP'),
          ...(province.code === '62' ? { omit: [StandardComponent.INTERNAL_SUPERVISION, StandardComponent.SAFETY_GUARANTEE] } : {}),
        }),
      ),
    );
  }
  const kalsel = 'Kalimantan Selatan';
  services.push(
    service(
      'samsat-63',
      'Pengesahan STNK Lima Tahunan dan Penggantian TNKB',
      null,
      demoStandard(SAMSAT_FIVE_YEARLY, {
        legalBasis: regionalPolicy(kalsel),
        staffCount: '6 orang pelaksana cek fisik dan 6 orang pelaksana loket.',
        complaints: complaintChannels('SAMSAT Kalimantan Selatan', '0511-3252008'),
      }),
    ),
    service(
      'samsat-63',
      'Balik Nama Kendaraan Bermotor (BBNKB)',
      'Pengalihan kepemilikan kendaraan bermotor.',
      demoStandard(SAMSAT_TRANSFER, {
        legalBasis: regionalPolicy(kalsel),
        staffCount: '4 orang pelaksana.',
        complaints: complaintChannels('SAMSAT Kalimantan Selatan', '0511-3252008'),
        unpublished: [StandardComponent.DURATION],
      }),
    ),
    service(
      'dpmptsp-62',
      'Izin Operasional Rumah Sakit Kelas B',
      null,
      demoStandard(
        {
          requirements:
            'NIB; sertifikat standar bangunan; dokumen lingkungan; daftar tenaga medis dan peralatan; rekomendasi Dinas Kesehatan Provinsi.',
          procedure: '1. Permohonan melalui OSS. 2. Verifikasi dokumen. 3. Visitasi lapangan oleh tim teknis. 4. Penerbitan izin.',
          duration: '14 hari kerja sejak visitasi.',
          fee: 'Tidak dipungut biaya (gratis).',
          product: 'Izin operasional rumah sakit.',
        },
        {
          legalBasis: 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan.',
          staffCount: '3 orang verifikator.',
          complaints: complaintChannels('DPMPTSP Provinsi Kalimantan Tengah', 'layanan pengaduan DPMPTSP'),
          omit: [StandardComponent.STAFF_COMPETENCE, StandardComponent.STAFF_EVALUATION, StandardComponent.SERVICE_GUARANTEE],
          unpublished: [StandardComponent.PROCEDURE, StandardComponent.FEE],
        },
      ),
    ),
    service(
      'rsud-doris-sylvanus',
      'Pelayanan Rawat Jalan',
      null,
      demoStandard(OUTPATIENT, {
        legalBasis:
          'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan; Peraturan Gubernur Kalimantan Tengah tentang Tarif Layanan BLUD RSUD dr. Doris Sylvanus.',
        staffCount: '45 dokter spesialis dan 120 perawat pada instalasi rawat jalan.',
        complaints: complaintChannels('RSUD dr. Doris Sylvanus', '0536-3221717'),
      }),
    ),
    service(
      'rsud-doris-sylvanus',
      'Pelayanan Gawat Darurat (IGD)',
      null,
      demoStandard(EMERGENCY, {
        legalBasis: 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan.',
        staffCount: 'Dokter jaga dan perawat IGD 24 jam dalam 3 sif.',
        complaints: complaintChannels('RSUD dr. Doris Sylvanus', '0536-3221717'),
        unpublished: [StandardComponent.DURATION],
      }),
    ),
    service(
      'dinsos-62',
      'Pengusulan Data Terpadu Kesejahteraan Sosial (DTKS)',
      null,
      demoStandard(DTKS, {
        legalBasis: 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin.',
        staffCount: '5 orang operator SIKS-NG.',
        complaints: complaintChannels('Dinas Sosial Provinsi Kalimantan Tengah', 'layanan pengaduan Dinas Sosial'),
        omit: [StandardComponent.FACILITIES, StandardComponent.STAFF_COUNT],
      }),
    ),
    service(
      'dinsos-62',
      'Rehabilitasi Sosial Dasar',
      null,
      demoStandard(SOCIAL_REHAB, {
        legalBasis: 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial.',
        staffCount: '4 pekerja sosial.',
        complaints: complaintChannels('Dinas Sosial Provinsi Kalimantan Tengah', 'layanan pengaduan Dinas Sosial'),
        unpublished: [StandardComponent.REQUIREMENTS, StandardComponent.PROCEDURE],
      }),
    ),
    service(
      'dinsos-62.71',
      'Pengusulan Data Terpadu Kesejahteraan Sosial (DTKS)',
      null,
      demoStandard(DTKS, {
        legalBasis: 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin.',
        staffCount: '3 orang operator.',
        complaints: complaintChannels('Dinas Sosial Kota Palangka Raya', 'layanan pengaduan'),
      }),
    ),
    service(
      'dpmptsp-63.71',
      'Penerbitan Nomor Induk Berusaha (NIB) melalui OSS',
      null,
      demoStandard(NIB_OSS, {
        legalBasis: 'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko.',
        staffCount: '6 orang pelaksana.',
        complaints: complaintChannels('DPMPTSP Kota Banjarmasin', '0511-3352990'),
      }),
    ),
    service(
      'dpmptsp-63.71',
      'Persetujuan Bangunan Gedung (PBG)',
      null,
      demoStandard(BUILDING_APPROVAL, {
        legalBasis: 'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan UU Bangunan Gedung.',
        staffCount: '4 orang pelaksana dan Tim Profesi Ahli.',
        complaints: complaintChannels('DPMPTSP Kota Banjarmasin', '0511-3352990'),
        omit: [StandardComponent.STAFF_EVALUATION],
      }),
    ),
    service(
      'disdukcapil-63.71',
      'Penerbitan KTP Elektronik',
      null,
      demoStandard(KTP_EL, {
        legalBasis: 'Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan.',
        staffCount: '10 orang pelaksana.',
        complaints: complaintChannels('Disdukcapil Kota Banjarmasin', 'layanan pengaduan Disdukcapil'),
      }),
    ),
    service(
      'disdukcapil-63.71',
      'Penerbitan Kartu Keluarga',
      null,
      demoStandard(FAMILY_CARD, {
        legalBasis: 'Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan.',
        staffCount: '6 orang pelaksana.',
        complaints: complaintChannels('Disdukcapil Kota Banjarmasin', 'layanan pengaduan Disdukcapil'),
      }),
    ),
    service(
      'disdukcapil-63.71',
      'Penerbitan Akta Kelahiran',
      null,
      demoStandard(BIRTH_CERTIFICATE, {
        legalBasis: 'Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan.',
        staffCount: '4 orang pelaksana.',
        complaints: complaintChannels('Disdukcapil Kota Banjarmasin', 'layanan pengaduan Disdukcapil'),
        unpublished: [StandardComponent.PRODUCT],
      }),
    ),
    service(
      'kecamatan-banjarmasin-tengah',
      'Surat Keterangan Ahli Waris',
      null,
      demoStandard(HEIRS_LETTER, {
        legalBasis: 'Peraturan Wali Kota Banjarmasin tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat.',
        staffCount: '3 orang pelaksana.',
        complaints: complaintChannels('Kecamatan Banjarmasin Tengah', 'meja pengaduan kecamatan'),
        omit: [
          StandardComponent.FACILITIES,
          StandardComponent.STAFF_COMPETENCE,
          StandardComponent.INTERNAL_SUPERVISION,
          StandardComponent.STAFF_EVALUATION,
        ],
      }),
    ),
    service(
      'imigrasi-banjarmasin',
      'Penerbitan Paspor Biasa',
      null,
      demoStandard(PASSPORT, {
        legalBasis: 'Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian.',
        staffCount: '8 orang pelaksana; kuota 30 permohonan per hari di gerai MPP.',
        complaints: complaintChannels('Kantor Imigrasi Banjarmasin', 'layanan pengaduan imigrasi'),
      }),
    ),
    service(
      'bpjs-kesehatan-banjarmasin',
      'Pendaftaran Peserta JKN',
      null,
      demoStandard(JKN_REGISTRATION, {
        legalBasis: 'Undang-Undang Nomor 24 Tahun 2011 tentang BPJS; Peraturan Presiden tentang Jaminan Kesehatan.',
        staffCount: '4 orang petugas front office.',
        complaints: complaintChannels('BPJS Kesehatan Cabang Banjarmasin', 'Care Center 165'),
      }),
    ),
    service(
      'bpjs-ketenagakerjaan-banjarmasin',
      'Klaim Jaminan Hari Tua (JHT)',
      null,
      demoStandard(JHT_CLAIM, {
        legalBasis: 'Undang-Undang Nomor 40 Tahun 2004 tentang SJSN; Peraturan Menteri Ketenagakerjaan tentang Tata Cara Pembayaran JHT.',
        staffCount: '5 orang customer service officer.',
        complaints: complaintChannels('BPJS Ketenagakerjaan Cabang Banjarmasin', 'Contact Center 175'),
        unpublished: [StandardComponent.DURATION],
      }),
    ),
  );

  const user = (
    email: string,
    displayName: string,
    role: Role,
    serviceUnitId: string | null = null,
    mallId: string | null = null,
  ): DemoUser => ({
    id: stableId('user', email),
    email,
    displayName,
    role,
    serviceUnitId,
    mallId,
  });
  const users = [
    user('admin@simpul.test', 'Admin Nasional KemenPAN-RB', 'NATIONAL_ADMIN'),
    user('evaluator@simpul.test', 'Evaluator PEKPPP', 'EVALUATOR'),
    user(
      'operator.banjarmasin@simpul.test',
      'Operator MPP Kota Banjarmasin',
      'MPP_OPERATOR',
      null,
      stableId('mall', 'mpp-kota-banjarmasin'),
    ),
    user('desk.samsat-kalsel@simpul.test', 'Desk SAMSAT Kalimantan Selatan', 'UNIT_DESK', unitId('samsat-63')),
    user('desk.dpmptsp-kalteng@simpul.test', 'Desk DPMPTSP Kalimantan Tengah', 'UNIT_DESK', unitId('dpmptsp-62')),
    // KIPP appointments are not portal roles: the KIPP service binds these registry users to its own
    // roles (kipp.local_admins, kipp.evaluator_profiles). The provincial local admin signs in as the
    // desk of the provincial DPMPTSP; Tim Evaluasi and panel (TPI) members sign in as evaluators.
    user('admin.kalsel@simpul.test', 'Admin Lokal KIPP Pemprov Kalimantan Selatan', 'UNIT_DESK', unitId('dpmptsp-63')),
    user('panel@simpul.test', 'Ketua Tim Panel Independen KIPP', 'EVALUATOR'),
    ...Array.from({ length: 11 }, (_, index) => user(`te${index + 2}@simpul.test`, `Anggota Tim Evaluasi KIPP ${index + 2}`, 'EVALUATOR')),
    ...Array.from({ length: 4 }, (_, index) => user(`tpi${index + 2}@simpul.test`, `Anggota TPI KIPP ${index + 2}`, 'EVALUATOR')),
  ];
  return { agencies, units, services, users };
}
