import { gql, PAGE_INFO } from '@simpul/web-kit';
import type {
  KippLocalAdminCompetitionsQuery,
  KippLocalAdminCompetitionsQueryVariables,
  KippReturnProposalMutation,
  KippReturnProposalMutationVariables,
  KippReviewProposalQuery,
  KippReviewProposalQueryVariables,
  KippReviewQueueQuery,
  KippReviewQueueQueryVariables,
  KippSubmitProposalMutation,
  KippSubmitProposalMutationVariables,
} from '../__generated__/operations';
import { ATTACHMENT_FIELDS } from '../desk/desk.operations';
import { SECTIONS_FIELDS } from '../shared/enums';

export type ReviewProposal = NonNullable<KippReviewProposalQuery['proposal']>;

export const LOCAL_ADMIN_COMPETITIONS = gql<KippLocalAdminCompetitionsQuery, KippLocalAdminCompetitionsQueryVariables>`
  query KippLocalAdminCompetitions { competitions(first: 20) { ${PAGE_INFO} edges { cursor node { id year title stages { stage decidedAt } } } } }
`;

/** Drafts the agency's desks shared with their local admin: the review queue. */
export const REVIEW_QUEUE = gql<KippReviewQueueQuery, KippReviewQueueQueryVariables>`
  query KippReviewQueue($competitionId: ID!, $after: String) {
    proposals(filter: { competitionId: $competitionId, status: DRAFT, sharedWithAdmin: true }, first: 50, after: $after) {
      ${PAGE_INFO} edges { cursor node { id title group category updatedAt serviceUnit { id name } } }
    }
  }
`;

export const REVIEW_PROPOSAL = gql<KippReviewProposalQuery, KippReviewProposalQueryVariables>`
  query KippReviewProposal($id: ID!) {
    proposal(id: $id) {
      id title group category status sharedWithAdmin returnNote innovationStartedOn videoUrl ${SECTIONS_FIELDS}
      serviceUnit { id name } agency { id name } attachments { ${ATTACHMENT_FIELDS} }
      competition { id year stages { stage closesOn decidedAt } }
    }
  }
`;

export const RETURN_PROPOSAL = gql<KippReturnProposalMutation, KippReturnProposalMutationVariables>`
  mutation KippReturnProposal($id: ID!, $note: String!) {
    returnProposal(id: $id, note: $note) {
      id
      sharedWithAdmin
      returnNote
    }
  }
`;

export const SUBMIT_PROPOSAL = gql<KippSubmitProposalMutation, KippSubmitProposalMutationVariables>`
  mutation KippSubmitProposal($id: ID!) {
    submitProposal(id: $id) {
      id
      status
      submittedAt
    }
  }
`;
