import type { ReminderRequest } from '@simpul/contracts';
import { internalRequest } from '../test-support/internal-http';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const PAGE = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount
    edges { cursor node { id kind module title { id en } body { id en } url createdAt readAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const SETTINGS = `{ myNotificationSettings { kind label { id en } email } }`;

interface Page {
  myNotifications: {
    totalCount: number;
    unreadCount: number;
    edges: { cursor: string; node: { id: string; title: { id: string }; readAt: string | null; module: string; url: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

function reminder(index: number, userId: string): ReminderRequest {
  return {
    kind: 'PHASE_DEADLINE',
    occasion: `phase:test:${index}`,
    module: 'PEKPPP',
    audience: { userIds: [userId] },
    title: { id: `Tenggat ${index}`, en: `Deadline ${index}` },
    body: { id: `Tahap ${index} berakhir besok.`, en: `Phase ${index} ends tomorrow.` },
    url: `/pekppp/phases/${index}`,
  };
}

describe('myNotifications, markNotificationsRead and the e-mail settings (real GraphQL, real PostgreSQL)', () => {
  let registry: RegistryHarness;
  const page = (variables: Record<string, unknown>, caller = CALLERS.deskSamsatKalsel) =>
    registry.graphql<Page>(PAGE, variables, { caller });

  beforeAll(async () => {
    registry = await startRegistry();
    // Five for the desk, sent one after another so they are ordered by time; one for the evaluator.
    for (let index = 1; index <= 5; index += 1) {
      await internalRequest(registry, '/internal/notifications', {
        body: { reminders: [reminder(index, CALLERS.deskSamsatKalsel.userId)] },
      });
    }
    await internalRequest(registry, '/internal/notifications', { body: { reminders: [reminder(9, CALLERS.evaluator.userId)] } });
  });
  afterAll(() => registry?.close());

  it('pages the caller’s own notifications newest first, with the unread count of the whole list', async () => {
    const first = await page({ first: 2 });
    expect(first.errors).toBeUndefined();
    const connection = first.data!.myNotifications;
    expect(connection).toMatchObject({ totalCount: 5, unreadCount: 5, pageInfo: { hasNextPage: true } });
    expect(connection.edges.map((edge) => edge.node.title.id)).toEqual(['Tenggat 5', 'Tenggat 4']);
    expect(connection.edges[0].node).toMatchObject({ module: 'PEKPPP', url: '/pekppp/phases/5', readAt: null });

    const second = await page({ first: 2, after: connection.pageInfo.endCursor });
    expect(second.data!.myNotifications.edges.map((edge) => edge.node.title.id)).toEqual(['Tenggat 3', 'Tenggat 2']);
    const last = await page({ first: 2, after: second.data!.myNotifications.pageInfo.endCursor });
    expect(last.data!.myNotifications.edges.map((edge) => edge.node.title.id)).toEqual(['Tenggat 1']);
    expect(last.data!.myNotifications.pageInfo.hasNextPage).toBe(false);
  });

  it('marks read only the caller’s own: unreadOnly and unreadCount follow; someone else’s id is refused', async () => {
    const all = (await page({ first: 10 })).data!.myNotifications.edges.map((edge) => edge.node.id);
    const marked = await registry.graphql<{ markNotificationsRead: { id: string; readAt: string | null }[] }>(
      MARK,
      { ids: [all[0], all[1]] },
      { caller: CALLERS.deskSamsatKalsel },
    );
    expect(marked.data!.markNotificationsRead.map((row) => row.id)).toEqual([all[0], all[1]]);
    expect(marked.data!.markNotificationsRead.every((row) => row.readAt !== null)).toBe(true);

    const unread = (await page({ unreadOnly: true })).data!.myNotifications;
    expect(unread).toMatchObject({ totalCount: 3, unreadCount: 3 });
    expect(unread.edges.map((edge) => edge.node.title.id)).toEqual(['Tenggat 3', 'Tenggat 2', 'Tenggat 1']);
    expect((await page({})).data!.myNotifications).toMatchObject({ totalCount: 5, unreadCount: 3 });

    const evaluatorsOwn = (await page({}, CALLERS.evaluator)).data!.myNotifications.edges[0].node.id;
    const refused = await registry.graphql(MARK, { ids: [all[2], evaluatorsOwn] }, { caller: CALLERS.deskSamsatKalsel });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'ids',
      messages: { id: `Anda tidak memiliki pengingat ${evaluatorsOwn}.` },
    });
    // Nothing was marked, neither the desk's own nor the evaluator's.
    expect((await page({})).data!.myNotifications.unreadCount).toBe(3);
    expect((await page({}, CALLERS.evaluator)).data!.myNotifications.unreadCount).toBe(1);
  });

  it('lists every kind with its label and e-mail on until turned off', async () => {
    const before = await registry.graphql<{ myNotificationSettings: { kind: string; label: { id: string }; email: boolean }[] }>(
      SETTINGS,
      {},
      { caller: CALLERS.evaluator },
    );
    expect(before.data!.myNotificationSettings).toHaveLength(5);
    expect(before.data!.myNotificationSettings.every((setting) => setting.email)).toBe(true);
    expect(before.data!.myNotificationSettings.find((setting) => setting.kind === 'AGREEMENT_ENDING')?.label.id).toBe(
      'PKS yang akan berakhir',
    );
    await registry.graphql(
      `mutation { setNotificationEmail(kind: PHASE_DEADLINE, email: false) { email } }`,
      {},
      { caller: CALLERS.evaluator },
    );
    const after = await registry.graphql<{ myNotificationSettings: { kind: string; email: boolean }[] }>(
      SETTINGS,
      {},
      { caller: CALLERS.evaluator },
    );
    expect(after.data!.myNotificationSettings.filter((setting) => !setting.email).map((setting) => setting.kind)).toEqual([
      'PHASE_DEADLINE',
    ]);
  });

  it('refuses the public and a page size out of range', async () => {
    const anonymous = await registry.graphql(PAGE, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await page({ first: 500 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
