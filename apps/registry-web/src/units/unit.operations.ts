import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import type { SortDirection } from '../__generated__/operations';
import type { ServiceGroup, ServiceUnitKind, StandardComponent } from '../shared/enums';
import type { RegionWithParent } from '../regions/region.operations';

export interface UnitRow {
  id: string;
  name: string;
  kind: ServiceUnitKind;
  serviceGroup: ServiceGroup;
  agency: { id: string; name: string };
  region: { code: string; name: string };
}

export interface ExternalIds {
  sippn: string | null;
  pekppp: string | null;
  sp4nLapor: string | null;
  sinovik: string | null;
}

export interface ServiceRow {
  id: string;
  name: string;
  completeness: { complete: boolean; deliveryReady: boolean; filled: number; total: number; missing: StandardComponent[]; unpublished: StandardComponent[] };
}

export interface UnitDetail extends UnitRow {
  region: RegionWithParent;
  agency: { id: string; name: string; type: string };
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  externalIds: ExternalIds;
  archivedAt: string | null;
  canEdit: boolean;
  services: Connection<ServiceRow>;
}

export type UnitSortField = 'NAME' | 'KIND' | 'REGION' | 'CREATED_AT';

export interface UnitFilter {
  regionCode?: string;
  kind?: ServiceUnitKind;
  agencyId?: string;
  search?: string;
}

export interface UnitsVariables {
  first: number;
  after?: string | null;
  filter?: UnitFilter;
  sort?: { field: UnitSortField; direction: SortDirection };
}

export const SERVICE_UNITS = gql<{ serviceUnits: Connection<UnitRow> }, UnitsVariables>`
query ServiceUnits($first: Int, $after: String, $filter: ServiceUnitFilter, $sort: ServiceUnitSort) {
  serviceUnits(first: $first, after: $after, filter: $filter, sort: $sort) {
    ${PAGE_INFO} edges { cursor node { id name kind serviceGroup agency { id name } region { code name } } }
  }
}`;

const UNIT_FIELDS = `id name kind serviceGroup address phone email website archivedAt canEdit
  agency { id name type }
  region { code name level regencyKind parent { code name } }
  externalIds { sippn pekppp sp4nLapor sinovik }`;

export const SERVICE_UNIT = gql<{ serviceUnit: UnitDetail | null }, { id: string; servicesFirst: number; servicesAfter?: string | null }>`
query ServiceUnit($id: ID!, $servicesFirst: Int, $servicesAfter: String) {
  serviceUnit(id: $id) {
    ${UNIT_FIELDS}
    services(first: $servicesFirst, after: $servicesAfter) {
      ${PAGE_INFO} edges { cursor node { id name completeness { complete deliveryReady filled total missing unpublished } } }
    }
  }
}`;

export interface UnitInput {
  name: string;
  kind: ServiceUnitKind;
  serviceGroup: ServiceGroup;
  agencyId: string;
  regionCode: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  externalIds: ExternalIds;
}

export const CREATE_SERVICE_UNIT = gql<{ createServiceUnit: { id: string } }, { input: UnitInput }>`
mutation CreateServiceUnit($input: CreateServiceUnitInput!) { createServiceUnit(input: $input) { id } }`;

export const UPDATE_SERVICE_UNIT = gql<{ updateServiceUnit: { id: string } }, { id: string; input: Partial<UnitInput> }>`
mutation UpdateServiceUnit($id: ID!, $input: UpdateServiceUnitInput!) { updateServiceUnit(id: $id, input: $input) { id } }`;
