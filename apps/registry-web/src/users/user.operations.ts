import type { Role } from '@simpul/contracts';
import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';

export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  serviceUnitId: string | null;
  mallId: string | null;
  serviceUnit: { id: string; name: string } | null;
  lastSignInAt: string | null;
  invitedAt: string | null;
}

export interface UserDetail extends UserRow {
  createdAt: string;
}

export interface UserFilter {
  text?: string;
  role?: Role;
  status?: UserStatus;
  serviceUnitId?: string;
  mallId?: string;
}

const USER_FIELDS = 'id email name role status serviceUnitId mallId serviceUnit { id name } lastSignInAt invitedAt';

export const USERS = gql<{ users: Connection<UserRow> }, { first: number; after?: string | null; filter?: UserFilter }>`
query Users($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) { ${PAGE_INFO} edges { cursor node { ${USER_FIELDS} } } }
}`;

export const USER = gql<{ user: UserDetail | null }, { id: string }>`
query User($id: ID!) { user(id: $id) { ${USER_FIELDS} createdAt } }`;

export interface InviteUserInput {
  email: string;
  name: string;
  role: Role;
  serviceUnitId: string | null;
  mallId: string | null;
  language: 'id' | 'en';
}

export const INVITE_USER = gql<{ inviteUser: UserRow }, { input: InviteUserInput }>`
mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`;

export const RESEND_INVITATION = gql<{ resendInvitation: UserRow }, { id: string }>`
mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { ${USER_FIELDS} } }`;

export const DEACTIVATE_USER = gql<{ deactivateUser: UserRow }, { id: string }>`
mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { ${USER_FIELDS} } }`;

export const REACTIVATE_USER = gql<{ reactivateUser: UserRow }, { id: string }>`
mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { ${USER_FIELDS} } }`;

export const UPDATE_USER_ROLE = gql<{ updateUserRole: UserRow }, { id: string; role: Role; serviceUnitId: string | null; mallId: string | null }>`
mutation UpdateUserRole($id: ID!, $role: Role!, $serviceUnitId: ID, $mallId: ID) {
  updateUserRole(id: $id, role: $role, serviceUnitId: $serviceUnitId, mallId: $mallId) { ${USER_FIELDS} }
}`;

/** The binding a role needs: a desk works for one unit, an MPP operator for one mall, the rest for no one place. */
export function bindingOf(role: Role | ''): 'unit' | 'mall' | null {
  return role === 'UNIT_DESK' ? 'unit' : role === 'MPP_OPERATOR' ? 'mall' : null;
}
