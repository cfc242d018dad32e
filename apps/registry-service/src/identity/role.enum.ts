import { registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@simpul/contracts';

/** The contracts roles as a GraphQL enum. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: 'Peran pengguna' });
