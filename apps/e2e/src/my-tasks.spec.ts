import { graphql, signInToken, useSharedStack, type SharedStack } from './stack';

// Issue #14 §1 through the gateway: "Tugas saya" composed from every service that owns work (the
// registry pages the TaskConnection, each subgraph adds its own list), for each demo role. Other
// services fill their lists independently, so per role this checks the lists this suite knows to be
// seeded (MPP for the operator, SKM for the Samsat desk) and the shape every task must have.

interface TaskNode {
  id: string;
  title: { id: string; en: string };
  module: string;
  dueDate: string | null;
  status: string;
  progress: { done: number; total: number } | null;
  url: string;
}

interface TaskPage {
  myTasks: {
    totalCount: number;
    edges: { cursor: string; node: TaskNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const MY_TASKS = `query($first: Int, $after: String) { myTasks(first: $first, after: $after) {
  totalCount edges { cursor node { id title { id en } module dueDate status progress { done total } url } } pageInfo { hasNextPage endCursor }
} }`;

/** Where the portal mounts each module's remote (tools/start/apps.mjs). */
const MODULE_PATHS: Record<string, string> = { PEKPPP: '/evaluasi', KIPP: '/kipp', MPP: '/mpp', SKM: '/skm', REGISTRY: '/registry' };

const ROLES = ['admin@simpul.test', 'evaluator@simpul.test', 'operator.banjarmasin@simpul.test', 'desk.samsat-kalsel@simpul.test'];

let stack: SharedStack;
const tokens: Record<string, string> = {};
const lists: Record<string, TaskNode[]> = {};

async function page(email: string, first: number, after?: string | null): Promise<TaskPage['myTasks']> {
  const result = await graphql<TaskPage>(stack.gatewayUrl, MY_TASKS, { first, after: after ?? null }, tokens[email]);
  if (!result.data) throw new Error(`myTasks for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.myTasks;
}

beforeAll(async () => {
  stack = useSharedStack();
  for (const email of ROLES) {
    tokens[email] = await signInToken(stack.gatewayUrl, email);
    lists[email] = (await page(email, 100)).edges.map((edge) => edge.node);
  }
}, 120_000);

describe('"Tugas saya" through the gateway', () => {
  it.each(ROLES)('gives %s open work, each task a portal path of its own module', (email) => {
    const tasks = lists[email];
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task.url.startsWith(`${MODULE_PATHS[task.module]}/`)).toBe(true);
      expect(task.url).not.toMatch(/undefined|null|\s/);
      expect(task.title.id.trim()).not.toBe('');
      expect(task.title.en.trim()).not.toBe('');
      expect(task.status).not.toBe('DONE');
    }
    // Overdue work on top.
    const firstOpen = tasks.findIndex((task) => task.status !== 'OVERDUE');
    if (firstOpen >= 0) expect(tasks.slice(firstOpen).some((task) => task.status === 'OVERDUE')).toBe(false);
  });

  it("gives the Banjarmasin operator its mall's MPP work, each opening a tenancy the operator may read", async () => {
    const mpp = lists['operator.banjarmasin@simpul.test'].filter((task) => task.module === 'MPP');
    expect(mpp.length).toBeGreaterThan(0);
    // The demo PKS of Samsat Kalsel ends 35 days after the seed day.
    expect(mpp.some((task) => task.id.startsWith('mpp:agreement-ending:'))).toBe(true);
    for (const task of mpp) {
      const tenancyId = /^\/mpp\/tenancies\/([0-9a-f-]{36})(\/agreement|\/services)?$/.exec(task.url)?.[1];
      expect(tenancyId).toBeDefined();
      const read = await graphql<{ tenancy: { mall: { name: string } } | null }>(
        stack.gatewayUrl,
        'query($id: ID!) { tenancy(id: $id) { mall { name } } }',
        { id: tenancyId },
        tokens['operator.banjarmasin@simpul.test'],
      );
      expect(read.data?.tenancy?.mall.name).toBe('Mal Pelayanan Publik Kota Banjarmasin');
    }
  });

  it("gives the Samsat desk its unit's SKM work, each opening a survey of its unit", async () => {
    const skm = lists['desk.samsat-kalsel@simpul.test'].filter((task) => task.module === 'SKM');
    expect(skm.length).toBeGreaterThan(0);
    const me = await graphql<{ me: { serviceUnit: { id: string } } }>(
      stack.gatewayUrl,
      '{ me { serviceUnit { id } } }',
      {},
      tokens['desk.samsat-kalsel@simpul.test'],
    );
    for (const task of skm) {
      const surveyId = /^\/skm\/surveys\/([0-9a-f-]{36})$/.exec(task.url)?.[1];
      expect(surveyId).toBeDefined();
      const read = await graphql<{ skmSurvey: { serviceUnitId: string } | null }>(
        stack.gatewayUrl,
        'query($id: ID!) { skmSurvey(id: $id) { serviceUnitId } }',
        { id: surveyId },
        tokens['desk.samsat-kalsel@simpul.test'],
      );
      expect(read.data?.skmSurvey?.serviceUnitId).toBe(me.data?.me.serviceUnit.id);
    }
    // Nothing of another mall or unit reaches the desk: no MPP operator work.
    expect(lists['desk.samsat-kalsel@simpul.test'].some((task) => task.id.startsWith('mpp:'))).toBe(false);
  });

  it('pages with first/after without repeating or skipping a task', async () => {
    for (const email of ['operator.banjarmasin@simpul.test', 'desk.samsat-kalsel@simpul.test']) {
      const all = lists[email];
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard += 1) {
        const next: TaskPage['myTasks'] = await page(email, 2, after);
        expect(next.totalCount).toBe(all.length);
        expect(next.edges.length).toBeLessThanOrEqual(2);
        seen.push(...next.edges.map((edge) => edge.node.id));
        if (!next.pageInfo.hasNextPage) break;
        after = next.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.map((task) => task.id));
    }
  });

  it('refuses the anonymous public with UNAUTHENTICATED', async () => {
    const result = await graphql(stack.gatewayUrl, '{ myTasks(first: 5) { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });
});
