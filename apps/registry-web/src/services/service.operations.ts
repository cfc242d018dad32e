import { gql } from '@simpul/web-kit';
import type {
  CreateServiceInput,
  CreateServiceMutation,
  CreateServiceMutationVariables,
  ServiceQuery,
  ServiceQueryVariables,
  StandardComponentInput,
  UnitForServiceQuery,
  UnitForServiceQueryVariables,
  UpdateServiceInput,
  UpdateServiceMutation,
  UpdateServiceMutationVariables,
} from '../__generated__/operations';

export type ServiceDetail = NonNullable<ServiceQuery['service']>;
export type StandardComponentValue = ServiceDetail['standard'][number];

export const SERVICE = gql<ServiceQuery, ServiceQueryVariables>`
  query Service($id: ID!) {
    service(id: $id) {
      id
      name
      description
      archivedAt
      canEdit
      serviceUnit {
        id
        name
        canEdit
        region {
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
      standard {
        component
        delivery
        content
        published
      }
      completeness {
        complete
        missing
        unpublished
        deliveryReady
        filled
        total
      }
    }
  }
`;

/** Only what the create form needs to know about the unit it adds to. */
export const UNIT_FOR_SERVICE = gql<UnitForServiceQuery, UnitForServiceQueryVariables>`
  query UnitForService($id: ID!) {
    serviceUnit(id: $id) {
      id
      name
      canEdit
      region {
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
  }
`;

/** What the form sends for a new service: always all 14 components (the unit is added by the page). */
export type ServiceInput = Omit<CreateServiceInput, 'serviceUnitId' | 'standard'> & { standard: StandardComponentInput[] };

export const CREATE_SERVICE = gql<CreateServiceMutation, CreateServiceMutationVariables>`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
    }
  }
`;

/** An edit: any of the fields, and only the components that changed. */
export type ServiceUpdate = UpdateServiceInput;

export const UPDATE_SERVICE = gql<UpdateServiceMutation, UpdateServiceMutationVariables>`
  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
    }
  }
`;
