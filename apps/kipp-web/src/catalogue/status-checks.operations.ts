import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import type { InnovationStatus } from '../shared/enums';

export interface StatusCheck {
  innovationId: string;
  year: number;
  title: string;
  askedAt: string;
  answeredAt: string | null;
  status: InnovationStatus | null;
  reason: string | null;
}

const CHECK = 'innovationId year title askedAt answeredAt status reason';

export const MY_STATUS_CHECKS = gql<{ myStatusChecks: Connection<StatusCheck> }, { year: number; after: string | null }>`
  query KippMyStatusChecks($year: Int!, $after: String) { myStatusChecks(year: $year, first: 20, after: $after) { ${PAGE_INFO} edges { cursor node { ${CHECK} } } } }
`;

export const UNANSWERED_STATUS_CHECKS = gql<{ unansweredStatusChecks: Connection<StatusCheck> }, { year: number; after: string | null }>`
  query KippUnansweredStatusChecks($year: Int!, $after: String) { unansweredStatusChecks(year: $year, first: 50, after: $after) { ${PAGE_INFO} edges { cursor node { ${CHECK} } } } }
`;

export const ANSWER_STATUS_CHECK = gql<{ answerStatusCheck: StatusCheck }, { innovationId: string; year: number; status: InnovationStatus; reason: string | null }>`
  mutation KippAnswerStatusCheck($innovationId: ID!, $year: Int!, $status: InnovationStatus!, $reason: String) {
    answerStatusCheck(innovationId: $innovationId, year: $year, status: $status, reason: $reason) { ${CHECK} }
  }
`;

export const OPEN_STATUS_CHECKS = gql<{ openStatusChecks: number }, { year: number }>`
  mutation KippOpenStatusChecks($year: Int!) { openStatusChecks(year: $year) }
`;
