import type { ChangeHistoryEntry } from '@simpul/ui';
import { gql } from '@simpul/web-kit';
import { PAGE_INFO, type Connection } from '../shared/connection';

/** One audit entry as contract B sends it (the same value type in registry, SKM and MPP). */
export interface AuditEntry extends ChangeHistoryEntry {
  id: string;
  actorId: string | null;
  objectType: string;
  objectId: string;
}

export const AUDIT_ENTRY_FIELDS = 'id at actorId actorName action objectType objectId changes { field before after }';

const changesOf = (root: string) =>
  `${root}(id: $id) { id changes(first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${AUDIT_ENTRY_FIELDS} } } } }`;

type HistoryVariables = { id: string; first: number; after?: string | null };
type Changes = { id: string; changes: Connection<AuditEntry> } | null;

export const UNIT_CHANGES = gql<{ serviceUnit: Changes }, HistoryVariables>`
query ServiceUnitChanges($id: ID!, $first: Int, $after: String) { ${changesOf('serviceUnit')} }`;

export const SERVICE_CHANGES = gql<{ service: Changes }, HistoryVariables>`
query ServiceChanges($id: ID!, $first: Int, $after: String) { ${changesOf('service')} }`;

export const AGENCY_CHANGES = gql<{ agency: Changes }, HistoryVariables>`
query AgencyChanges($id: ID!, $first: Int, $after: String) { ${changesOf('agency')} }`;

export const USER_CHANGES = gql<{ user: Changes }, HistoryVariables>`
query UserChanges($id: ID!, $first: Int, $after: String) { ${changesOf('user')} }`;
