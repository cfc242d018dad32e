import { gql, type NodeOf } from '@simpul/web-kit';
import type {
  AgencyServicesQuery,
  AgencyServicesQueryVariables,
  SearchAgenciesQuery,
  SearchAgenciesQueryVariables,
  UnitAgencyQuery,
  UnitAgencyQueryVariables,
} from '../__generated__/operations';

// What the MPP pages read from the registry through the gateway: agencies to invite and their
// services to pick, never retyped.

export type AgencyOption = NodeOf<SearchAgenciesQuery['agencies']>;

export const SEARCH_AGENCIES = gql<SearchAgenciesQuery, SearchAgenciesQueryVariables>`
  query SearchAgencies($search: String) {
    agencies(first: 10, filter: { search: $search }, sort: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          type
          serviceUnitCount
          region {
            code
            name
          }
        }
      }
    }
  }
`;

export type RegistryService = NodeOf<AgencyServicesQuery['services']>;

export const AGENCY_SERVICES = gql<AgencyServicesQuery, AgencyServicesQueryVariables>`
  query AgencyServices($agencyId: ID) {
    services(first: 100, filter: { agencyId: $agencyId }, sort: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          serviceUnit {
            id
            name
          }
          completeness {
            deliveryReady
            missing
            unpublished
            filled
            total
          }
        }
      }
    }
  }
`;

export const UNIT_AGENCY = gql<UnitAgencyQuery, UnitAgencyQueryVariables>`
  query UnitAgency($id: ID!) {
    serviceUnit(id: $id) {
      id
      agency {
        id
        name
      }
    }
  }
`;
