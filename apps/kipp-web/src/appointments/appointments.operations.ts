import { gql } from '@simpul/web-kit';
import type { KippPanel } from '../shared/kipp-roles';

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

export interface LocalAdminRow { userId: string; displayName: string; agency: { id: string; name: string }; appointedAt: string }
export interface PanelMemberRow { userId: string; displayName: string; panel: KippPanel; assignments: number; agency: { id: string; name: string } | null; appointedAt: string }
export type AppointmentRole = 'LOCAL_ADMIN' | 'TE' | 'TPI';
export type AppointmentAction = 'APPOINTED' | 'REVOKED';
export interface AppointmentEventRow {
  id: string; role: AppointmentRole; action: AppointmentAction; displayName: string; agency: { id: string; name: string } | null; actorName: string; at: string;
}
export interface PersonOption { id: string; displayName: string; email: string }

export const APPOINTMENT_COMPETITIONS = gql<{ competitions: Connection<{ id: string; year: number; title: string }> }, Record<string, never>>`
  query KippAppointmentCompetitions { competitions(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id year title } } } }
`;

export const LOCAL_ADMINS = gql<{ kippLocalAdmins: Connection<LocalAdminRow> }, { first: number; after?: string | null }>`
  query KippLocalAdmins($first: Int, $after: String) {
    kippLocalAdmins(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { userId displayName appointedAt agency { id name } } } }
  }
`;

export const PANEL_MEMBERS = gql<{ kippPanelMembers: Connection<PanelMemberRow> }, { competitionId: string; first: number; after?: string | null }>`
  query KippPanelMembers($competitionId: ID!, $first: Int, $after: String) {
    kippPanelMembers(competitionId: $competitionId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { userId displayName panel assignments appointedAt agency { id name } } }
    }
  }
`;

export const APPOINTMENT_EVENTS = gql<{ kippAppointmentEvents: Connection<AppointmentEventRow> }, { competitionId?: string | null; first: number; after?: string | null }>`
  query KippAppointmentEvents($competitionId: ID, $first: Int, $after: String) {
    kippAppointmentEvents(competitionId: $competitionId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id role action displayName actorName at agency { id name } } }
    }
  }
`;

/** People from the registry's user search (`users(filter: { text, role })`). */
export const PEOPLE = gql<{ users: Connection<PersonOption> }, { first: number; filter: { text?: string; role?: string } }>`
  query KippPeople($first: Int, $filter: UserFilter) { users(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName email } } } }
`;

export const AGENCIES = gql<{ agencies: Connection<{ id: string; name: string }> }, { first: number; filter: { search?: string } }>`
  query KippAgencyOptions($first: Int, $filter: AgencyFilter) { agencies(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }
`;

export const APPOINT_LOCAL_ADMIN = gql<{ appointKippLocalAdmin: { userId: string; displayName: string } }, { input: { userId: string; agencyId: string } }>`
  mutation KippAppointLocalAdmin($input: KippLocalAdminInput!) { appointKippLocalAdmin(input: $input) { userId displayName } }
`;

export const REVOKE_LOCAL_ADMIN = gql<{ revokeKippLocalAdmin: { action: AppointmentAction } }, { input: { userId: string; agencyId: string } }>`
  mutation KippRevokeLocalAdmin($input: KippLocalAdminInput!) { revokeKippLocalAdmin(input: $input) { action } }
`;

export const APPOINT_MEMBER = gql<{ appointKippPanelMember: { userId: string; displayName: string } }, { input: { competitionId: string; userId: string; panel: KippPanel; agencyId?: string | null } }>`
  mutation KippAppointPanelMember($input: KippPanelMemberInput!) { appointKippPanelMember(input: $input) { userId displayName } }
`;

export const REVOKE_MEMBER = gql<{ revokeKippPanelMember: { action: AppointmentAction } }, { competitionId: string; userId: string }>`
  mutation KippRevokePanelMember($competitionId: ID!, $userId: ID!) { revokeKippPanelMember(competitionId: $competitionId, userId: $userId) { action } }
`;
