import { gql } from '@simpul/web-kit';
import type { FileUpload } from '../files/upload-file';
import type { MallDocumentKind } from '../shared/enums';
import type { OpeningHours } from './mall.operations';

// The registry's regions and units, read through the gateway so nothing about a new mall is retyped.

export interface RegionOption {
  code: string;
  name: string;
}

export const PROVINCES = gql<{ provinces: RegionOption[] }>`
query Provinces { provinces { code name } }`;

export const REGENCIES = gql<{ regencies: RegionOption[] }, { provinceCode: string }>`
query Regencies($provinceCode: String!) { regencies(provinceCode: $provinceCode) { code name } }`;

export interface UnitOption {
  id: string;
  name: string;
  kind: string;
  region: { code: string; name: string };
}

/** Units of one kabupaten/kota to manage the mall; the DPMPTSP unless the admin widens the search. */
export const MANAGING_UNITS = gql<{ serviceUnits: { totalCount: number; edges: { node: UnitOption }[] } }, { regionCode: string; kind: string | null; search: string | null }>`
query ManagingUnits($regionCode: String, $kind: ServiceUnitKind, $search: String) {
  serviceUnits(first: 10, filter: { regionCode: $regionCode, kind: $kind, search: $search }, sort: { field: NAME, direction: ASC }) {
    totalCount edges { node { id name kind region { code name } } }
  }
}`;

export interface NewMallDocument {
  kind: MallDocumentKind;
  title: string;
  number: string | null;
  issuedOn: string | null;
  url: string | null;
  file: FileUpload | null;
}

export interface CreateMallInput {
  name: string;
  regencyCode: string;
  address: string | null;
  managingUnitId: string | null;
  proposedOn: string | null;
  openedOn: string | null;
  openingHours: OpeningHours[];
  documents: NewMallDocument[];
}

export const CREATE_MALL = gql<{ createMall: { id: string; name: string } }, { input: CreateMallInput }>`
mutation CreateMall($input: CreateMallInput!) { createMall(input: $input) { id name } }`;
