import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import { AUDIT_ENTRY_FIELDS, type AuditEntry } from '../history/history.operations';

export interface AuditFilter {
  actorId?: string;
  objectType?: string;
  from?: string;
  to?: string;
}

type AuditVariables = { first: number; after?: string | null; filter?: AuditFilter };

export const REGISTRY_AUDIT_LOG = gql<{ registryAuditLog: Connection<AuditEntry> }, AuditVariables>`
query RegistryAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  registryAuditLog(first: $first, after: $after, filter: $filter) { ${PAGE_INFO} edges { cursor node { ${AUDIT_ENTRY_FIELDS} } } }
}`;

export const SKM_AUDIT_LOG = gql<{ skmAuditLog: Connection<AuditEntry> }, AuditVariables>`
query SkmAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  skmAuditLog(first: $first, after: $after, filter: $filter) { ${PAGE_INFO} edges { cursor node { ${AUDIT_ENTRY_FIELDS} } } }
}`;

export const MPP_AUDIT_LOG = gql<{ mppAuditLog: Connection<AuditEntry> }, AuditVariables>`
query MppAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  mppAuditLog(first: $first, after: $after, filter: $filter) { ${PAGE_INFO} edges { cursor node { ${AUDIT_ENTRY_FIELDS} } } }
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
    case 'agency': return registryPath(`/agencies/${objectId}`);
    case 'serviceunit': return registryPath(`/units/${objectId}`);
    case 'service': return registryPath(`/services/${objectId}`);
    case 'user': return registryPath(`/admin/users/${objectId}`);
    case 'skmsurvey': return `/skm/surveys/${objectId}`;
    case 'tenancy': return `/mpp/tenancies/${objectId}`;
    default: return null;
  }
}
