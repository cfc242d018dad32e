import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AddMallDocumentInput,
  AddMallDocumentMutation,
  AddMallDocumentMutationVariables,
  MallProfileQuery,
  MallProfileQueryVariables,
  MallsQuery,
  MallsQueryVariables,
  SetOpeningHoursMutation,
  SetOpeningHoursMutationVariables,
  TenantServicesQuery,
  TenantServicesQueryVariables,
} from '../__generated__/operations';
import { STORED_FILE } from '../files/file.operations';
import { DESK_IKM } from '../shared/desk-ikm';

export type MallRow = NodeOf<MallsQuery['malls']>;
export type MallProfile = NonNullable<MallProfileQuery['mall']>;
export type OpeningHours = MallProfile['openingHours'][number];
export type MallDocument = MallProfile['documents'][number];
/** A live tenant on the public page with the first few of its services; the rest come with TENANT_SERVICES. */
export type PublicTenancy = NodeOf<MallProfile['tenancies']>;
export type PublicTenancyService = NodeOf<PublicTenancy['services']>;
export type MallDocumentInput = AddMallDocumentInput;

/** The public page asks for a page of live tenants; the profile page for none. */
export type MallProfileVariables = MallProfileQueryVariables;

const MALL_DOCUMENT = `id kind title number issuedOn fileName url ${STORED_FILE}`;
const PUBLIC_TENANCY_SERVICE = 'id status dailyQuota service { id name }';
const MALL_ROW = 'id name status origin address openedOn regency { code name } province { code name }';

export const MALLS = gql<MallsQuery, MallsQueryVariables>`
query Malls($filter: MallFilter, $first: Int, $after: String, $sort: MallSort) {
  malls(filter: $filter, first: $first, after: $after, sort: $sort) { ${connectionOf(MALL_ROW)} }
}`;

export const MALL_PROFILE = gql<MallProfileQuery, MallProfileQueryVariables>`
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
export const TENANT_SERVICES = gql<TenantServicesQuery, TenantServicesQueryVariables>`
query TenantServices($id: ID!, $first: Int, $after: String) {
  tenancy(id: $id) { id services(first: $first, after: $after) { ${connectionOf(PUBLIC_TENANCY_SERVICE)} } }
}`;

export const SET_OPENING_HOURS = gql<SetOpeningHoursMutation, SetOpeningHoursMutationVariables>`
  mutation SetOpeningHours($mallId: ID!, $hours: [OpeningHoursInput!]!) {
    setOpeningHours(mallId: $mallId, hours: $hours) {
      id
      openingHours {
        weekday
        opensAt
        closesAt
      }
    }
  }
`;

export const ADD_MALL_DOCUMENT = gql<AddMallDocumentMutation, AddMallDocumentMutationVariables>`
mutation AddMallDocument($input: AddMallDocumentInput!) {
  addMallDocument(input: $input) { ${MALL_DOCUMENT} }
}`;
