import { connectionOf, gql } from '@simpul/web-kit';
import type {
  MppAuditLogQuery,
  MppAuditLogQueryVariables,
  RegistryAuditLogQuery,
  RegistryAuditLogQueryVariables,
  SkmAuditLogQuery,
  SkmAuditLogQueryVariables,
} from '../__generated__/operations';
import { AUDIT_ENTRY_FIELDS } from '../history/history.operations';

export type { AuditFilter } from '../__generated__/operations';

export const REGISTRY_AUDIT_LOG = gql<RegistryAuditLogQuery, RegistryAuditLogQueryVariables>`
query RegistryAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  registryAuditLog(first: $first, after: $after, filter: $filter) { ${connectionOf(AUDIT_ENTRY_FIELDS)} }
}`;

export const SKM_AUDIT_LOG = gql<SkmAuditLogQuery, SkmAuditLogQueryVariables>`
query SkmAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  skmAuditLog(first: $first, after: $after, filter: $filter) { ${connectionOf(AUDIT_ENTRY_FIELDS)} }
}`;

export const MPP_AUDIT_LOG = gql<MppAuditLogQuery, MppAuditLogQueryVariables>`
query MppAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  mppAuditLog(first: $first, after: $after, filter: $filter) { ${connectionOf(AUDIT_ENTRY_FIELDS)} }
}`;

export type AuditModule = 'registry' | 'skm' | 'mpp';

/** The object types each service records (the GraphQL type names), in the order the filter lists them. */
export const AUDIT_OBJECT_TYPES: Record<AuditModule, readonly string[]> = {
  registry: ['Agency', 'ServiceUnit', 'Service', 'User'],
  skm: ['SkmSurvey'],
  mpp: ['Desk', 'Tenancy'],
};

/** Where an audited object is shown in the portal, when it has a page of its own. */
export function objectPath(objectType: string, objectId: string, registryPath: (path: string) => string): string | null {
  switch (objectType.replace(/[_\s]/g, '').toLowerCase()) {
    case 'agency':
      return registryPath(`/agencies/${objectId}`);
    case 'serviceunit':
      return registryPath(`/units/${objectId}`);
    case 'service':
      return registryPath(`/services/${objectId}`);
    case 'user':
      return registryPath(`/admin/users/${objectId}`);
    case 'skmsurvey':
      return `/skm/surveys/${objectId}`;
    case 'tenancy':
      return `/mpp/tenancies/${objectId}`;
    default:
      return null;
  }
}
