import { gql } from '@simpul/web-kit';
import type { StandardComponent } from '../shared/enums';

// What the MPP pages read from the registry through the gateway: agencies to invite and their
// services to pick, never retyped.

export interface AgencyOption {
  id: string;
  name: string;
  type: string;
  region: { code: string; name: string } | null;
  serviceUnitCount: number;
}

export const SEARCH_AGENCIES = gql<{ agencies: { totalCount: number; edges: { node: AgencyOption }[] } }, { search: string }>`
query SearchAgencies($search: String) {
  agencies(first: 10, filter: { search: $search }, sort: { field: NAME, direction: ASC }) {
    totalCount edges { node { id name type serviceUnitCount region { code name } } }
  }
}`;

export interface RegistryService {
  id: string;
  name: string;
  serviceUnit: { id: string; name: string };
  completeness: { deliveryReady: boolean; missing: StandardComponent[]; unpublished: StandardComponent[]; filled: number; total: number };
}

export const AGENCY_SERVICES = gql<{ services: { totalCount: number; edges: { node: RegistryService }[] } }, { agencyId: string }>`
query AgencyServices($agencyId: ID) {
  services(first: 100, filter: { agencyId: $agencyId }, sort: { field: NAME, direction: ASC }) {
    totalCount edges { node { id name serviceUnit { id name } completeness { deliveryReady missing unpublished filled total } } }
  }
}`;

export const UNIT_AGENCY = gql<{ serviceUnit: { id: string; agency: { id: string; name: string } } | null }, { id: string }>`
query UnitAgency($id: ID!) { serviceUnit(id: $id) { id agency { id name } } }`;
