import { gql } from '@simpul/web-kit';
import { PAGE_INFO, type Connection } from '../shared/connection';
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
    myKippNotifications(first: 20) { ${PAGE_INFO} edges { cursor node { id proposalId kind message createdAt } } }
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

export interface Attachment {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  url: string;
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
  attachments { id kind fileName contentType sizeBytes url addedAt }
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

export interface AddAttachmentInput {
  proposalId: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export const ADD_ATTACHMENT = gql<{ addProposalAttachment: Attachment }, { input: AddAttachmentInput }>`
  mutation KippAddAttachment($input: AddAttachmentInput!) { addProposalAttachment(input: $input) { id kind fileName contentType sizeBytes url addedAt } }
`;

export const REMOVE_ATTACHMENT = gql<{ removeProposalAttachment: boolean }, { id: string }>`
  mutation KippRemoveAttachment($id: ID!) { removeProposalAttachment(id: $id) }
`;
