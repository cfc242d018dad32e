import { type Connection, gql } from '@simpul/web-kit';
import type { AgeBand, Education, Occupation, Sex, SkmAnswer } from './form-values';

export interface PublicSurvey {
  id: string;
  title: string;
  serviceUnitId: string | null;
  deskId: string | null;
  periodLabel: string;
  /** Absent on a questionnaire cached by an older kiosk build. */
  periodKind?: 'QUARTER' | 'HALF_YEAR' | 'YEAR';
  year?: number;
  number?: number;
  startsOn: string;
  endsOn: string;
  open: boolean;
  elements: { code: string; name: string; weight: string; required: boolean }[];
  tokenUsed: boolean | null;
}

export const PUBLIC_SURVEY = gql<{ skmPublicSurvey: PublicSurvey }, { code?: string | null; token?: string | null }>`
  query SkmPublicSurvey($code: String, $token: String) {
    skmPublicSurvey(code: $code, token: $token) {
      id title serviceUnitId deskId periodLabel periodKind year number startsOn endsOn open tokenUsed
      elements { code name weight required }
    }
  }
`;

/** The services of the unit, for "which service did you use?" (optional; the form works without it). */
export const UNIT_SERVICES = gql<{ serviceUnit: { id: string; name: string; services: Connection<{ id: string; name: string }> } | null }, { id: string }>`
  query SkmUnitServices($id: ID!) {
    serviceUnit(id: $id) { id name services(first: 50) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }
  }
`;

export interface SubmissionInput {
  channel: 'QR' | 'KIOSK' | 'LINK';
  surveyCode?: string | null;
  token?: string | null;
  submissionId?: string | null;
  deviceId?: string | null;
  answeredAt?: string | null;
  answers: SkmAnswer[];
  ageBand?: AgeBand | null;
  sex?: Sex | null;
  education?: Education | null;
  occupation?: Occupation | null;
  serviceId?: string | null;
}

export interface Receipt {
  submissionId: string | null;
  responseId: string;
  status: 'STORED' | 'DUPLICATE';
  flags: string[];
}

export const SUBMIT_RESPONSES = gql<{ submitSkmResponses: Receipt[] }, { submissions: SubmissionInput[] }>`
  mutation SubmitSkmResponses($submissions: [SkmSubmissionInput!]!) {
    submitSkmResponses(submissions: $submissions) { submissionId responseId status flags }
  }
`;
