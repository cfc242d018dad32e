import { stableId } from '@simpul/service-kit';
import { DEMO_UNITS, unitId, agencyId } from './demo-registry';

export const innovationId = (key: string): string => stableId('innovation', key);

export interface DemoInnovation {
  key: string;
  title: string;
  summary: string;
  unitKey: string;
  category: string;
  group: 'UMUM' | 'REPLIKASI' | 'KHUSUS';
  /** Years and awards, oldest first. */
  entries: Array<[year: number, award: 'TOP99' | 'TOP45']>;
  replicatesKey?: string;
  status?: ['CONTINUING' | 'STOPPED', string | null];
}

/**
 * Earlier winners (made-up but plausible, from the demo units), including a replication pair: the
 * floating Samsat of Kalimantan Selatan (2020) replicated on the Kahayan river by Kalimantan Tengah (2022).
 */
export const DEMO_INNOVATIONS: DemoInnovation[] = [
  {
    key: 'samsat-terapung-63',
    title: 'SAMSAT Terapung: Layanan Pajak Kendaraan di Atas Sungai',
    unitKey: 'samsat-63',
    category: 'Pelayanan Publik Digital',
    group: 'UMUM',
    summary:
      'Kapal layanan SAMSAT menyusuri sungai Martapura dan Barito sehingga warga bantaran sungai membayar pajak kendaraan tanpa menyeberang ke kota.',
    entries: [[2020, 'TOP45']],
    status: ['CONTINUING', null],
  },
  {
    key: 'samsat-terapung-kahayan-62',
    title: 'SAMSAT Terapung Kahayan',
    unitKey: 'samsat-62',
    category: 'Pelayanan Publik Digital',
    group: 'REPLIKASI',
    replicatesKey: 'samsat-terapung-63',
    summary:
      'Replikasi SAMSAT Terapung Kalimantan Selatan di Sungai Kahayan, dengan pembayaran nontunai dan jadwal sandar yang diumumkan lewat WhatsApp.',
    entries: [[2022, 'TOP99']],
  },
  {
    key: 'perizinan-tanpa-tatap-muka-63',
    title: 'Perizinan Berusaha Tanpa Tatap Muka (PERTAMA)',
    unitKey: 'dpmptsp-63',
    category: 'Ekonomi dan Investasi',
    group: 'UMUM',
    summary:
      'Seluruh perizinan berusaha diajukan, diverifikasi dan ditandatangani secara elektronik; pemohon tidak perlu datang ke kantor.',
    entries: [[2021, 'TOP45']],
    status: ['CONTINUING', null],
  },
  {
    key: 'rumah-singgah-pasien-62',
    title: 'Rumah Singgah Pasien dan Keluarga',
    unitKey: 'rsud-doris-sylvanus',
    category: 'Kesehatan',
    group: 'UMUM',
    summary: 'Tempat menginap gratis bagi pasien rujukan dari kabupaten jauh dan keluarganya selama perawatan di RSUD dr. Doris Sylvanus.',
    entries: [
      [2019, 'TOP99'],
      [2021, 'TOP45'],
    ],
  },
  {
    key: 'dukcapil-jemput-bola-6371',
    title: 'Adminduk Jemput Bola Kampung Sungai',
    unitKey: 'disdukcapil-63.71',
    category: 'Tata Kelola Pemerintahan yang Adaptif',
    group: 'UMUM',
    summary: 'Petugas Disdukcapil mendatangi kampung di tepian sungai untuk perekaman KTP-el, akta kelahiran dan kartu identitas anak.',
    entries: [[2019, 'TOP45']],
    status: ['STOPPED', 'Digantikan layanan daring Dukcapil dan anjungan mandiri di kelurahan sejak 2023.'],
  },
  {
    key: 'antrean-daring-mpp-6371',
    title: 'Antrean Daring Terpadu Mal Pelayanan Publik',
    unitKey: 'dpmptsp-63.71',
    category: 'Pelayanan Publik Digital',
    group: 'UMUM',
    summary:
      'Satu aplikasi antrean untuk seluruh gerai MPP Kota Banjarmasin dengan estimasi waktu tunggu dan pengingat lewat pesan singkat.',
    entries: [[2022, 'TOP99']],
  },
  {
    key: 'kartu-sakti-dinsos-62',
    title: 'Kartu Sakti: Data Terpadu Penerima Bantuan Sosial',
    unitKey: 'dinsos-62',
    category: 'Sosial dan Pemberdayaan Masyarakat',
    group: 'UMUM',
    summary:
      'Pemadanan data penerima bantuan sosial lintas program dengan NIK sehingga bantuan tidak ganda dan warga rentan tidak terlewat.',
    entries: [[2020, 'TOP99']],
  },
  {
    key: 'paspor-simpatik-banjarmasin',
    title: 'Paspor Simpatik Layanan Akhir Pekan',
    unitKey: 'imigrasi-banjarmasin',
    category: 'Tata Kelola Pemerintahan yang Adaptif',
    group: 'UMUM',
    summary: 'Layanan paspor pada hari Sabtu di MPP bagi pekerja yang tidak bisa meninggalkan pekerjaan pada hari kerja.',
    entries: [[2021, 'TOP99']],
  },
  {
    key: 'jkn-keliling-banjarmasin',
    title: 'JKN Keliling ke Pasar Terapung',
    unitKey: 'bpjs-kesehatan-banjarmasin',
    category: 'Kesehatan',
    group: 'UMUM',
    summary: 'Pendaftaran dan perubahan data peserta JKN langsung di pasar terapung dan pasar tradisional.',
    entries: [[2022, 'TOP45']],
  },
  {
    key: 'samsat-qris-32',
    title: 'Bayar Pajak Kendaraan dengan QRIS di Minimarket',
    unitKey: 'samsat-32',
    category: 'Pelayanan Publik Digital',
    group: 'UMUM',
    summary: 'Pembayaran pajak kendaraan tahunan lewat QRIS dan gerai minimarket, dengan pengesahan STNK elektronik.',
    entries: [[2021, 'TOP45']],
  },
  {
    key: 'perizinan-umkm-35',
    title: 'Klinik Perizinan UMKM Keliling',
    unitKey: 'dpmptsp-35',
    category: 'Ekonomi dan Investasi',
    group: 'UMUM',
    summary: 'Pendampingan NIB dan sertifikasi halal bagi pelaku usaha mikro di desa oleh tim keliling DPMPTSP.',
    entries: [[2020, 'TOP99']],
  },
  {
    key: 'samsat-desa-53',
    title: 'SAMSAT Desa Terpencil',
    unitKey: 'samsat-53',
    category: 'Tata Kelola Pemerintahan yang Adaptif',
    group: 'UMUM',
    summary: 'Gerai SAMSAT bergiliran di kantor desa pulau-pulau kecil Nusa Tenggara Timur, terjadwal sebulan sekali.',
    entries: [[2022, 'TOP99']],
  },
];

export function demoInnovationRows() {
  const units = new Map(DEMO_UNITS.map((unit) => [unit.key, unit]));
  return DEMO_INNOVATIONS.map((innovation) => {
    const unit = units.get(innovation.unitKey);
    if (!unit) throw new Error(`Unknown demo unit ${innovation.unitKey}`);
    const best = innovation.entries.some(([, award]) => award === 'TOP45') ? 'TOP45' : 'TOP99';
    return {
      id: innovationId(innovation.key),
      title: innovation.title,
      summary: innovation.summary,
      service_unit_id: unitId(unit.key),
      agency_id: agencyId(unit.agencyKey),
      agency_type: unit.agencyType,
      region_code: unit.regionCode,
      province_code: unit.regionCode.slice(0, 2),
      category: innovation.category,
      group_code: innovation.group,
      first_year: innovation.entries[0][0],
      latest_year: innovation.entries.at(-1)?.[0],
      award: best,
      replicates_id: innovation.replicatesKey ? innovationId(innovation.replicatesKey) : null,
      status: innovation.status?.[0] ?? null,
      status_reason: innovation.status?.[1] ?? null,
    };
  });
}
