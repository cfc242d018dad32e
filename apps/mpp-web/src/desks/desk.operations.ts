import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AssignDeskMutation,
  AssignDeskMutationVariables,
  CreateDeskMutation,
  CreateDeskMutationVariables,
  DeskScheduleQuery,
  DeskScheduleQueryVariables,
  DeskTenantQuery,
  DeskTenantQueryVariables,
  DeskTenantsQuery,
  DeskTenantsQueryVariables,
  ReleaseDeskAssignmentMutation,
  ReleaseDeskAssignmentMutationVariables,
} from '../__generated__/operations';
import { DESK_IKM } from '../shared/desk-ikm';

export type DeskSchedule = NonNullable<DeskScheduleQuery['mall']>;
export type DeskWithAssignments = DeskSchedule['desks'][number];
export type TenantOption = NodeOf<NonNullable<DeskTenantsQuery['mall']>['tenancies']>;

export const DESK_SCHEDULE = gql<DeskScheduleQuery, DeskScheduleQueryVariables>`
query DeskSchedule($mallId: ID!) {
  mall(id: $mallId) {
    id name openingHours { weekday }
    desks { id number label ${DESK_IKM} assignments { id weekday staffCount tenancy { id step agency { id name } } } }
  }
}`;

const TENANT_OPTION = 'id step agency { id name }';

/** The tenant picker's options, page after page, in invitation order. */
export const DESK_TENANTS = gql<DeskTenantsQuery, DeskTenantsQueryVariables>`
query DeskTenants($mallId: ID!, $first: Int, $after: String) {
  mall(id: $mallId) { id tenancies(first: $first, after: $after) { ${connectionOf(TENANT_OPTION)} } }
}`;

/** The tenant named by the onboarding link (`?tenancy=`), which may lie beyond the pages loaded. */
export const DESK_TENANT = gql<DeskTenantQuery, DeskTenantQueryVariables>`
query DeskTenant($id: ID!) { tenancy(id: $id) { ${TENANT_OPTION} mall { id } } }`;

export const CREATE_DESK = gql<CreateDeskMutation, CreateDeskMutationVariables>`
  mutation CreateDesk($input: CreateDeskInput!) {
    createDesk(input: $input) {
      id
    }
  }
`;

export const ASSIGN_DESK = gql<AssignDeskMutation, AssignDeskMutationVariables>`
  mutation AssignDesk($input: AssignDeskInput!) {
    assignDesk(input: $input) {
      id
    }
  }
`;

export const RELEASE_DESK_ASSIGNMENT = gql<ReleaseDeskAssignmentMutation, ReleaseDeskAssignmentMutationVariables>`
  mutation ReleaseDeskAssignment($id: ID!) {
    releaseDeskAssignment(id: $id) {
      id
    }
  }
`;
