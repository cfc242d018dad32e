import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import { ATTACHMENT_FIELDS, type Attachment } from '../desk/desk.operations';
import { SECTIONS_FIELDS, type KippGroup, type KippStage, type ProposalStatus, type Sections } from '../shared/enums';

export interface ReviewRow {
  id: string;
  title: string;
  group: KippGroup;
  category: string;
  updatedAt: string;
  serviceUnit: { id: string; name: string };
}

export const LOCAL_ADMIN_COMPETITIONS = gql<{ competitions: Connection<{ id: string; year: number; title: string; stages: { stage: KippStage; decidedAt: string | null }[] }> }>`
  query KippLocalAdminCompetitions { competitions(first: 20) { ${PAGE_INFO} edges { cursor node { id year title stages { stage decidedAt } } } } }
`;

/** Drafts the agency's desks shared with their local admin: the review queue. */
export const REVIEW_QUEUE = gql<{ proposals: Connection<ReviewRow> }, { competitionId: string; after: string | null }>`
  query KippReviewQueue($competitionId: ID!, $after: String) {
    proposals(filter: { competitionId: $competitionId, status: DRAFT, sharedWithAdmin: true }, first: 50, after: $after) {
      ${PAGE_INFO} edges { cursor node { id title group category updatedAt serviceUnit { id name } } }
    }
  }
`;

export interface ReviewProposal {
  id: string;
  title: string;
  group: KippGroup;
  category: string;
  status: ProposalStatus;
  sharedWithAdmin: boolean;
  returnNote: string | null;
  innovationStartedOn: string;
  videoUrl: string | null;
  sections: Sections;
  serviceUnit: { id: string; name: string };
  agency: { id: string; name: string };
  attachments: Attachment[];
  competition: { id: string; year: number; stages: { stage: KippStage; closesOn: string; decidedAt: string | null }[] };
}

export const REVIEW_PROPOSAL = gql<{ proposal: ReviewProposal | null }, { id: string }>`
  query KippReviewProposal($id: ID!) {
    proposal(id: $id) {
      id title group category status sharedWithAdmin returnNote innovationStartedOn videoUrl ${SECTIONS_FIELDS}
      serviceUnit { id name } agency { id name } attachments { ${ATTACHMENT_FIELDS} }
      competition { id year stages { stage closesOn decidedAt } }
    }
  }
`;

export const RETURN_PROPOSAL = gql<{ returnProposal: { id: string; sharedWithAdmin: boolean; returnNote: string | null } }, { id: string; note: string }>`
  mutation KippReturnProposal($id: ID!, $note: String!) { returnProposal(id: $id, note: $note) { id sharedWithAdmin returnNote } }
`;

export const SUBMIT_PROPOSAL = gql<{ submitProposal: { id: string; status: ProposalStatus; submittedAt: string | null } }, { id: string }>`
  mutation KippSubmitProposal($id: ID!) { submitProposal(id: $id) { id status submittedAt } }
`;
