import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  KippAnswerStatusCheckMutation,
  KippAnswerStatusCheckMutationVariables,
  KippMyStatusChecksQuery,
  KippMyStatusChecksQueryVariables,
  KippOpenStatusChecksMutation,
  KippOpenStatusChecksMutationVariables,
  KippUnansweredStatusChecksQuery,
  KippUnansweredStatusChecksQueryVariables,
} from '../__generated__/operations';

export type StatusCheck = NodeOf<KippMyStatusChecksQuery['myStatusChecks']>;

const CHECK = 'innovationId year title askedAt answeredAt status reason';

export const MY_STATUS_CHECKS = gql<KippMyStatusChecksQuery, KippMyStatusChecksQueryVariables>`
  query KippMyStatusChecks($year: Int!, $after: String) { myStatusChecks(year: $year, first: 20, after: $after) { ${PAGE_INFO} edges { cursor node { ${CHECK} } } } }
`;

export const UNANSWERED_STATUS_CHECKS = gql<KippUnansweredStatusChecksQuery, KippUnansweredStatusChecksQueryVariables>`
  query KippUnansweredStatusChecks($year: Int!, $after: String) { unansweredStatusChecks(year: $year, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { ${CHECK} } } } }
`;

export const ANSWER_STATUS_CHECK = gql<KippAnswerStatusCheckMutation, KippAnswerStatusCheckMutationVariables>`
  mutation KippAnswerStatusCheck($innovationId: ID!, $year: Int!, $status: InnovationStatus!, $reason: String) {
    answerStatusCheck(innovationId: $innovationId, year: $year, status: $status, reason: $reason) { ${CHECK} }
  }
`;

export const OPEN_STATUS_CHECKS = gql<KippOpenStatusChecksMutation, KippOpenStatusChecksMutationVariables>`
  mutation KippOpenStatusChecks($year: Int!) {
    openStatusChecks(year: $year)
  }
`;
