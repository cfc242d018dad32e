import { gql } from '@simpul/web-kit';

export interface PublicSurvey {
  unitName: string;
  year: number;
  title: string;
  scaleMin: number;
  scaleMax: number;
  items: { code: string; text: string }[];
  open: boolean;
  used: boolean;
}

export const PUBLIC_SURVEY = gql<{ publicSurvey: PublicSurvey }, { token: string }>`
query PublicSurvey($token: String!) { publicSurvey(token: $token) { unitName year title scaleMin scaleMax items { code text } open used } }`;

export const SUBMIT_SURVEY = gql<{ submitSurveyResponse: boolean }, { token: string; answers: (number | null)[] }>`
mutation SubmitSurveyResponse($token: String!, $answers: [Int]!) { submitSurveyResponse(token: $token, answers: $answers) }`;
