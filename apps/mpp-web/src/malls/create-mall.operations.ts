import { gql, type NodeOf } from '@simpul/web-kit';
import type {
  CreateMallInput,
  CreateMallMutation,
  CreateMallMutationVariables,
  ManagingUnitsQuery,
  ManagingUnitsQueryVariables,
  NewMallDocumentInput,
  ProvincesQuery,
  ProvincesQueryVariables,
  RegenciesQuery,
  RegenciesQueryVariables,
} from '../__generated__/operations';

// The registry's regions and units, read through the gateway so nothing about a new mall is retyped.

export type RegionOption = ProvincesQuery['provinces'][number];

export const PROVINCES = gql<ProvincesQuery, ProvincesQueryVariables>`
  query Provinces {
    provinces {
      code
      name
    }
  }
`;

export const REGENCIES = gql<RegenciesQuery, RegenciesQueryVariables>`
  query Regencies($provinceCode: String!) {
    regencies(provinceCode: $provinceCode) {
      code
      name
    }
  }
`;

export type UnitOption = NodeOf<ManagingUnitsQuery['serviceUnits']>;

/** Units of one kabupaten/kota to manage the mall; the DPMPTSP unless the admin widens the search. */
export const MANAGING_UNITS = gql<ManagingUnitsQuery, ManagingUnitsQueryVariables>`
  query ManagingUnits($regionCode: String, $kind: ServiceUnitKind, $search: String) {
    serviceUnits(first: 10, filter: { regionCode: $regionCode, kind: $kind, search: $search }, sort: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          kind
          region {
            code
            name
          }
        }
      }
    }
  }
`;

export type NewMallDocument = NewMallDocumentInput;
export type { CreateMallInput };

export const CREATE_MALL = gql<CreateMallMutation, CreateMallMutationVariables>`
  mutation CreateMall($input: CreateMallInput!) {
    createMall(input: $input) {
      id
      name
    }
  }
`;
