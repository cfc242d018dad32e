import { gql } from '@simpul/web-kit';
import type {
  ProvincesQuery,
  ProvincesQueryVariables,
  ProvinceWithRegenciesQuery,
  ProvinceWithRegenciesQueryVariables,
  RegenciesQuery,
  RegenciesQueryVariables,
  RegionQuery,
  RegionQueryVariables,
} from '../__generated__/operations';

export type RegionSummary = ProvincesQuery['provinces'][number];

/** A region with its province, as every page's breadcrumb and region field read it. */
export type RegionWithParent = NonNullable<RegionQuery['region']>;

export const PROVINCES = gql<ProvincesQuery, ProvincesQueryVariables>`
  query Provinces {
    provinces {
      code
      name
      regencyKind
    }
  }
`;

export const PROVINCE_WITH_REGENCIES = gql<ProvinceWithRegenciesQuery, ProvinceWithRegenciesQueryVariables>`
  query ProvinceWithRegencies($provinceCode: String!) {
    region(code: $provinceCode) {
      code
      name
      regencyKind
    }
    regencies(provinceCode: $provinceCode) {
      code
      name
      regencyKind
    }
  }
`;

export const REGENCIES = gql<RegenciesQuery, RegenciesQueryVariables>`
  query Regencies($provinceCode: String!) {
    regencies(provinceCode: $provinceCode) {
      code
      name
      regencyKind
    }
  }
`;

export const REGION = gql<RegionQuery, RegionQueryVariables>`
  query Region($code: String!) {
    region(code: $code) {
      code
      name
      level
      regencyKind
      parent {
        code
        name
      }
    }
  }
`;
