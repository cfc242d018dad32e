import { KIPP_GROUPS, KIPP_STAGES, type KippGroup, type KippStage } from '../shared/enums';

/** DOMAIN §9: the 2025 categories, offered as a starting list the admin edits. */
export const DEFAULT_CATEGORIES = [
  'Tata Kelola Pemerintahan yang Adaptif',
  'Pelayanan Publik Digital',
  'Kesehatan',
  'Pendidikan',
  'Ekonomi dan Investasi',
  'Sosial dan Pemberdayaan Masyarakat',
  'Lingkungan dan Ketahanan Bencana',
];

/** DOMAIN §9 eligibility: umum 2 years and 10 per agency, replikasi 1 year and 5, khusus 2 years (past winners only). */
export const DEFAULT_GROUP_RULES: Record<KippGroup, { minAgeYears: number; quotaPerAgency: number | null }> = {
  UMUM: { minAgeYears: 2, quotaPerAgency: 10 },
  REPLIKASI: { minAgeYears: 1, quotaPerAgency: 5 },
  KHUSUS: { minAgeYears: 2, quotaPerAgency: null },
};

// A typical yearly calendar (month, day) per stage, as the competition has run since 2023.
const TYPICAL: Record<KippStage, [[number, number], [number, number]]> = {
  REGISTRATION: [
    [2, 1],
    [3, 31],
  ],
  ADMINISTRATIVE_SELECTION: [
    [4, 1],
    [4, 15],
  ],
  DESK_ASSESSMENT: [
    [4, 16],
    [5, 31],
  ],
  TOP99_PANEL: [
    [6, 1],
    [6, 15],
  ],
  OBJECTION_WINDOW: [
    [6, 16],
    [6, 22],
  ],
  PRESENTATION: [
    [7, 1],
    [7, 31],
  ],
  FIELD_VERIFICATION: [
    [8, 1],
    [8, 31],
  ],
  TOP45: [
    [9, 1],
    [9, 30],
  ],
};

const iso = (year: number, [month, day]: [number, number]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function defaultCalendar(year: number): { stage: KippStage; opensOn: string; closesOn: string }[] {
  return KIPP_STAGES.map((stage) => ({ stage, opensOn: iso(year, TYPICAL[stage][0]), closesOn: iso(year, TYPICAL[stage][1]) }));
}

export const ALL_GROUPS: readonly KippGroup[] = KIPP_GROUPS;
