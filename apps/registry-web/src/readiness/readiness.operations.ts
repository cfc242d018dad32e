import { gql } from '@simpul/web-kit';
import type {
  AgencyOmbudsmanReadinessQuery,
  AgencyOmbudsmanReadinessQueryVariables,
  OmbudsmanReadinessQuery,
  OmbudsmanReadinessQueryVariables,
} from '../__generated__/operations';

/** A unit's readiness and the check list with its reasons: its own request, so the unit page shows without it. */
export const OMBUDSMAN_READINESS = gql<OmbudsmanReadinessQuery, OmbudsmanReadinessQueryVariables>`
  query OmbudsmanReadiness($id: ID!) {
    ombudsmanReadiness(serviceUnitId: $id) {
      serviceCount
      checkedComponents
      missingCount
      unpublishedCount
      ready
      items {
        component
        label {
          id
          en
        }
        requirement
        state
        serviceId
        serviceName
      }
    }
    ombudsmanReadinessChecks {
      checks {
        component
        requirement
        label {
          id
          en
        }
        reason {
          id
          en
        }
      }
      notKnown {
        code
        label {
          id
          en
        }
        reason {
          id
          en
        }
      }
    }
  }
`;

export const AGENCY_OMBUDSMAN_READINESS = gql<AgencyOmbudsmanReadinessQuery, AgencyOmbudsmanReadinessQueryVariables>`
  query AgencyOmbudsmanReadiness($id: ID!, $first: Int, $after: String) {
    agencyOmbudsmanReadiness(agencyId: $id) {
      unitCount
      readyUnitCount
      serviceCount
      checkedComponents
      missingCount
      unpublishedCount
      units(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            serviceUnit {
              id
              name
            }
            serviceCount
            missingCount
            unpublishedCount
            ready
          }
        }
      }
    }
  }
`;

export type UnitReadiness = OmbudsmanReadinessQuery['ombudsmanReadiness'];
export type ReadinessItem = UnitReadiness['items'][number];
export type AgencyReadiness = AgencyOmbudsmanReadinessQuery['agencyOmbudsmanReadiness'];
export type UnitReadinessRow = AgencyReadiness['units']['edges'][number]['node'];
