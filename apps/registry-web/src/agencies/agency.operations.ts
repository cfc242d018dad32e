import { gql } from '@simpul/web-kit';
import { PAGE_INFO, type Connection, type SortDirection } from '../shared/connection';
import type { AgencyType } from '../shared/enums';
import type { RegionWithParent } from '../regions/region.operations';

export interface AgencyRow {
  id: string;
  name: string;
  type: AgencyType;
  serviceUnitCount: number;
  region: { code: string; name: string } | null;
}

export interface AgencyDetail extends AgencyRow {
  region: RegionWithParent | null;
  parent: { id: string; name: string } | null;
}

export interface AgencyFilter {
  regionCode?: string;
  type?: AgencyType;
  search?: string;
}

export const AGENCIES = gql<
  { agencies: Connection<AgencyRow> },
  { first: number; after?: string | null; filter?: AgencyFilter; sort?: { field: 'NAME' | 'TYPE'; direction: SortDirection } }
>`query Agencies($first: Int, $after: String, $filter: AgencyFilter, $sort: AgencySort) {
  agencies(first: $first, after: $after, filter: $filter, sort: $sort) {
    ${PAGE_INFO} edges { cursor node { id name type serviceUnitCount region { code name } } }
  }
}`;

export const AGENCY = gql<{ agency: AgencyDetail | null }, { id: string }>`
query Agency($id: ID!) {
  agency(id: $id) { id name type serviceUnitCount region { code name level regencyKind parent { code name } } parent { id name } }
}`;
