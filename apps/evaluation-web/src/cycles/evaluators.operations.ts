import { gql, connectionOf, type Connection } from '@simpul/web-kit';

export interface Workload {
  evaluatorId: string;
  displayName: string;
  level: 'KEMENPANRB' | 'PROVINCE' | 'REGENCY';
  primaryLokus: number;
  secondRaterLokus: number;
  completedLokus: number;
  scoredIndicators: number;
  totalIndicators: number;
  openAppeals: number;
  /** Absent from older servers' answers: then no second-rater progress is shown. */
  secondScoredIndicators?: number;
  secondTotalIndicators?: number;
}

export const WORKLOAD = gql<{ evaluatorWorkload: Connection<Workload> }, { cycleId: string; first: number; after: string | null }>`
query EvaluatorWorkload($cycleId: ID!, $first: Int, $after: String) {
  evaluatorWorkload(cycleId: $cycleId, first: $first, after: $after) {
    ${connectionOf('evaluatorId displayName level primaryLokus secondRaterLokus completedLokus scoredIndicators totalIndicators openAppeals secondScoredIndicators secondTotalIndicators')}
  }
}`;

export interface EvaluatorOption {
  userId: string;
  displayName: string;
  level: string;
  agencyId: string;
}

export const EVALUATOR_PROFILES = gql<{ evaluatorProfiles: Connection<EvaluatorOption> }, { search: string | null; first: number }>`
query EvaluatorProfiles($search: String, $first: Int) { evaluatorProfiles(search: $search, first: $first) { ${connectionOf('userId displayName level agencyId')} } }`;

export const ASSIGN_EVALUATOR = gql<{ assignEvaluator: { lokusId: string; evaluatorId: string } }, { input: { lokusId: string; evaluatorId: string; role: 'PRIMARY' | 'SECOND_RATER' } }>`
mutation AssignEvaluator($input: AssignEvaluatorInput!) { assignEvaluator(input: $input) { lokusId evaluatorId } }`;

export const UNASSIGN_EVALUATOR = gql<{ unassignEvaluator: boolean }, { lokusId: string; evaluatorId: string }>`
mutation UnassignEvaluator($lokusId: ID!, $evaluatorId: ID!) { unassignEvaluator(lokusId: $lokusId, evaluatorId: $evaluatorId) }`;

export interface Agreement {
  evaluatorA: string;
  evaluatorB: string;
  lokusCount: number;
  items: number;
  kappa: number | null;
  exactAgreement: number;
}

export const AGREEMENT = gql<{ interRaterAgreement: Agreement[] }, { cycleId: string }>`
query InterRaterAgreement($cycleId: ID!) { interRaterAgreement(cycleId: $cycleId) { evaluatorA evaluatorB lokusCount items kappa exactAgreement } }`;
