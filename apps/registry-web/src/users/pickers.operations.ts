import { type Connection, gql, type TypedDocument } from '@simpul/web-kit';

export interface Option {
  id: string;
  name: string;
}

export const UNIT_OPTIONS = gql<{ serviceUnits: Connection<Option & { agency: { name: string } }> }, { first: number; filter: { search?: string; agencyId?: string } }>`
query UnitOptions($first: Int, $filter: ServiceUnitFilter) {
  serviceUnits(first: $first, filter: $filter) { totalCount edges { cursor node { id name agency { name } } } pageInfo { hasNextPage endCursor } }
}`;

export const MALL_OPTIONS = gql<{ malls: Connection<Option> }, { first: number; filter: { search?: string } }>`
query MallOptions($first: Int, $filter: MallFilter) {
  malls(first: $first, filter: $filter) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
}`;

/** The instansi that are tenants of one mall: an MPP operator invites desks only for their units. */
export const MALL_TENANTS = gql<{ mall: { id: string; name: string; tenancies: Connection<{ id: string; agency: Option }> } | null }, { id: string }>`
query MallTenants($id: ID!) {
  mall(id: $id) { id name tenancies(first: 100) { totalCount edges { cursor node { id agency { id name } } } pageInfo { hasNextPage endCursor } } }
}`;

export const USER_OPTIONS = gql<{ users: Connection<Option & { email: string }> }, { first: number; filter: { text?: string } }>`
query UserOptions($first: Int, $filter: UserFilter) {
  users(first: $first, filter: $filter) { totalCount edges { cursor node { id name email } } pageInfo { hasNextPage endCursor } }
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
