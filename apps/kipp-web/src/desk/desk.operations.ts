import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import { SECTIONS_FIELDS, type KippGroup, type KippStage, type ProposalStatus, type Sections } from '../shared/enums';

export interface ProposalSummary {
  id: string;
  title: string;
  group: KippGroup;
  category: string;
  status: ProposalStatus;
  sharedWithAdmin: boolean;
  returnNote: string | null;
  version: number;
  updatedAt: string;
  competition: { id: string; year: number };
}

const SUMMARY = 'id title group category status sharedWithAdmin returnNote version updatedAt competition { id year }';

export interface DeskNotification {
  id: string;
  proposalId: string;
  proposalTitle: string;
  kind: string;
  message: string;
  createdAt: string;
}

export interface OpenCompetition {
  id: string;
  year: number;
  title: string;
  groups: KippGroup[];
  categories: string[];
  stages: { stage: KippStage; opensOn: string; closesOn: string; decidedAt: string | null }[];
}

export const MY_PROPOSALS = gql<{
  proposals: Connection<ProposalSummary>;
  myKippNotifications: Connection<DeskNotification>;
  competitions: Connection<OpenCompetition>;
}>`
  query KippMyProposals {
    proposals(first: 100) { ${PAGE_INFO} edges { cursor node { ${SUMMARY} } } }
    myKippNotifications(first: 20) { ${PAGE_INFO} edges { cursor node { id proposalId proposalTitle kind message createdAt } } }
    competitions(first: 5) { ${PAGE_INFO} edges { cursor node { id year title groups categories stages { stage opensOn closesOn decidedAt } } } }
  }
`;

export interface CreateProposalInput {
  competitionId: string;
  group: KippGroup;
  category: string;
  title: string;
  innovationStartedOn: string;
  sourceInnovationId?: string | null;
}

export const CREATE_PROPOSAL = gql<{ createProposal: { id: string } }, { input: CreateProposalInput }>`
  mutation KippCreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }
`;

/** What every page reads of an attachment (download through the service when `stored`). */
export const ATTACHMENT_FIELDS = 'id kind fileName contentType sizeBytes sha256 stored url addedAt';

export interface Attachment {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string | null;
  /** Uploaded and kept by the service (downloaded through it); older attachments are only links. */
  stored: boolean;
  url: string | null;
  addedAt: string;
}

export interface ProposalDraft extends ProposalSummary {
  innovationStartedOn: string;
  videoUrl: string | null;
  sections: Sections;
  submittedAt: string | null;
  attachments: Attachment[];
  sourceInnovation: { id: string; title: string } | null;
  competition: OpenCompetition;
}

const DRAFT = `${SUMMARY} innovationStartedOn videoUrl submittedAt ${SECTIONS_FIELDS}
  attachments { ${ATTACHMENT_FIELDS} }
  sourceInnovation { id title }
  competition { id year title groups categories stages { stage opensOn closesOn decidedAt } }`;

export const PROPOSAL_DRAFT = gql<{ proposal: ProposalDraft | null }, { id: string }>`
  query KippProposalDraft($id: ID!) { proposal(id: $id) { ${DRAFT} } }
`;

export interface SaveProposalInput {
  id: string;
  expectedVersion: number;
  title?: string;
  category?: string;
  innovationStartedOn?: string;
  videoUrl?: string | null;
  sections?: Sections;
}

export const SAVE_PROPOSAL = gql<{ saveProposal: { id: string; version: number; updatedAt: string } }, { input: SaveProposalInput }>`
  mutation KippSaveProposal($input: SaveProposalInput!) { saveProposal(input: $input) { id version updatedAt } }
`;

export const SHARE_PROPOSAL = gql<{ shareProposal: { id: string; sharedWithAdmin: boolean; version: number } }, { id: string }>`
  mutation KippShareProposal($id: ID!) { shareProposal(id: $id) { id sharedWithAdmin version } }
`;

export interface UploadAttachmentInput {
  proposalId: string;
  kind: string;
  file: { fileName: string; mimeType: string; contentBase64: string };
}

export const UPLOAD_ATTACHMENT = gql<{ uploadProposalAttachment: Attachment }, { input: UploadAttachmentInput }>`
  mutation KippUploadAttachment($input: UploadProposalAttachmentInput!) { uploadProposalAttachment(input: $input) { ${ATTACHMENT_FIELDS} } }
`;

export const REMOVE_ATTACHMENT = gql<{ removeProposalAttachment: boolean }, { id: string }>`
  mutation KippRemoveAttachment($id: ID!) { removeProposalAttachment(id: $id) }
`;
