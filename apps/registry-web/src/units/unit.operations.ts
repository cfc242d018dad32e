import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  CreateServiceUnitMutation,
  CreateServiceUnitMutationVariables,
  ServiceUnitQuery,
  ServiceUnitQueryVariables,
  ServiceUnitsQuery,
  ServiceUnitsQueryVariables,
  UpdateServiceUnitMutation,
  UpdateServiceUnitMutationVariables,
} from '../__generated__/operations';

export type {
  CreateServiceUnitInput as UnitInput,
  ServiceUnitFilter as UnitFilter,
  ServiceUnitSortField as UnitSortField,
} from '../__generated__/operations';

export type UnitRow = NodeOf<ServiceUnitsQuery['serviceUnits']>;
export type UnitDetail = NonNullable<ServiceUnitQuery['serviceUnit']>;
export type ServiceRow = NodeOf<UnitDetail['services']>;

export const SERVICE_UNITS = gql<ServiceUnitsQuery, ServiceUnitsQueryVariables>`
query ServiceUnits($first: Int, $after: String, $filter: ServiceUnitFilter, $sort: ServiceUnitSort) {
  serviceUnits(first: $first, after: $after, filter: $filter, sort: $sort) {
    ${connectionOf('id name kind serviceGroup agency { id name } region { code name }')}
  }
}`;

const UNIT_FIELDS = `id name kind serviceGroup address phone email website archivedAt canEdit
  agency { id name type }
  region { code name level regencyKind parent { code name } }
  externalIds { sippn pekppp sp4nLapor sinovik }`;

export const SERVICE_UNIT = gql<ServiceUnitQuery, ServiceUnitQueryVariables>`
query ServiceUnit($id: ID!, $servicesFirst: Int, $servicesAfter: String) {
  serviceUnit(id: $id) {
    ${UNIT_FIELDS}
    services(first: $servicesFirst, after: $servicesAfter) {
      ${connectionOf('id name completeness { complete deliveryReady filled total missing unpublished }')}
    }
  }
}`;

export const CREATE_SERVICE_UNIT = gql<CreateServiceUnitMutation, CreateServiceUnitMutationVariables>`
  mutation CreateServiceUnit($input: CreateServiceUnitInput!) {
    createServiceUnit(input: $input) {
      id
    }
  }
`;

export const UPDATE_SERVICE_UNIT = gql<UpdateServiceUnitMutation, UpdateServiceUnitMutationVariables>`
  mutation UpdateServiceUnit($id: ID!, $input: UpdateServiceUnitInput!) {
    updateServiceUnit(id: $id, input: $input) {
      id
    }
  }
`;
