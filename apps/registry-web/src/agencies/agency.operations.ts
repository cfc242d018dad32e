import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AdminAgenciesQuery,
  AdminAgenciesQueryVariables,
  AgenciesQuery,
  AgenciesQueryVariables,
  AgencyForEditQuery,
  AgencyForEditQueryVariables,
  AgencyQuery,
  AgencyQueryVariables,
  ArchiveAgencyMutation,
  ArchiveAgencyMutationVariables,
  CreateAgencyMutation,
  CreateAgencyMutationVariables,
  UpdateAgencyMutation,
  UpdateAgencyMutationVariables,
} from '../__generated__/operations';

export type { AgencyFilter, AgencyInput } from '../__generated__/operations';

export type AgencyRow = NodeOf<AgenciesQuery['agencies']>;

export const AGENCIES = gql<
  AgenciesQuery,
  AgenciesQueryVariables
>`query Agencies($first: Int, $after: String, $filter: AgencyFilter, $sort: AgencySort) {
  agencies(first: $first, after: $after, filter: $filter, sort: $sort) {
    ${connectionOf('id name type serviceUnitCount region { code name }')}
  }
}`;

export const AGENCY = gql<AgencyQuery, AgencyQueryVariables>`
  query Agency($id: ID!) {
    agency(id: $id) {
      id
      name
      type
      serviceUnitCount
      archivedAt
      region {
        code
        name
        level
        regencyKind
        parent {
          code
          name
        }
      }
      parent {
        id
        name
      }
    }
  }
`;

// Administration (contract B): the national admin creates, edits and archives agencies.

export type AgencyAdminRow = NodeOf<AdminAgenciesQuery['agencies']>;

export const ADMIN_AGENCIES = gql<
  AdminAgenciesQuery,
  AdminAgenciesQueryVariables
>`query AdminAgencies($first: Int, $after: String, $filter: AgencyFilter) {
  agencies(first: $first, after: $after, filter: $filter, sort: { field: NAME, direction: ASC }) {
    ${connectionOf('id name type serviceUnitCount archived archivedAt region { code name } parent { id name }')}
  }
}`;

export type AgencyForEdit = NonNullable<AgencyForEditQuery['agency']>;

export const AGENCY_FOR_EDIT = gql<AgencyForEditQuery, AgencyForEditQueryVariables>`
  query AgencyForEdit($id: ID!) {
    agency(id: $id) {
      id
      name
      type
      regionCode
      archived
      region {
        code
        name
        level
        regencyKind
        parent {
          code
          name
        }
      }
      parent {
        id
        name
      }
    }
  }
`;

export const CREATE_AGENCY = gql<CreateAgencyMutation, CreateAgencyMutationVariables>`
  mutation CreateAgency($input: AgencyInput!) {
    createAgency(input: $input) {
      id
    }
  }
`;

export const UPDATE_AGENCY = gql<UpdateAgencyMutation, UpdateAgencyMutationVariables>`
  mutation UpdateAgency($id: ID!, $input: AgencyInput!) {
    updateAgency(id: $id, input: $input) {
      id
    }
  }
`;

export const ARCHIVE_AGENCY = gql<ArchiveAgencyMutation, ArchiveAgencyMutationVariables>`
  mutation ArchiveAgency($id: ID!) {
    archiveAgency(id: $id) {
      id
      archived
      archivedAt
    }
  }
`;
