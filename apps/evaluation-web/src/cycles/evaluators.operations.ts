import { gql } from '@simpul/web-kit';

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
}

export const WORKLOAD = gql<{ evaluatorWorkload: Workload[]; evaluatorProfiles: { userId: string; displayName: string; level: string; agencyId: string }[] }, { cycleId: string }>`
query EvaluatorWorkload($cycleId: ID!) {
  evaluatorWorkload(cycleId: $cycleId) { evaluatorId displayName level primaryLokus secondRaterLokus completedLokus scoredIndicators totalIndicators openAppeals }
  evaluatorProfiles { userId displayName level agencyId }
}`;

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
