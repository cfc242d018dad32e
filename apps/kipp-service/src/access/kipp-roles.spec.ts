import { agencyId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, type KippHarness } from '../test-support/kipp-test-app';

const ROLES = `{ myKippRoles { nationalAdmin unitDesk localAdminOf { agency { id } } evaluatorPanel } }`;

interface Roles {
  myKippRoles: {
    nationalAdmin: boolean;
    unitDesk: boolean;
    localAdminOf: { agency: { id: string } }[];
    evaluatorPanel: 'TE' | 'TPI' | null;
  };
}

describe('myKippRoles: KIPP appointments bound to registry users', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  const rolesOf = async (caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
    dataOf(await kipp.graphql<Roles>(ROLES, {}, { caller })).myKippRoles;

  it('names the local admin’s agency for the provincial desk appointed in kipp.local_admins', async () => {
    expect(await rolesOf(CALLERS.localAdminKalsel)).toEqual({
      nationalAdmin: false,
      unitDesk: true,
      localAdminOf: [{ agency: { id: agencyId('pemprov-63') } }],
      evaluatorPanel: null,
    });
  });

  it('tells a Tim Evaluasi member from a panel (TPI) member', async () => {
    expect((await rolesOf(CALLERS.evaluator)).evaluatorPanel).toBe('TE');
    expect((await rolesOf(CALLERS.te2)).evaluatorPanel).toBe('TE');
    expect((await rolesOf(CALLERS.panel)).evaluatorPanel).toBe('TPI');
  });

  it('gives a plain desk and the national admin no appointment', async () => {
    expect(await rolesOf(CALLERS.deskSamsatKalsel)).toEqual({
      nationalAdmin: false,
      unitDesk: true,
      localAdminOf: [],
      evaluatorPanel: null,
    });
    expect(await rolesOf(CALLERS.admin)).toMatchObject({ nationalAdmin: true, localAdminOf: [], evaluatorPanel: null });
  });

  it('refuses the public with UNAUTHENTICATED', async () => {
    const anonymous = await kipp.graphql(ROLES);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
