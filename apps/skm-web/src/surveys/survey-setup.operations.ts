import { gql } from '@simpul/web-kit';
import type {
  SkmDeskVisitorsQuery,
  SkmDeskVisitorsQueryVariables,
  SkmMallDesksQuery,
  SkmMallDesksQueryVariables,
  SkmMallTenantUnitsQuery,
  SkmMallTenantUnitsQueryVariables,
  SkmSurveySetupQuery,
  SkmSurveySetupQueryVariables,
  SkmUnitSearchQuery,
  SkmUnitSearchQueryVariables,
  UpdateSkmSurveySetupMutation,
  UpdateSkmSurveySetupMutationVariables,
} from '../__generated__/operations';

export const SURVEY_SETUP = gql<SkmSurveySetupQuery, SkmSurveySetupQueryVariables>`
  query SkmSurveySetup($id: ID!) {
    skmSurvey(id: $id) {
      id
      title
      serviceUnitId
      mallId
      deskId
      periodKind
      year
      number
      periodLabel
      startsOn
      endsOn
      expectedUsers
      opensAt
      closesAt
      elements {
        code
        name
        weight
        required
      }
      result {
        sample {
          expectedUsers
          required
          respondents
          adequate
          shortBy
          percent
        }
      }
    }
  }
`;

export const UPDATE_SURVEY_SETUP = gql<UpdateSkmSurveySetupMutation, UpdateSkmSurveySetupMutationVariables>`
  mutation UpdateSkmSurveySetup($input: UpdateSkmSurveyInput!) {
    updateSkmSurvey(input: $input) {
      id
    }
  }
`;

/** Registry units by name (admin picks the unit a survey is for), through the gateway. */
export const UNIT_SEARCH = gql<SkmUnitSearchQuery, SkmUnitSearchQueryVariables>`
  query SkmUnitSearch($search: String) {
    serviceUnits(first: 10, filter: { search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`;

/** The operator's mall and its desks (MPP service, through the gateway). */
export const MALL_DESKS = gql<SkmMallDesksQuery, SkmMallDesksQueryVariables>`
  query SkmMallDesks($mallId: ID!) {
    mall(id: $mallId) {
      id
      name
      desks {
        id
        number
        label
      }
    }
  }
`;

/**
 * Visitors per desk over a date range, from the MPP operator dashboard (MPP service, through the
 * gateway; the SKM service never calls another service): the expected users of a desk survey.
 */
export const DESK_VISITORS = gql<SkmDeskVisitorsQuery, SkmDeskVisitorsQueryVariables>`
  query SkmDeskVisitors($mallId: ID!, $from: String!, $to: String!) {
    mallDashboard(mallId: $mallId, from: $from, to: $to) {
      busiestDesks(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            desk {
              id
            }
            visitors
          }
        }
      }
    }
  }
`;

/** The units an operator may survey: those its mall's tenants serve with (MPP service, names from the registry, through the gateway; 50 × 20 keeps within the gateway's cost limit). */
export const MALL_TENANT_UNITS = gql<SkmMallTenantUnitsQuery, SkmMallTenantUnitsQueryVariables>`
  query SkmMallTenantUnits($mallId: ID!) {
    mall(id: $mallId) {
      id
      tenancies(first: 50) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            step
            services(first: 20) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                cursor
                node {
                  serviceUnit {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
