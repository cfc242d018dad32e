// The enums of the KIPP contract (types generated from the supergraph), in the order the UI lists them.
import type {
  AgencyType,
  InnovationStatus,
  KippGroup,
  KippStage,
  ProposalSectionsInput,
  ProposalStatus,
  ShortlistTier,
} from '../__generated__/operations';

export type { InnovationStatus, KippGroup, KippStage, ProposalStatus };
/** An award is the shortlist it was won on. */
export type Award = ShortlistTier;

export const KIPP_GROUPS = ['UMUM', 'REPLIKASI', 'KHUSUS'] as const satisfies readonly KippGroup[];

export const KIPP_STAGES = [
  'REGISTRATION',
  'ADMINISTRATIVE_SELECTION',
  'DESK_ASSESSMENT',
  'TOP99_PANEL',
  'OBJECTION_WINDOW',
  'PRESENTATION',
  'FIELD_VERIFICATION',
  'TOP45',
] as const satisfies readonly KippStage[];

export const PROPOSAL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ADMIN_PASSED',
  'ADMIN_FAILED',
  'TOP99',
  'DISQUALIFIED',
  'TOP45',
] as const satisfies readonly ProposalStatus[];

export const AWARDS = ['TOP99', 'TOP45'] as const satisfies readonly Award[];

export const AGENCY_TYPES = [
  'KEMENTERIAN',
  'LEMBAGA',
  'PROVINSI',
  'KABUPATEN',
  'KOTA',
  'BUMN',
  'BUMD',
  'SWASTA',
] as const satisfies readonly AgencyType[];

/** The proposal sections of DOMAIN §9, in order; replikasi adds the last three. */
export const COMMON_SECTIONS = [
  'summary',
  'backgroundAndGoals',
  'novelty',
  'implementation',
  'significance',
  'adaptability',
  'resources',
  'sustainability',
] as const satisfies readonly (keyof ProposalSectionsInput)[];
export const REPLICATION_SECTIONS = [
  'inspiration',
  'replicationProcess',
  'differentiators',
] as const satisfies readonly (keyof ProposalSectionsInput)[];
export type SectionKey = (typeof COMMON_SECTIONS)[number] | (typeof REPLICATION_SECTIONS)[number];

export function sectionsFor(group: KippGroup): readonly SectionKey[] {
  return group === 'REPLIKASI' ? [...COMMON_SECTIONS, ...REPLICATION_SECTIONS] : COMMON_SECTIONS;
}

export const SECTIONS_FIELDS = `sections { ${[...COMMON_SECTIONS, ...REPLICATION_SECTIONS].join(' ')} }`;
