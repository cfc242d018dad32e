import { gql } from '@simpul/web-kit';
import type { Connection } from './connection';

/** Instansi found by name, for a search picker: a deployment may have thousands, so never "the first 100". */
export const AGENCY_OPTIONS = gql<{ agencies: Connection<{ id: string; name: string; region: { name: string } | null }> }, { first: number; filter: { search?: string; includeArchived?: boolean } }>`
query AgencyOptions($first: Int, $filter: AgencyFilter) {
  agencies(first: $first, filter: $filter) { totalCount edges { cursor node { id name region { name } } } pageInfo { hasNextPage endCursor } }
}`;
