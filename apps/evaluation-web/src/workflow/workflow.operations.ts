import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AgencyOptionsQuery,
  AgencyOptionsQueryVariables,
  AssignmentCandidatesQuery,
  AssignmentCandidatesQueryVariables,
  ConflictDeclarationsQuery,
  ConflictDeclarationsQueryVariables,
  CreateEvaluationCycleMutation,
  CreateEvaluationCycleMutationVariables,
  DeclareConflictOfInterestMutation,
  DeclareConflictOfInterestMutationVariables,
  EnrolledEvaluatorsQuery,
  EnrolledEvaluatorsQueryVariables,
  EvaluatorAccountsQuery,
  EvaluatorAccountsQueryVariables,
  ProvincesQuery,
  ProvincesQueryVariables,
  SaveSecondScoreMutation,
  SaveSecondScoreMutationVariables,
  UnitOptionsQuery,
  UnitOptionsQueryVariables,
  UpsertEvaluatorProfileMutation,
  UpsertEvaluatorProfileMutationVariables,
  WithdrawConflictDeclarationMutation,
  WithdrawConflictDeclarationMutationVariables,
} from '../__generated__/operations';

export const CREATE_CYCLE = gql<CreateEvaluationCycleMutation, CreateEvaluationCycleMutationVariables>`
  mutation CreateEvaluationCycle($input: CreateCycleInput!) {
    createEvaluationCycle(input: $input) {
      id
      name
    }
  }
`;

const PROFILE = 'userId displayName level provinceCode agencyId agency { id name }';

export const ENROLLED_EVALUATORS = gql<EnrolledEvaluatorsQuery, EnrolledEvaluatorsQueryVariables>`
query EnrolledEvaluators($search: String, $first: Int, $after: String) { evaluatorProfiles(search: $search, first: $first, after: $after) { ${connectionOf(PROFILE)} } }`;

export type EvaluatorProfileRow = NodeOf<EnrolledEvaluatorsQuery['evaluatorProfiles']>;

export const UPSERT_EVALUATOR = gql<UpsertEvaluatorProfileMutation, UpsertEvaluatorProfileMutationVariables>`
mutation UpsertEvaluatorProfile($input: EvaluatorProfileInput!) { upsertEvaluatorProfile(input: $input) { ${PROFILE} } }`;

/** Registry accounts with the Evaluator role (the registry decides who may list users). */
export const EVALUATOR_ACCOUNTS = gql<EvaluatorAccountsQuery, EvaluatorAccountsQueryVariables>`
query EvaluatorAccounts($text: String, $first: Int) { users(first: $first, filter: { text: $text, role: EVALUATOR }) { ${connectionOf('id email displayName')} } }`;

export const AGENCY_OPTIONS = gql<AgencyOptionsQuery, AgencyOptionsQueryVariables>`
query AgencyOptions($search: String, $first: Int) { agencies(first: $first, filter: { search: $search }, sort: { field: NAME, direction: ASC }) { ${connectionOf('id name')} } }`;

export const UNIT_OPTIONS = gql<UnitOptionsQuery, UnitOptionsQueryVariables>`
query UnitOptions($search: String, $first: Int) { serviceUnits(first: $first, filter: { search: $search }) { ${connectionOf('id name')} } }`;

export const PROVINCES = gql<ProvincesQuery, ProvincesQueryVariables>`
  query Provinces {
    provinces {
      code
      name
    }
  }
`;

const CONFLICT = 'id evaluatorId agencyId serviceUnitId agency { id name } serviceUnit { id name } reason declaredAt';

export const CONFLICTS = gql<ConflictDeclarationsQuery, ConflictDeclarationsQueryVariables>`
query ConflictDeclarations($evaluatorId: ID, $first: Int) { conflictDeclarations(evaluatorId: $evaluatorId, first: $first) { ${connectionOf(CONFLICT)} } }`;

export type ConflictRow = NodeOf<ConflictDeclarationsQuery['conflictDeclarations']>;

export const DECLARE_CONFLICT = gql<DeclareConflictOfInterestMutation, DeclareConflictOfInterestMutationVariables>`
mutation DeclareConflictOfInterest($input: DeclareConflictInput!) { declareConflictOfInterest(input: $input) { ${CONFLICT} } }`;

export const WITHDRAW_CONFLICT = gql<WithdrawConflictDeclarationMutation, WithdrawConflictDeclarationMutationVariables>`
  mutation WithdrawConflictDeclaration($id: ID!) {
    withdrawConflictDeclaration(id: $id)
  }
`;

export const ASSIGNMENT_CANDIDATES = gql<AssignmentCandidatesQuery, AssignmentCandidatesQueryVariables>`
query AssignmentCandidates($lokusId: ID!, $search: String, $first: Int) {
  assignmentCandidates(lokusId: $lokusId, search: $search, first: $first) { ${connectionOf('evaluator { userId displayName level } eligible refusal { id en }')} }
}`;

export const SAVE_SECOND_SCORE = gql<SaveSecondScoreMutation, SaveSecondScoreMutationVariables>`
  mutation SaveSecondScore($input: SaveSecondScoreInput!) {
    saveSecondScore(input: $input) {
      lokusId
      evaluatorId
      indicatorCode
      level
      updatedAt
    }
  }
`;
