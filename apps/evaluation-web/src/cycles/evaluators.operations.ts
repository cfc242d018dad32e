import { connectionOf, gql } from '@simpul/web-kit';
import type {
  AssignEvaluatorMutation,
  AssignEvaluatorMutationVariables,
  EvaluatorProfilesQuery,
  EvaluatorProfilesQueryVariables,
  EvaluatorWorkloadQuery,
  EvaluatorWorkloadQueryVariables,
  InterRaterAgreementQuery,
  InterRaterAgreementQueryVariables,
  UnassignEvaluatorMutation,
  UnassignEvaluatorMutationVariables,
} from '../__generated__/operations';

export const WORKLOAD = gql<EvaluatorWorkloadQuery, EvaluatorWorkloadQueryVariables>`
query EvaluatorWorkload($cycleId: ID!, $first: Int, $after: String) {
  evaluatorWorkload(cycleId: $cycleId, first: $first, after: $after) {
    ${connectionOf('evaluatorId displayName level primaryLokus secondRaterLokus completedLokus scoredIndicators totalIndicators openAppeals secondScoredIndicators secondTotalIndicators')}
  }
}`;

export const EVALUATOR_PROFILES = gql<EvaluatorProfilesQuery, EvaluatorProfilesQueryVariables>`
query EvaluatorProfiles($search: String, $first: Int) { evaluatorProfiles(search: $search, first: $first) { ${connectionOf('userId displayName level agencyId')} } }`;

export const ASSIGN_EVALUATOR = gql<AssignEvaluatorMutation, AssignEvaluatorMutationVariables>`
  mutation AssignEvaluator($input: AssignEvaluatorInput!) {
    assignEvaluator(input: $input) {
      lokusId
      evaluatorId
    }
  }
`;

export const UNASSIGN_EVALUATOR = gql<UnassignEvaluatorMutation, UnassignEvaluatorMutationVariables>`
  mutation UnassignEvaluator($lokusId: ID!, $evaluatorId: ID!) {
    unassignEvaluator(lokusId: $lokusId, evaluatorId: $evaluatorId)
  }
`;

export const AGREEMENT = gql<InterRaterAgreementQuery, InterRaterAgreementQueryVariables>`
  query InterRaterAgreement($cycleId: ID!) {
    interRaterAgreement(cycleId: $cycleId) {
      evaluatorA
      evaluatorB
      lokusCount
      items
      kappa
      exactAgreement
    }
  }
`;
