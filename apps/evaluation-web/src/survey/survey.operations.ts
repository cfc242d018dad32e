import { gql } from '@simpul/web-kit';
import type {
  PublicSurveyQuery,
  PublicSurveyQueryVariables,
  SubmitSurveyResponseMutation,
  SubmitSurveyResponseMutationVariables,
} from '../__generated__/operations';

export const PUBLIC_SURVEY = gql<PublicSurveyQuery, PublicSurveyQueryVariables>`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) {
      unitName
      year
      title
      scaleMin
      scaleMax
      items {
        code
        text
      }
      open
      used
    }
  }
`;

export type PublicSurvey = PublicSurveyQuery['publicSurvey'];

export const SUBMIT_SURVEY = gql<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>`
  mutation SubmitSurveyResponse($token: String!, $answers: [Int]!) {
    submitSurveyResponse(token: $token, answers: $answers)
  }
`;
