import { gql } from '@simpul/web-kit';

export const ADD_TENANCY_SERVICES = gql<{ addTenancyServices: { id: string }[] }, { input: { tenancyId: string; serviceIds: string[]; dailyQuota: number | null } }>`
mutation AddTenancyServices($input: AddTenancyServicesInput!) { addTenancyServices(input: $input) { id } }`;

export const SET_SERVICE_QUOTA = gql<{ setServiceQuota: { id: string; dailyQuota: number | null } }, { id: string; dailyQuota: number | null }>`
mutation SetServiceQuota($id: ID!, $dailyQuota: Int) { setServiceQuota(id: $id, dailyQuota: $dailyQuota) { id dailyQuota } }`;

export const REMOVE_TENANCY_SERVICE = gql<{ removeTenancyService: boolean }, { id: string }>`
mutation RemoveTenancyService($id: ID!) { removeTenancyService(id: $id) }`;

export const REFRESH_TENANCY_SERVICES = gql<{ refreshTenancyServices: { id: string; deliveryReady: boolean }[] }, { tenancyId: string }>`
mutation RefreshTenancyServices($tenancyId: ID!) { refreshTenancyServices(tenancyId: $tenancyId) { id deliveryReady } }`;
