import { createHash } from 'node:crypto';
import { getRubric, scoreProposal } from '@simpul/scoring';
import { stableId } from '@simpul/service-kit';
import { DEFAULT_RULES } from '../competitions/eligibility-rules';
import { Stage, STAGE_ORDER } from '../competitions/stage.enum';
import { DEMO_INNOVATIONS, innovationId } from './demo-catalogue';
import { agencyId, DEMO_UNITS, unitId, type DemoUnitFacts } from './demo-registry';

/** A stable pseudo-random number in [0, 1) for a key, so a re-seed writes the same figures. */
export function noise(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

export const competitionId = (year: number): string => stableId('competition', String(year));
export const proposalId = (year: number, index: number): string => stableId('proposal', `${year}:${index}`);

export const CATEGORIES = [
  'Tata Kelola Pemerintahan yang Adaptif',
  'Pelayanan Publik Digital',
  'Kesehatan',
  'Pendidikan',
  'Ekonomi dan Investasi',
  'Sosial dan Pemberdayaan Masyarakat',
  'Lingkungan dan Ketahanan Bencana',
];

const THEMES: Array<[title: string, category: number]> = [
  ['SAMSAT Keliling Desa', 0],
  ['Antrean Daring Terintegrasi', 1],
  ['Pembayaran Pajak Kendaraan lewat QRIS', 1],
  ['Pengaduan WhatsApp Terpadu', 0],
  ['Posyandu Digital', 2],
  ['Rumah Singgah Pasien Rujukan', 2],
  ['Kartu Identitas Anak Keliling Sekolah', 3],
  ['Perizinan Berusaha Tanpa Tatap Muka', 4],
  ['Bank Sampah Digital', 6],
  ['Klinik Investasi UMKM', 4],
  ['Layanan Ramah Disabilitas', 5],
  ['Mobil Pelayanan Terapung', 0],
  ['Tanda Tangan Elektronik Dokumen', 1],
  ['Dasbor Kinerja Pelayanan Terbuka', 0],
  ['Beasiswa Anak Nelayan Terpadu', 3],
  ['Peta Rawan Banjir Partisipatif', 6],
  ['Pendampingan Lansia di Rumah', 5],
  ['Sekolah Lapang Petani Muda', 4],
  ['Telekonsultasi Dokter Spesialis', 2],
  ['Layanan Malam Hari Pekerja Shift', 0],
];

export interface DemoProposal {
  id: string;
  index: number;
  unit: DemoUnitFacts;
  group: 'UMUM' | 'REPLIKASI' | 'KHUSUS';
  category: string;
  title: string;
  startedOn: string;
  sourceInnovationId: string | null;
  quality: number;
  submitted: boolean;
  adminPassed: boolean;
}

export const TE_MEMBERS = Array.from({ length: 12 }, (_, index) => ({
  email: index === 0 ? 'evaluator@simpul.test' : `te${index + 1}@simpul.test`,
  name: index === 0 ? 'Evaluator PEKPPP (Tim Evaluasi KIPP)' : `Anggota Tim Evaluasi ${index + 1}`,
  agencyKey: index === 0 ? 'kemenpanrb' : null,
}));
export const TPI_MEMBERS = Array.from({ length: 5 }, (_, index) => ({
  email: index === 0 ? 'panel@simpul.test' : `tpi${index + 1}@simpul.test`,
  name: index === 0 ? 'Ketua Tim Panel Independen' : `Anggota TPI ${index + 1}`,
  agencyKey: null,
}));

const KHUSUS_SOURCES: Record<string, string> = { 'dpmptsp-63': 'perizinan-tanpa-tatap-muka-63', 'samsat-32': 'samsat-qris-32' };

/** About 200 proposals for 2023 from the demo units; 30 % stay drafts, a few fail administrative selection. */
export function demoProposals(year: number, count = 200): DemoProposal[] {
  const units = DEMO_UNITS;
  const replicable = DEMO_INNOVATIONS.map((innovation) => innovation.key);
  return Array.from({ length: count }, (_, index) => {
    const unit = units[index % units.length];
    const theme = THEMES[Math.floor(noise(`${year}:${index}:theme`) * THEMES.length)];
    const roll = noise(`${year}:${index}:group`);
    const khususSource = index < units.length ? KHUSUS_SOURCES[unit.key] : undefined;
    const group = khususSource ? 'KHUSUS' : roll < 0.15 ? 'REPLIKASI' : 'UMUM';
    const source = khususSource ?? (group === 'REPLIKASI' ? replicable[index % replicable.length] : null);
    const age = group === 'REPLIKASI' ? 1 : 2;
    const startYear = year - age - 1 - Math.floor(noise(`${year}:${index}:age`) * 3);
    const submitted = noise(`${year}:${index}:submitted`) >= 0.3;
    const replicated = group === 'REPLIKASI' && source ? DEMO_INNOVATIONS.find((innovation) => innovation.key === source) : undefined;
    return {
      id: proposalId(year, index),
      index,
      unit,
      group,
      category: replicated?.category ?? CATEGORIES[theme[1]],
      title: replicated
        ? `Replikasi ${replicated.title.split(':')[0].replace(/ \(.*\)$/, '')} di ${unit.name}`
        : `${theme[0]} ${unit.name}`,
      startedOn: `${startYear}-0${1 + (index % 9)}-1${index % 10}`,
      sourceInnovationId: source ? innovationId(source) : null,
      quality: 68 + noise(`${year}:${index}:quality`) * 28,
      submitted,
      adminPassed: submitted && noise(`${year}:${index}:admin`) >= 0.1,
    };
  });
}

export function sectionsFor(proposal: Pick<DemoProposal, 'title' | 'group' | 'unit'>): Record<string, string> {
  const sections: Record<string, string> = {
    summary: `${proposal.title} mendekatkan layanan kepada warga yang selama ini harus datang jauh ke kantor ${proposal.unit.name}.`,
    backgroundAndGoals:
      'Waktu tempuh dan biaya perjalanan membuat warga menunda mengurus layanan; tujuannya memangkas waktu dan biaya itu.',
    novelty: 'Layanan dibawa ke warga dengan jadwal tetap dan pembayaran nontunai, sesuatu yang belum ada di wilayah ini.',
    implementation: 'Dimulai dengan uji coba di tiga lokasi, lalu diperluas setelah evaluasi bulanan bersama perangkat desa.',
    significance: 'Jumlah pemohon naik dan waktu penyelesaian turun; keluhan warga tentang antrean berkurang.',
    adaptability: 'Prosedur dan peralatannya sederhana sehingga dapat ditiru unit lain dengan anggaran kecil.',
    resources: 'Petugas yang ada dijadwalkan bergilir; kendaraan operasional dan jaringan seluler dipakai bersama.',
    sustainability: 'Ditetapkan dengan keputusan kepala daerah dan masuk anggaran rutin setiap tahun.',
  };
  if (proposal.group === 'REPLIKASI') {
    Object.assign(sections, {
      inspiration: 'Terinspirasi inovasi serupa yang masuk Top 99 KIPP dan dikunjungi dalam studi tiru.',
      replicationProcess: 'Studi tiru, penyesuaian prosedur dengan kondisi setempat, lalu uji coba enam bulan.',
      differentiators: 'Ditambah pembayaran nontunai dan pengingat jadwal lewat pesan singkat.',
    });
  }
  return sections;
}

/** A criterion score around the proposal's quality, per evaluator; totals come from @simpul/scoring. */
export function demoScores(
  proposal: DemoProposal,
  evaluatorKey: string,
  stage: Stage,
): { criteria: Array<{ code: string; score: number; comment: string | null }>; total: number; rubricId: string } {
  const rubric = getRubric(proposal.group === 'REPLIKASI' ? 'kipp-2025-replikasi' : 'kipp-2025-umum');
  const bias = (noise(`${proposal.id}:${evaluatorKey}:bias`) - 0.5) * 10;
  const scores = Object.fromEntries(
    rubric.criteria.map((criterion) => [
      criterion.code,
      Math.max(
        0,
        Math.min(100, Math.round(proposal.quality + bias + (noise(`${proposal.id}:${evaluatorKey}:${stage}:${criterion.code}`) - 0.5) * 8)),
      ),
    ]),
  );
  const result = scoreProposal(rubric, scores);
  return {
    criteria: rubric.criteria.map((criterion) => ({ code: criterion.code, score: scores[criterion.code], comment: null })),
    total: result.total,
    rubricId: rubric.id,
  };
}

/** The 2023 calendar (as published that year, rounded to whole stages). */
export const CALENDAR_2023: Record<Stage, [string, string]> = {
  [Stage.REGISTRATION]: ['2023-01-16', '2023-03-31'],
  [Stage.ADMINISTRATIVE_SELECTION]: ['2023-04-03', '2023-04-28'],
  [Stage.DESK_ASSESSMENT]: ['2023-05-02', '2023-06-09'],
  [Stage.TOP99_PANEL]: ['2023-06-12', '2023-06-30'],
  [Stage.OBJECTION_WINDOW]: ['2023-07-03', '2023-07-07'],
  [Stage.PRESENTATION]: ['2023-07-17', '2023-08-11'],
  [Stage.FIELD_VERIFICATION]: ['2023-08-14', '2023-09-15'],
  [Stage.TOP45]: ['2023-09-18', '2023-10-06'],
};

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** A calendar with registration open around `today`, so the demo can walk a proposal through the funnel. */
export function openCalendar(today: string): Record<Stage, [string, string]> {
  const offsets: Array<[number, number]> = [
    [-30, 30],
    [31, 45],
    [46, 75],
    [76, 90],
    [91, 95],
    [96, 110],
    [111, 125],
    [126, 135],
  ];
  return Object.fromEntries(
    STAGE_ORDER.map((stage, index) => [stage, [addDays(today, offsets[index][0]), addDays(today, offsets[index][1])]]),
  ) as Record<Stage, [string, string]>;
}

/**
 * Last year's competition running late, with field verification open around `today`: every earlier
 * stage closed on schedule, the Top 45 still ahead. It gives the demo Tim Evaluasi and panel work.
 */
export function fieldVerificationCalendar(today: string): Record<Stage, [string, string]> {
  const offsets: Array<[number, number]> = [
    [-200, -140],
    [-139, -120],
    [-119, -90],
    [-89, -75],
    [-74, -70],
    [-69, -40],
    [-39, 14],
    [15, 28],
  ];
  return Object.fromEntries(
    STAGE_ORDER.map((stage, index) => [stage, [addDays(today, offsets[index][0]), addDays(today, offsets[index][1])]]),
  ) as Record<Stage, [string, string]>;
}

export const DEMO_RULES = DEFAULT_RULES;
export { agencyId, unitId };
