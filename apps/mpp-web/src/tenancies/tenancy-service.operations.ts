import { gql } from '@simpul/web-kit';
import type {
  AddTenancyServicesMutation,
  AddTenancyServicesMutationVariables,
  RefreshTenancyServicesMutation,
  RefreshTenancyServicesMutationVariables,
  RemoveTenancyServiceMutation,
  RemoveTenancyServiceMutationVariables,
  SetServiceQuotaMutation,
  SetServiceQuotaMutationVariables,
} from '../__generated__/operations';

export const ADD_TENANCY_SERVICES = gql<AddTenancyServicesMutation, AddTenancyServicesMutationVariables>`
  mutation AddTenancyServices($input: AddTenancyServicesInput!) {
    addTenancyServices(input: $input) {
      id
    }
  }
`;

export const SET_SERVICE_QUOTA = gql<SetServiceQuotaMutation, SetServiceQuotaMutationVariables>`
  mutation SetServiceQuota($id: ID!, $dailyQuota: Int) {
    setServiceQuota(id: $id, dailyQuota: $dailyQuota) {
      id
      dailyQuota
    }
  }
`;

export const REMOVE_TENANCY_SERVICE = gql<RemoveTenancyServiceMutation, RemoveTenancyServiceMutationVariables>`
  mutation RemoveTenancyService($id: ID!) {
    removeTenancyService(id: $id)
  }
`;

export const REFRESH_TENANCY_SERVICES = gql<RefreshTenancyServicesMutation, RefreshTenancyServicesMutationVariables>`
  mutation RefreshTenancyServices($tenancyId: ID!) {
    refreshTenancyServices(tenancyId: $tenancyId) {
      id
      deliveryReady
    }
  }
`;
