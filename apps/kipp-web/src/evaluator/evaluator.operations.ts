import { gql, PAGE_INFO } from '@simpul/web-kit';
import type {
  KippEvaluatorCompetitionsQuery,
  KippEvaluatorCompetitionsQueryVariables,
  KippMyAssignmentsQuery,
  KippMyAssignmentsQueryVariables,
  KippPanelTop99Query,
  KippPanelTop99QueryVariables,
  KippRecordFieldVerificationMutation,
  KippRecordFieldVerificationMutationVariables,
  KippScoringProposalQuery,
  KippScoringProposalQueryVariables,
  KippSubmitScoreMutation,
  KippSubmitScoreMutationVariables,
} from '../__generated__/operations';
import { ATTACHMENT_FIELDS } from '../desk/desk.operations';
import { SECTIONS_FIELDS } from '../shared/enums';

export type ScoringProposal = NonNullable<KippScoringProposalQuery['proposal']>;
export type KippRubric = ScoringProposal['competition']['stages'][number]['rubrics'][number];

export const EVALUATOR_COMPETITIONS = gql<KippEvaluatorCompetitionsQuery, KippEvaluatorCompetitionsQueryVariables>`
  query KippEvaluatorCompetitions { competitions(first: 20) { ${PAGE_INFO} edges { cursor node { id year title } } } }
`;

export const MY_ASSIGNMENTS = gql<KippMyAssignmentsQuery, KippMyAssignmentsQueryVariables>`
  query KippMyAssignments($competitionId: ID!, $after: String) {
    myAssignments(competitionId: $competitionId, first: 100, after: $after) { ${PAGE_INFO} edges { cursor node { proposalId evaluatorId evaluatorName stage scored } } }
    proposals(filter: { competitionId: $competitionId }, first: 100) { ${PAGE_INFO} edges { cursor node { id title group category } } }
  }
`;

const RUBRIC = 'id title group scaleMin scaleMax passingGrade criteria { code name nameEn weight }';

export const SCORING_PROPOSAL = gql<KippScoringProposalQuery, KippScoringProposalQueryVariables>`
  query KippScoringProposal($id: ID!) {
    proposal(id: $id) {
      id title status group category ${SECTIONS_FIELDS} videoUrl attachments { ${ATTACHMENT_FIELDS} } fieldVerifications { id panel visitedOn notes }
      competition { id year stages { stage decidedAt rubrics { ${RUBRIC} } } }
    }
  }
`;

export const SUBMIT_SCORE = gql<KippSubmitScoreMutation, KippSubmitScoreMutationVariables>`
  mutation KippSubmitScore($input: ScoreInput!) {
    submitScore(input: $input) {
      total
      scoredAt
    }
  }
`;

export const RECORD_FIELD_VERIFICATION = gql<KippRecordFieldVerificationMutation, KippRecordFieldVerificationMutationVariables>`
  mutation KippRecordFieldVerification($proposalId: ID!, $visitedOn: String!, $notes: String!) {
    recordKippFieldVerification(proposalId: $proposalId, visitedOn: $visitedOn, notes: $notes) {
      id
      panel
      visitedOn
      notes
    }
  }
`;

export const PANEL_TOP99 = gql<KippPanelTop99Query, KippPanelTop99QueryVariables>`
  query KippPanelTop99($competitionId: ID!, $after: String) {
    proposals(filter: { competitionId: $competitionId, status: TOP99 }, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { id title group category agency { id name } } } }
  }
`;
