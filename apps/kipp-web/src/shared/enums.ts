// The enums of the KIPP contract, in the order the UI lists them.
export const KIPP_GROUPS = ['UMUM', 'REPLIKASI', 'KHUSUS'] as const;
export type KippGroup = (typeof KIPP_GROUPS)[number];

export const KIPP_STAGES = [
  'REGISTRATION', 'ADMINISTRATIVE_SELECTION', 'DESK_ASSESSMENT', 'TOP99_PANEL', 'OBJECTION_WINDOW', 'PRESENTATION', 'FIELD_VERIFICATION', 'TOP45',
] as const;
export type KippStage = (typeof KIPP_STAGES)[number];

export const PROPOSAL_STATUSES = ['DRAFT', 'SUBMITTED', 'ADMIN_PASSED', 'ADMIN_FAILED', 'TOP99', 'DISQUALIFIED', 'TOP45'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const AWARDS = ['TOP99', 'TOP45'] as const;
export type Award = (typeof AWARDS)[number];

export type InnovationStatus = 'CONTINUING' | 'STOPPED';

export const AGENCY_TYPES = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA', 'BUMN', 'BUMD', 'SWASTA'] as const;

/** The proposal sections of DOMAIN §9, in order; replikasi adds the last three. */
export const COMMON_SECTIONS = ['summary', 'backgroundAndGoals', 'novelty', 'implementation', 'significance', 'adaptability', 'resources', 'sustainability'] as const;
export const REPLICATION_SECTIONS = ['inspiration', 'replicationProcess', 'differentiators'] as const;
export type SectionKey = (typeof COMMON_SECTIONS)[number] | (typeof REPLICATION_SECTIONS)[number];
export type Sections = Partial<Record<SectionKey, string | null>>;

export function sectionsFor(group: KippGroup): readonly SectionKey[] {
  return group === 'REPLIKASI' ? [...COMMON_SECTIONS, ...REPLICATION_SECTIONS] : COMMON_SECTIONS;
}

export const SECTIONS_FIELDS = `sections { ${[...COMMON_SECTIONS, ...REPLICATION_SECTIONS].join(' ')} }`;
