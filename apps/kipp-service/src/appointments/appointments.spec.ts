import { competitionId } from '../seed/demo-competition';
import { agencyId, userId } from '../seed/demo-registry';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { evaluatorIdentity } from '../test-support/operations';

const YEAR = Number(TEST_TODAY.slice(0, 4));
const OPEN = competitionId(YEAR);
const NEW_EVALUATOR = userId('penilai.baru@simpul.test');
const KALTENG_DESK = CALLERS.deskDpmptspKalteng;

const ROLES = `{ myKippRoles { localAdminOf { agency { id } } evaluatorPanel } }`;
const APPOINT_ADMIN = `mutation($input: KippLocalAdminInput!) { appointKippLocalAdmin(input: $input) { userId displayName agency { id } appointedAt } }`;
const REVOKE_ADMIN = `mutation($input: KippLocalAdminInput!) { revokeKippLocalAdmin(input: $input) { action role actorName } }`;
const APPOINT_MEMBER = `mutation($input: KippPanelMemberInput!) { appointKippPanelMember(input: $input) { userId displayName panel assignments agency { id } } }`;
const REVOKE_MEMBER = `mutation($c: ID!, $u: ID!) { revokeKippPanelMember(competitionId: $c, userId: $u) { action role displayName } }`;
const MEMBERS = `query($c: ID!, $panel: KippPanel, $after: String) { kippPanelMembers(competitionId: $c, panel: $panel, first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { userId displayName panel } } } }`;
const LOCAL_ADMINS = `query($a: ID) { kippLocalAdmins(agencyId: $a, first: 10) { totalCount edges { node { userId displayName agency { id } } } } }`;
const EVENTS = `query($c: ID) { kippAppointmentEvents(competitionId: $c, first: 20) { totalCount edges { node { role action userId displayName actorId actorName at competitionId } } } }`;

interface Roles {
  myKippRoles: { localAdminOf: { agency: { id: string } }[]; evaluatorPanel: 'TE' | 'TPI' | null };
}
interface Events {
  kippAppointmentEvents: {
    totalCount: number;
    edges: {
      node: {
        role: string;
        action: string;
        userId: string;
        displayName: string;
        actorId: string;
        actorName: string;
        competitionId: string | null;
      };
    }[];
  };
}

describe('KIPP appointments administered by the national admin', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  const asAdmin = { caller: CALLERS.admin };
  const newEvaluator = evaluatorIdentity(NEW_EVALUATOR);

  it('appoints a registry user as local admin of an agency: myKippRoles says so at once, and a revocation takes it away', async () => {
    const input = { userId: KALTENG_DESK.userId, agencyId: agencyId('pemprov-62') };
    const { appointKippLocalAdmin } = dataOf(
      await kipp.graphql<{ appointKippLocalAdmin: { displayName: string; agency: { id: string } } }>(APPOINT_ADMIN, { input }, asAdmin),
    );
    expect(appointKippLocalAdmin).toMatchObject({ displayName: 'Desk DPMPTSP Kalimantan Tengah', agency: { id: agencyId('pemprov-62') } });
    expect(dataOf(await kipp.graphql<Roles>(ROLES, {}, { caller: KALTENG_DESK })).myKippRoles.localAdminOf).toEqual([
      { agency: { id: agencyId('pemprov-62') } },
    ]);
    const listed = dataOf(
      await kipp.graphql<{ kippLocalAdmins: { totalCount: number; edges: { node: { userId: string } }[] } }>(
        LOCAL_ADMINS,
        { a: agencyId('pemprov-62') },
        asAdmin,
      ),
    );
    expect(listed.kippLocalAdmins.edges.map((edge) => edge.node.userId)).toEqual([KALTENG_DESK.userId]);

    // Appointing again is no new appointment.
    dataOf(await kipp.graphql(APPOINT_ADMIN, { input }, asAdmin));
    const { revokeKippLocalAdmin } = dataOf(
      await kipp.graphql<{ revokeKippLocalAdmin: { action: string; actorName: string } }>(REVOKE_ADMIN, { input }, asAdmin),
    );
    expect(revokeKippLocalAdmin).toEqual({ action: 'REVOKED', role: 'LOCAL_ADMIN', actorName: CALLERS.admin.displayName });
    expect(dataOf(await kipp.graphql<Roles>(ROLES, {}, { caller: KALTENG_DESK })).myKippRoles.localAdminOf).toEqual([]);
  });

  it('appoints an evaluator to the Tim Evaluasi of one competition; revoking removes the team from myKippRoles', async () => {
    expect(dataOf(await kipp.graphql<Roles>(ROLES, {}, { caller: newEvaluator })).myKippRoles.evaluatorPanel).toBeNull();
    const { appointKippPanelMember } = dataOf(
      await kipp.graphql<{ appointKippPanelMember: unknown }>(
        APPOINT_MEMBER,
        {
          input: { competitionId: OPEN, userId: NEW_EVALUATOR, panel: 'TE', agencyId: agencyId('pemprov-62') },
        },
        asAdmin,
      ),
    );
    expect(appointKippPanelMember).toEqual({
      userId: NEW_EVALUATOR,
      displayName: 'Penilai Baru',
      panel: 'TE',
      assignments: 0,
      agency: { id: agencyId('pemprov-62') },
    });
    expect(dataOf(await kipp.graphql<Roles>(ROLES, {}, { caller: newEvaluator })).myKippRoles.evaluatorPanel).toBe('TE');
    const assignments = await kipp.graphql(
      `query($c: ID!) { myAssignments(competitionId: $c) { totalCount } }`,
      { c: OPEN },
      { caller: newEvaluator },
    );
    expect(dataOf(assignments)).toEqual({ myAssignments: { totalCount: 0 } });

    const other = await kipp.graphql(APPOINT_MEMBER, { input: { competitionId: OPEN, userId: NEW_EVALUATOR, panel: 'TPI' } }, asAdmin);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'panel' });

    dataOf(await kipp.graphql(REVOKE_MEMBER, { c: OPEN, u: NEW_EVALUATOR }, asAdmin));
    expect(dataOf(await kipp.graphql<Roles>(ROLES, {}, { caller: newEvaluator })).myKippRoles.evaluatorPanel).toBeNull();
    const refused = await kipp.graphql(
      `query($c: ID!) { myAssignments(competitionId: $c) { totalCount } }`,
      { c: OPEN },
      { caller: newEvaluator },
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lists each competition’s teams as a cursor connection, one team at a time', async () => {
    const first = dataOf(
      await kipp.graphql<{
        kippPanelMembers: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { panel: string } }[];
        };
      }>(MEMBERS, { c: OPEN, panel: 'TE' }, asAdmin),
    );
    expect(first.kippPanelMembers.totalCount).toBe(12);
    expect(first.kippPanelMembers.pageInfo.hasNextPage).toBe(true);
    expect(first.kippPanelMembers.edges.every((edge) => edge.node.panel === 'TE')).toBe(true);
    const next = dataOf(
      await kipp.graphql<{ kippPanelMembers: { edges: unknown[] } }>(
        MEMBERS,
        { c: OPEN, panel: 'TE', after: first.kippPanelMembers.pageInfo.endCursor },
        asAdmin,
      ),
    );
    expect(next.kippPanelMembers.edges).toHaveLength(5);
    const tpi = dataOf(await kipp.graphql<{ kippPanelMembers: { totalCount: number } }>(MEMBERS, { c: OPEN, panel: 'TPI' }, asAdmin));
    expect(tpi.kippPanelMembers.totalCount).toBe(5);
  });

  it('records every appointment and revocation with who did it and when', async () => {
    const { kippAppointmentEvents } = dataOf(await kipp.graphql<Events>(EVENTS, {}, asAdmin));
    expect(kippAppointmentEvents.edges.map((edge) => [edge.node.role, edge.node.action, edge.node.displayName])).toEqual([
      ['TE', 'REVOKED', 'Penilai Baru'],
      ['TE', 'APPOINTED', 'Penilai Baru'],
      ['LOCAL_ADMIN', 'REVOKED', 'Desk DPMPTSP Kalimantan Tengah'],
      ['LOCAL_ADMIN', 'APPOINTED', 'Desk DPMPTSP Kalimantan Tengah'],
    ]);
    expect(
      kippAppointmentEvents.edges.every(
        (edge) => edge.node.actorId === CALLERS.admin.userId && edge.node.actorName === CALLERS.admin.displayName,
      ),
    ).toBe(true);
  });

  it('refuses anyone but the national admin, an unknown user, a non-evaluator on a team, and revoking a member who has work', async () => {
    const input = { userId: KALTENG_DESK.userId, agencyId: agencyId('pemprov-62') };
    for (const caller of [CALLERS.localAdminKalsel, CALLERS.evaluator]) {
      expect((await kipp.graphql(APPOINT_ADMIN, { input }, { caller })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await kipp.graphql(EVENTS, {}, { caller: CALLERS.deskSamsatKalsel })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const unknown = await kipp.graphql(APPOINT_ADMIN, { input: { ...input, userId: userId('nobody@simpul.test') } }, asAdmin);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    const noAgency = await kipp.graphql(APPOINT_ADMIN, { input: { ...input, agencyId: agencyId('nowhere') } }, asAdmin);
    expect(noAgency.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'agencyId' });
    const desk = await kipp.graphql(APPOINT_MEMBER, { input: { competitionId: OPEN, userId: KALTENG_DESK.userId, panel: 'TE' } }, asAdmin);
    expect(desk.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const decided = await kipp.graphql(
      APPOINT_MEMBER,
      { input: { competitionId: competitionId(2023), userId: NEW_EVALUATOR, panel: 'TE' } },
      asAdmin,
    );
    expect(decided.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'competitionId' });
    const busy = await kipp.graphql(REVOKE_MEMBER, { c: competitionId(2023), u: userId('te2@simpul.test') }, asAdmin);
    expect(busy.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'userId' });
  });
});
