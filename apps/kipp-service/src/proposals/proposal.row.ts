import { CompetitionGroup } from '../competitions/group.enum';
import { toSections, type SectionsData } from './proposal-sections';
import type { Proposal } from './proposal.model';
import { ProposalStatus } from './proposal-status.enum';

export interface ProposalRow {
  id: string;
  competition_id: string;
  service_unit_id: string;
  agency_id: string;
  agency_type: string;
  region_code: string;
  province_code: string;
  group_code: CompetitionGroup;
  category: string;
  title: string;
  innovation_started_on: string;
  source_innovation_id: string | null;
  sections: SectionsData;
  video_url: string | null;
  status: ProposalStatus;
  shared_with_admin: boolean;
  return_note: string | null;
  version: number;
  innovation_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  in_3t: boolean;
}

/** Columns of a proposal row with its 3T flag (region or its province listed in kipp.frontier_regions). */
export const PROPOSAL_COLUMNS = `p.*, EXISTS (SELECT 1 FROM kipp.frontier_regions f WHERE f.region_code IN (p.region_code, p.province_code)) AS in_3t`;

export function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    competitionId: row.competition_id,
    group: row.group_code,
    category: row.category,
    title: row.title,
    innovationStartedOn: row.innovation_started_on,
    agencyType: row.agency_type,
    in3tRegion: row.in_3t,
    sections: toSections(row.sections),
    videoUrl: row.video_url,
    status: row.status,
    sharedWithAdmin: row.shared_with_admin,
    returnNote: row.return_note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    serviceUnitId: row.service_unit_id,
    agencyId: row.agency_id,
    regionCode: row.region_code,
    sourceInnovationId: row.source_innovation_id,
    innovationId: row.innovation_id,
  };
}
