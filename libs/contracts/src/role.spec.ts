import { isRole, ROLES } from './role';

describe('roles', () => {
  it.each(ROLES)('%s is a role', (role) => expect(isRole(role)).toBe(true));
  it.each(['ADMIN', '', null, 42])('%p is not a role', (value) => expect(isRole(value)).toBe(false));
});
