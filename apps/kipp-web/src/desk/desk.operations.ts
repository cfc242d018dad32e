import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  KippCreateProposalMutation,
  KippCreateProposalMutationVariables,
  KippMyProposalsQuery,
  KippMyProposalsQueryVariables,
  KippProposalDraftQuery,
  KippProposalDraftQueryVariables,
  KippRemoveAttachmentMutation,
  KippRemoveAttachmentMutationVariables,
  KippSaveProposalMutation,
  KippSaveProposalMutationVariables,
  KippShareProposalMutation,
  KippShareProposalMutationVariables,
  KippUploadAttachmentMutation,
  KippUploadAttachmentMutationVariables,
  SaveProposalInput,
} from '../__generated__/operations';
import { SECTIONS_FIELDS } from '../shared/enums';

export type ProposalSummary = NodeOf<KippMyProposalsQuery['proposals']>;
export type OpenCompetition = NodeOf<KippMyProposalsQuery['competitions']>;
export type ProposalDraft = NonNullable<KippProposalDraftQuery['proposal']>;
/**
 * An attachment as every page reads it (ATTACHMENT_FIELDS): `stored` when uploaded and kept by the
 * service (downloaded through it); older attachments are only links.
 */
export type Attachment = ProposalDraft['attachments'][number];
export type { SaveProposalInput };

const SUMMARY = 'id title group category status sharedWithAdmin returnNote version updatedAt competition { id year }';

export const MY_PROPOSALS = gql<KippMyProposalsQuery, KippMyProposalsQueryVariables>`
  query KippMyProposals {
    proposals(first: 100) { ${PAGE_INFO} edges { cursor node { ${SUMMARY} } } }
    myKippNotifications(first: 20) { ${PAGE_INFO} edges { cursor node { id proposalId proposalTitle kind message createdAt } } }
    competitions(first: 5) { ${PAGE_INFO} edges { cursor node { id year title groups categories stages { stage opensOn closesOn decidedAt } } } }
  }
`;

export const CREATE_PROPOSAL = gql<KippCreateProposalMutation, KippCreateProposalMutationVariables>`
  mutation KippCreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
    }
  }
`;

/** What every page reads of an attachment (download through the service when `stored`). */
export const ATTACHMENT_FIELDS = 'id kind fileName contentType sizeBytes sha256 stored url addedAt';

const DRAFT = `${SUMMARY} innovationStartedOn videoUrl submittedAt ${SECTIONS_FIELDS}
  attachments { ${ATTACHMENT_FIELDS} }
  sourceInnovation { id title }
  competition { id year title groups categories stages { stage opensOn closesOn decidedAt } }`;

export const PROPOSAL_DRAFT = gql<KippProposalDraftQuery, KippProposalDraftQueryVariables>`
  query KippProposalDraft($id: ID!) { proposal(id: $id) { ${DRAFT} } }
`;

export const SAVE_PROPOSAL = gql<KippSaveProposalMutation, KippSaveProposalMutationVariables>`
  mutation KippSaveProposal($input: SaveProposalInput!) {
    saveProposal(input: $input) {
      id
      version
      updatedAt
    }
  }
`;

export const SHARE_PROPOSAL = gql<KippShareProposalMutation, KippShareProposalMutationVariables>`
  mutation KippShareProposal($id: ID!) {
    shareProposal(id: $id) {
      id
      sharedWithAdmin
      version
    }
  }
`;

export const UPLOAD_ATTACHMENT = gql<KippUploadAttachmentMutation, KippUploadAttachmentMutationVariables>`
  mutation KippUploadAttachment($input: UploadProposalAttachmentInput!) { uploadProposalAttachment(input: $input) { ${ATTACHMENT_FIELDS} } }
`;

export const REMOVE_ATTACHMENT = gql<KippRemoveAttachmentMutation, KippRemoveAttachmentMutationVariables>`
  mutation KippRemoveAttachment($id: ID!) {
    removeProposalAttachment(id: $id)
  }
`;
