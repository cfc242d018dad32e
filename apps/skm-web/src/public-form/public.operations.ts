import { gql } from '@simpul/web-kit';
import type {
  SkmPublicSurveyQuery,
  SkmPublicSurveyQueryVariables,
  SkmUnitServicesQuery,
  SkmUnitServicesQueryVariables,
  SubmitSkmResponsesMutation,
  SubmitSkmResponsesMutationVariables,
} from '../__generated__/operations';

/** The questionnaire as the service serves it. */
type ServedSurvey = SkmPublicSurveyQuery['skmPublicSurvey'];

/** A questionnaire on screen: served now, or cached by a kiosk build that did not yet keep its period parts. */
export type PublicSurvey = Omit<ServedSurvey, 'periodKind' | 'year' | 'number'> &
  Partial<Pick<ServedSurvey, 'periodKind' | 'year' | 'number'>>;

export const PUBLIC_SURVEY = gql<SkmPublicSurveyQuery, SkmPublicSurveyQueryVariables>`
  query SkmPublicSurvey($code: String, $token: String) {
    skmPublicSurvey(code: $code, token: $token) {
      id
      title
      serviceUnitId
      deskId
      periodLabel
      periodKind
      year
      number
      startsOn
      endsOn
      open
      tokenUsed
      tokenServiceId
      elements {
        code
        name
        weight
        required
      }
    }
  }
`;

/** The services of the unit, for "which service did you use?" (optional; the form works without it). */
export const UNIT_SERVICES = gql<SkmUnitServicesQuery, SkmUnitServicesQueryVariables>`
  query SkmUnitServices($id: ID!) {
    serviceUnit(id: $id) {
      id
      name
      services(first: 50) {
        totalCount
        edges {
          cursor
          node {
            id
            name
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const SUBMIT_RESPONSES = gql<SubmitSkmResponsesMutation, SubmitSkmResponsesMutationVariables>`
  mutation SubmitSkmResponses($submissions: [SkmSubmissionInput!]!) {
    submitSkmResponses(submissions: $submissions) {
      submissionId
      responseId
      status
      flags
    }
  }
`;
