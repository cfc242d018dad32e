import { gql } from '@simpul/web-kit';
import type { StandardComponent } from '../shared/enums';
import type { RegionWithParent } from '../regions/region.operations';

export interface StandardComponentValue {
  component: StandardComponent;
  delivery: boolean;
  content: string | null;
  published: boolean;
}

export interface Completeness {
  complete: boolean;
  missing: StandardComponent[];
  unpublished: StandardComponent[];
  deliveryReady: boolean;
  filled: number;
  total: number;
}

export interface ServiceDetail {
  id: string;
  name: string;
  description: string | null;
  archivedAt: string | null;
  canEdit: boolean;
  serviceUnit: { id: string; name: string; canEdit: boolean; region: RegionWithParent };
  standard: StandardComponentValue[];
  completeness: Completeness;
}

export const SERVICE = gql<{ service: ServiceDetail | null }, { id: string }>`
query Service($id: ID!) {
  service(id: $id) {
    id name description archivedAt canEdit
    serviceUnit { id name canEdit region { code name level regencyKind parent { code name } } }
    standard { component delivery content published }
    completeness { complete missing unpublished deliveryReady filled total }
  }
}`;

/** Only what the create form needs to know about the unit it adds to. */
export const UNIT_FOR_SERVICE = gql<{ serviceUnit: { id: string; name: string; canEdit: boolean; region: RegionWithParent } | null }, { id: string }>`
query UnitForService($id: ID!) { serviceUnit(id: $id) { id name canEdit region { code name level regencyKind parent { code name } } } }`;

export interface StandardComponentInput {
  component: StandardComponent;
  content: string | null;
  published: boolean;
}

export interface ServiceInput {
  name: string;
  description: string | null;
  standard: StandardComponentInput[];
}

export const CREATE_SERVICE = gql<{ createService: { id: string } }, { input: ServiceInput & { serviceUnitId: string } }>`
mutation CreateService($input: CreateServiceInput!) { createService(input: $input) { id } }`;

/** An edit: any of the fields, and only the components that changed. */
export type ServiceUpdate = Partial<ServiceInput>;

export const UPDATE_SERVICE = gql<{ updateService: { id: string } }, { id: string; input: ServiceUpdate }>`
mutation UpdateService($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }`;
