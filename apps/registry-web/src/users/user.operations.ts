import type { Role } from '@simpul/contracts';
import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  DeactivateUserMutation,
  DeactivateUserMutationVariables,
  InviteUserMutation,
  InviteUserMutationVariables,
  ReactivateUserMutation,
  ReactivateUserMutationVariables,
  ResendInvitationMutation,
  ResendInvitationMutationVariables,
  UpdateUserRoleMutation,
  UpdateUserRoleMutationVariables,
  UserQuery,
  UserQueryVariables,
  UsersQuery,
  UsersQueryVariables,
  UserStatus,
} from '../__generated__/operations';

const USER_FIELDS = 'id email name role status serviceUnitId mallId serviceUnit { id name } lastSignInAt invitedAt';

export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const satisfies readonly UserStatus[];
export type { UserFilter, UserStatus } from '../__generated__/operations';

export type UserRow = NodeOf<UsersQuery['users']>;
export type UserDetail = NonNullable<UserQuery['user']>;

export const USERS = gql<UsersQuery, UsersQueryVariables>`
query Users($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) { ${connectionOf(USER_FIELDS)} }
}`;

export const USER = gql<UserQuery, UserQueryVariables>`
query User($id: ID!) { user(id: $id) { ${USER_FIELDS} createdAt } }`;

export const INVITE_USER = gql<InviteUserMutation, InviteUserMutationVariables>`
mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { ${USER_FIELDS} } }`;

export const RESEND_INVITATION = gql<ResendInvitationMutation, ResendInvitationMutationVariables>`
mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { ${USER_FIELDS} } }`;

export const DEACTIVATE_USER = gql<DeactivateUserMutation, DeactivateUserMutationVariables>`
mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { ${USER_FIELDS} } }`;

export const REACTIVATE_USER = gql<ReactivateUserMutation, ReactivateUserMutationVariables>`
mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { ${USER_FIELDS} } }`;

export const UPDATE_USER_ROLE = gql<UpdateUserRoleMutation, UpdateUserRoleMutationVariables>`
mutation UpdateUserRole($id: ID!, $role: Role!, $serviceUnitId: ID, $mallId: ID) {
  updateUserRole(id: $id, role: $role, serviceUnitId: $serviceUnitId, mallId: $mallId) { ${USER_FIELDS} }
}`;

/** The binding a role needs: a desk works for one unit, an MPP operator for one mall, the rest for no one place. */
export function bindingOf(role: Role | ''): 'unit' | 'mall' | null {
  return role === 'UNIT_DESK' ? 'unit' : role === 'MPP_OPERATOR' ? 'mall' : null;
}
