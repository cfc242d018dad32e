import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AgencyChangesQuery,
  AgencyChangesQueryVariables,
  ServiceChangesQuery,
  ServiceChangesQueryVariables,
  ServiceUnitChangesQuery,
  ServiceUnitChangesQueryVariables,
  UserChangesQuery,
  UserChangesQueryVariables,
} from '../__generated__/operations';

/** One audit entry as contract B sends it (the same value type in registry, SKM and MPP). */
export type AuditEntry = NodeOf<NonNullable<ServiceUnitChangesQuery['serviceUnit']>['changes']>;

export const AUDIT_ENTRY_FIELDS = 'id at actorId actorName action objectType objectId changes { field before after }';

const changesOf = (root: string) => `${root}(id: $id) { id changes(first: $first, after: $after) { ${connectionOf(AUDIT_ENTRY_FIELDS)} } }`;

export const UNIT_CHANGES = gql<ServiceUnitChangesQuery, ServiceUnitChangesQueryVariables>`
query ServiceUnitChanges($id: ID!, $first: Int, $after: String) { ${changesOf('serviceUnit')} }`;

export const SERVICE_CHANGES = gql<ServiceChangesQuery, ServiceChangesQueryVariables>`
query ServiceChanges($id: ID!, $first: Int, $after: String) { ${changesOf('service')} }`;

export const AGENCY_CHANGES = gql<AgencyChangesQuery, AgencyChangesQueryVariables>`
query AgencyChanges($id: ID!, $first: Int, $after: String) { ${changesOf('agency')} }`;

export const USER_CHANGES = gql<UserChangesQuery, UserChangesQueryVariables>`
query UserChanges($id: ID!, $first: Int, $after: String) { ${changesOf('user')} }`;
