import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import type { SortDirection } from '../__generated__/operations';
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
  archivedAt: string | null;
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
  agency(id: $id) { id name type serviceUnitCount archivedAt region { code name level regencyKind parent { code name } } parent { id name } }
}`;

// Administration (contract B): the national admin creates, edits and archives agencies.

export interface AgencyAdminRow extends AgencyRow {
  archived: boolean;
  archivedAt: string | null;
  parent: { id: string; name: string } | null;
}

export const ADMIN_AGENCIES = gql<
  { agencies: Connection<AgencyAdminRow> },
  { first: number; after?: string | null; filter?: AgencyFilter & { includeArchived?: boolean } }
>`query AdminAgencies($first: Int, $after: String, $filter: AgencyFilter) {
  agencies(first: $first, after: $after, filter: $filter, sort: { field: NAME, direction: ASC }) {
    ${PAGE_INFO} edges { cursor node { id name type serviceUnitCount archived archivedAt region { code name } parent { id name } } }
  }
}`;

export interface AgencyForEdit {
  id: string;
  name: string;
  type: AgencyType;
  regionCode: string | null;
  region: RegionWithParent | null;
  parent: { id: string; name: string } | null;
  archived: boolean;
}

export const AGENCY_FOR_EDIT = gql<{ agency: AgencyForEdit | null }, { id: string }>`
query AgencyForEdit($id: ID!) {
  agency(id: $id) { id name type regionCode archived region { code name level regencyKind parent { code name } } parent { id name } }
}`;

export interface AgencyInput {
  name: string;
  type: AgencyType;
  regionCode: string;
  parentId: string | null;
}

export const CREATE_AGENCY = gql<{ createAgency: { id: string } }, { input: AgencyInput }>`
mutation CreateAgency($input: AgencyInput!) { createAgency(input: $input) { id } }`;

export const UPDATE_AGENCY = gql<{ updateAgency: { id: string } }, { id: string; input: AgencyInput }>`
mutation UpdateAgency($id: ID!, $input: AgencyInput!) { updateAgency(id: $id, input: $input) { id } }`;

export const ARCHIVE_AGENCY = gql<{ archiveAgency: { id: string; archived: boolean; archivedAt: string | null } }, { id: string }>`
mutation ArchiveAgency($id: ID!) { archiveAgency(id: $id) { id archived archivedAt } }`;
