import type { Identity } from '@simpul/contracts';
import { checkAccess, requireRole } from './access';

const desk: Identity = { userId: 'u', email: 'd@x', displayName: 'D', role: 'UNIT_DESK', serviceUnitId: 's', mallId: null };

describe('access rules', () => {
  it('public lets everyone through', () => expect(() => checkAccess('public', null)).not.toThrow());
  it('signed-in refuses the public with UNAUTHENTICATED', () => {
    expect(() => checkAccess('signed-in', null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => checkAccess('signed-in', desk)).not.toThrow();
  });
  it('a role list refuses other roles with FORBIDDEN', () => {
    expect(() => checkAccess(['NATIONAL_ADMIN'], desk)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => checkAccess(['NATIONAL_ADMIN', 'UNIT_DESK'], desk)).not.toThrow();
  });
  it('requireRole distinguishes the public from the wrong role', () => {
    expect(() => requireRole(null, 'NATIONAL_ADMIN')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireRole(desk, 'NATIONAL_ADMIN')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
