import type { InnovationDetail, InnovationRow } from '../catalogue/catalogue.operations';
import type { ProposalDraft } from '../desk/desk.operations';
import type { ScoringProposal } from '../evaluator/evaluator.operations';
import type { SectionKey } from '../shared/enums';
import { connection } from './render-kipp';

export function innovation(overrides: Partial<InnovationRow> = {}): InnovationRow {
  return {
    id: 'inv-1',
    title: 'Samsat Keliling Desa',
    summary: 'Pembayaran pajak kendaraan di desa terpencil.',
    category: 'Pelayanan Publik',
    group: 'UMUM',
    agencyType: 'PROVINSI',
    firstYear: 2021,
    latestYear: 2023,
    award: 'TOP45',
    awardName: overrides.award === 'TOP99' ? 'Top 99' : 'Top 45',
    status: 'CONTINUING',
    origin: 'OFFICIAL',
    source: 'Keputusan Menteri PANRB 1035/2023',
    agency: { id: 'pemprov-63', name: 'Pemerintah Provinsi Kalimantan Selatan' },
    region: { code: '63', name: 'Kalimantan Selatan' },
    ...overrides,
  };
}

export function innovationDetail(overrides: Partial<InnovationDetail> = {}): InnovationDetail {
  return {
    ...innovation(),
    statusReason: null,
    history: [
      { year: 2021, group: 'UMUM', award: 'TOP99', awardName: 'Top 99', proposalId: null },
      { year: 2023, group: 'UMUM', award: 'TOP45', awardName: 'Top 45', proposalId: 'p-1' },
    ],
    replicates: null,
    replicatedBy: connection([
      { id: 'inv-2', title: 'Samsat Desa Kapuas', agency: { id: 'pemkab-6203', name: 'Pemerintah Kabupaten Kapuas' } },
    ]),
    serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan' },
    ...overrides,
  };
}

const STAGES = [
  'REGISTRATION',
  'ADMINISTRATIVE_SELECTION',
  'DESK_ASSESSMENT',
  'TOP99_PANEL',
  'OBJECTION_WINDOW',
  'PRESENTATION',
  'FIELD_VERIFICATION',
  'TOP45',
] as const;

export function stages(decided: number, start = '2026-01-05') {
  const base = Date.parse(`${start}T00:00:00Z`);
  const day = 86_400_000;
  return STAGES.map((stage, index) => ({
    stage,
    opensOn: new Date(base + index * 30 * day).toISOString().slice(0, 10),
    closesOn: new Date(base + (index * 30 + 29) * day).toISOString().slice(0, 10),
    decidedAt: index < decided ? new Date(base + (index * 30 + 29) * day).toISOString() : null,
    decisionReason: index < decided ? `Tahap ${stage} selesai` : null,
  }));
}

/** A proposal's sections as the service answers them: every section, null until written. */
export function sections(written: Partial<Record<SectionKey, string>> = {}): ProposalDraft['sections'] {
  return {
    summary: null,
    backgroundAndGoals: null,
    novelty: null,
    implementation: null,
    significance: null,
    adaptability: null,
    resources: null,
    sustainability: null,
    inspiration: null,
    replicationProcess: null,
    differentiators: null,
    ...written,
  };
}

export function draft(overrides: Partial<ProposalDraft> = {}): ProposalDraft {
  return {
    id: 'p-1',
    title: 'Samsat Keliling Desa',
    group: 'UMUM',
    category: 'Pelayanan Publik',
    status: 'DRAFT',
    sharedWithAdmin: false,
    returnNote: null,
    version: 3,
    updatedAt: '2026-11-20T03:00:00Z',
    innovationStartedOn: '2022-01-10',
    videoUrl: null,
    submittedAt: null,
    attachments: [],
    sourceInnovation: null,
    sections: sections({ summary: 'Ringkasan awal' }),
    competition: {
      id: 'comp-2026',
      year: 2026,
      title: 'KIPP 2026',
      groups: ['UMUM', 'REPLIKASI', 'KHUSUS'],
      categories: ['Pelayanan Publik', 'Kesehatan'],
      stages: stages(0),
    },
    ...overrides,
  };
}

export const RUBRIC = {
  id: 'kipp-2025-umum-desk',
  title: 'Rubrik Tim Evaluasi Umum',
  group: 'UMUM' as const,
  scaleMin: 0,
  scaleMax: 100,
  passingGrade: '85',
  criteria: [
    { code: 'NOVELTY', name: 'Kebaruan', nameEn: 'Novelty', weight: '30' },
    { code: 'EFFECTIVE', name: 'Efektif', nameEn: 'Effective', weight: '25' },
    { code: 'BENEFICIAL', name: 'Bermanfaat', nameEn: 'Beneficial', weight: '25' },
    { code: 'SUSTAINABLE', name: 'Berkelanjutan', nameEn: 'Sustainable', weight: '20' },
  ],
};

export function scoringProposal(decided = false): ScoringProposal {
  return {
    id: 'p-9',
    title: 'Posyandu Digital',
    status: 'ADMIN_PASSED',
    fieldVerifications: [],
    group: 'UMUM',
    category: 'Kesehatan',
    sections: sections({ summary: 'Pencatatan balita daring' }),
    videoUrl: null,
    attachments: [],
    competition: {
      id: 'comp-2026',
      year: 2026,
      stages: stages(2).map((s) => ({
        stage: s.stage,
        decidedAt: s.stage === 'DESK_ASSESSMENT' && decided ? '2026-04-01T00:00:00Z' : s.decidedAt,
        rubrics: s.stage === 'DESK_ASSESSMENT' ? [RUBRIC] : [],
      })),
    },
  };
}
