import { gql } from '@simpul/web-kit';
import { connectionOf, type Connection } from '../shared/connection';
import { DESK_IKM, type DeskIkm } from '../shared/desk-ikm';
import type { TenancyStep, Weekday } from '../shared/enums';

export interface DeskWithAssignments {
  id: string;
  number: number;
  label: string | null;
  latestIkm: DeskIkm | null;
  assignments: { id: string; weekday: Weekday; staffCount: number; tenancy: { id: string; step: TenancyStep; agency: { id: string; name: string } } }[];
}

export interface DeskSchedule {
  id: string;
  name: string;
  openingHours: { weekday: Weekday }[];
  desks: DeskWithAssignments[];
}

export interface TenantOption {
  id: string;
  step: TenancyStep;
  agency: { id: string; name: string };
}

export const DESK_SCHEDULE = gql<{ mall: DeskSchedule | null }, { mallId: string }>`
query DeskSchedule($mallId: ID!) {
  mall(id: $mallId) {
    id name openingHours { weekday }
    desks { id number label ${DESK_IKM} assignments { id weekday staffCount tenancy { id step agency { id name } } } }
  }
}`;

const TENANT_OPTION = 'id step agency { id name }';

/** The tenant picker's options, page after page, in invitation order. */
export const DESK_TENANTS = gql<{ mall: { id: string; tenancies: Connection<TenantOption> } | null }, { mallId: string; first: number; after: string | null }>`
query DeskTenants($mallId: ID!, $first: Int, $after: String) {
  mall(id: $mallId) { id tenancies(first: $first, after: $after) { ${connectionOf(TENANT_OPTION)} } }
}`;

/** The tenant named by the onboarding link (`?tenancy=`), which may lie beyond the pages loaded. */
export const DESK_TENANT = gql<{ tenancy: (TenantOption & { mall: { id: string } }) | null }, { id: string }>`
query DeskTenant($id: ID!) { tenancy(id: $id) { ${TENANT_OPTION} mall { id } } }`;

export const CREATE_DESK = gql<{ createDesk: { id: string } }, { input: { mallId: string; number: number; label: string | null } }>`
mutation CreateDesk($input: CreateDeskInput!) { createDesk(input: $input) { id } }`;

export const ASSIGN_DESK = gql<{ assignDesk: { id: string }[] }, { input: { deskId: string; tenancyId: string; weekdays: Weekday[]; staffCount: number } }>`
mutation AssignDesk($input: AssignDeskInput!) { assignDesk(input: $input) { id } }`;

export const RELEASE_DESK_ASSIGNMENT = gql<{ releaseDeskAssignment: { id: string } }, { id: string }>`
mutation ReleaseDeskAssignment($id: ID!) { releaseDeskAssignment(id: $id) { id } }`;
