import { gql } from '@simpul/web-kit';
import type { RegencyKind } from '../shared/enums';

export interface RegionSummary {
  code: string;
  name: string;
  regencyKind: RegencyKind | null;
}

export interface RegionWithParent extends RegionSummary {
  level: 'PROVINCE' | 'REGENCY';
  parent: { code: string; name: string } | null;
}

export const PROVINCES = gql<{ provinces: RegionSummary[] }>`query Provinces { provinces { code name regencyKind } }`;

export const PROVINCE_WITH_REGENCIES = gql<{ region: RegionSummary | null; regencies: RegionSummary[] }, { provinceCode: string }>`
query ProvinceWithRegencies($provinceCode: String!) {
  region(code: $provinceCode) { code name regencyKind }
  regencies(provinceCode: $provinceCode) { code name regencyKind }
}`;

export const REGENCIES = gql<{ regencies: RegionSummary[] }, { provinceCode: string }>`
query Regencies($provinceCode: String!) { regencies(provinceCode: $provinceCode) { code name regencyKind } }`;

export const REGION = gql<{ region: RegionWithParent | null }, { code: string }>`
query Region($code: String!) { region(code: $code) { code name level regencyKind parent { code name } } }`;
