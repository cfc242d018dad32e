import { connectionOf, gql, type TypedDocument } from '@simpul/web-kit';
import type {
  MallOptionsQuery,
  MallOptionsQueryVariables,
  MallTenantsQuery,
  MallTenantsQueryVariables,
  UnitOptionsQuery,
  UnitOptionsQueryVariables,
  UserOptionsQuery,
  UserOptionsQueryVariables,
} from '../__generated__/operations';

/** One entry of a picker: what `mall(id:)` answers to the names lookup below. */
export interface Option {
  id: string;
  name: string;
}

export const UNIT_OPTIONS = gql<UnitOptionsQuery, UnitOptionsQueryVariables>`
query UnitOptions($first: Int, $filter: ServiceUnitFilter) {
  serviceUnits(first: $first, filter: $filter) { ${connectionOf('id name agency { name }')} }
}`;

export const MALL_OPTIONS = gql<MallOptionsQuery, MallOptionsQueryVariables>`
query MallOptions($first: Int, $filter: MallFilter) {
  malls(first: $first, filter: $filter) { ${connectionOf('id name')} }
}`;

/** The instansi that are tenants of one mall: an MPP operator invites desks only for their units. */
export const MALL_TENANTS = gql<MallTenantsQuery, MallTenantsQueryVariables>`
query MallTenants($id: ID!) {
  mall(id: $id) { id name tenancies(first: 100) { ${connectionOf('id agency { id name }')} } }
}`;

export const USER_OPTIONS = gql<UserOptionsQuery, UserOptionsQueryVariables>`
query UserOptions($first: Int, $filter: UserFilter) {
  users(first: $first, filter: $filter) { ${connectionOf('id name email')} }
}`;

/**
 * Names of the malls behind `ids`, in one request (User carries only `mallId`): `mall(id:)` once
 * per id, under an alias. Empty ids ask nothing.
 */
export function mallNamesDocument(ids: string[]): TypedDocument<Record<string, Option | null>, Record<string, string>> {
  const variables = ids.map((_, index) => `$m${index}: ID!`).join(', ');
  const fields = ids.map((_, index) => `m${index}: mall(id: $m${index}) { id name }`).join(' ');
  return { source: `query MallNames(${variables}) { ${fields} }` };
}
