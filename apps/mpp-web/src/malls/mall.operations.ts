import { gql } from '@simpul/web-kit';
import { STORED_FILE, type StoredFileInfo } from '../files/file.operations';
import type { FileUpload } from '../files/upload-file';
import { connectionOf, type Connection } from '../shared/connection';
import { DESK_IKM, type DeskIkm } from '../shared/desk-ikm';
import type { MallDocumentKind, MallStatus, TenancyServiceStatus, TenancyStep, Weekday } from '../shared/enums';

export interface OpeningHours {
  weekday: Weekday;
  opensAt: string;
  closesAt: string;
}

export interface MallRow {
  id: string;
  name: string;
  status: MallStatus;
  address: string | null;
  openedOn: string | null;
  regency: { code: string; name: string };
  province: { code: string; name: string };
}

export interface MallDocument {
  id: string;
  kind: MallDocumentKind;
  title: string;
  number: string | null;
  issuedOn: string | null;
  fileName: string | null;
  url: string | null;
  file: StoredFileInfo | null;
}

export interface PublicTenancyService {
  id: string;
  status: TenancyServiceStatus;
  dailyQuota: number | null;
  service: { id: string; name: string };
}

export interface PublicTenancy {
  id: string;
  step: TenancyStep;
  agency: { id: string; name: string };
  /** The first few; the rest are loaded on request (TENANT_SERVICES). */
  services: Connection<PublicTenancyService>;
}

export interface MallProfile extends MallRow {
  proposedOn: string | null;
  managingUnit: { id: string; name: string } | null;
  openingHours: OpeningHours[];
  documents: MallDocument[];
  desks: { id: string; number: number; label: string | null; latestIkm: DeskIkm | null }[];
  /** One page of the live tenants, asked only by the public page (`withTenants`). */
  tenancies?: Connection<PublicTenancy>;
}

/** The public page asks for a page of live tenants; the profile page for none. */
export type MallProfileVariables = { id: string; withTenants: false } | { id: string; withTenants: true; tenantsFirst: number; tenantsAfter: string | null; servicesFirst: number };

const MALL_DOCUMENT = `id kind title number issuedOn fileName url ${STORED_FILE}`;
const PUBLIC_TENANCY_SERVICE = 'id status dailyQuota service { id name }';
const MALL_ROW = 'id name status address openedOn regency { code name } province { code name }';

export const MALLS = gql<{ malls: Connection<MallRow> }, { filter?: { status?: MallStatus; search?: string; provinceCode?: string }; first: number; after: string | null }>`
query Malls($filter: MallFilter, $first: Int, $after: String) { malls(filter: $filter, first: $first, after: $after) { ${connectionOf(MALL_ROW)} } }`;

export const MALL_PROFILE = gql<{ mall: MallProfile | null }, MallProfileVariables>`
query MallProfile($id: ID!, $withTenants: Boolean!, $tenantsFirst: Int, $tenantsAfter: String, $servicesFirst: Int) {
  mall(id: $id) {
    ${MALL_ROW} proposedOn
    managingUnit { id name }
    openingHours { weekday opensAt closesAt }
    documents { ${MALL_DOCUMENT} }
    desks { id number label ${DESK_IKM} }
    tenancies(step: LIVE, first: $tenantsFirst, after: $tenantsAfter) @include(if: $withTenants) {
      ${connectionOf(`id step agency { id name } services(first: $servicesFirst) { ${connectionOf(PUBLIC_TENANCY_SERVICE)} }`)}
    }
  }
}`;

/** The rest of one tenant's services, page after page (the public sees only the LIVE ones). */
export const TENANT_SERVICES = gql<{ tenancy: { id: string; services: Connection<PublicTenancyService> } | null }, { id: string; first: number; after: string | null }>`
query TenantServices($id: ID!, $first: Int, $after: String) {
  tenancy(id: $id) { id services(first: $first, after: $after) { ${connectionOf(PUBLIC_TENANCY_SERVICE)} } }
}`;

export const SET_OPENING_HOURS = gql<{ setOpeningHours: { id: string; openingHours: OpeningHours[] } }, { mallId: string; hours: OpeningHours[] }>`
mutation SetOpeningHours($mallId: ID!, $hours: [OpeningHoursInput!]!) {
  setOpeningHours(mallId: $mallId, hours: $hours) { id openingHours { weekday opensAt closesAt } }
}`;

export interface MallDocumentInput {
  mallId: string;
  kind: MallDocumentKind;
  title: string;
  number: string | null;
  issuedOn: string | null;
  fileName: string | null;
  url: string | null;
  file: FileUpload | null;
}

export const ADD_MALL_DOCUMENT = gql<{ addMallDocument: MallDocument }, { input: MallDocumentInput }>`
mutation AddMallDocument($input: AddMallDocumentInput!) {
  addMallDocument(input: $input) { ${MALL_DOCUMENT} }
}`;
