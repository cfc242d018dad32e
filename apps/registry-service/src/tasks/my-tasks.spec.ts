import { Logger } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import { HttpTaskSource, type RawTask, type TaskSource } from '@simpul/service-kit';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';

const MY_TASKS = `query($first: Int, $after: String, $includeDone: Boolean) {
  myTasks(first: $first, after: $after, includeDone: $includeDone) {
    totalCount edges { cursor node { id module dueDate status } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  myTasks: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; module: string; dueDate: string | null; status: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

function task(id: string, module: string, status: string, dueDate: string | null): RawTask {
  return { id, title: { id, en: id }, detail: null, module, dueDate, status, progress: null, url: `/${id}` } as RawTask;
}

/** A service double: answers what the test sets, and remembers who asked. */
class FakeSource implements TaskSource {
  readonly asked: { caller: Identity; requestId: string }[] = [];
  answer: () => Promise<RawTask[]> = async () => [];

  constructor(readonly name: string) {}

  tasksFor(caller: Identity, requestId: string): Promise<RawTask[]> {
    this.asked.push({ caller, requestId });
    return this.answer();
  }
}

describe('"Tugas saya" merged by the registry from the services that own the work', () => {
  let registry: RegistryHarness;
  const evaluation = new FakeSource('evaluation');
  const kipp = new FakeSource('kipp');
  const skm = new FakeSource('skm');
  // A real client to a port nothing listens on: the MPP service is down.
  const mppDown = new HttpTaskSource('mpp', 'http://127.0.0.1:9/graphql');
  const myTasks = (variables: Record<string, unknown>, caller: Identity | null = CALLERS.deskSamsatKalsel) =>
    registry.graphql<Page>(MY_TASKS, variables, { caller });

  beforeAll(async () => {
    registry = await startRegistry({ taskSources: [evaluation, kipp, mppDown, skm] });
  });
  afterAll(async () => {
    await registry?.close();
  });
  beforeEach(() => {
    evaluation.answer = async () => [
      task('f01', 'PEKPPP', 'IN_PROGRESS', '2027-01-05T00:00:00.000Z'),
      task('sent', 'PEKPPP', 'DONE', '2026-12-01T00:00:00.000Z'),
    ];
    kipp.answer = async () => [task('late', 'KIPP', 'OVERDUE', '2026-12-20T00:00:00.000Z'), task('undated', 'KIPP', 'TODO', null)];
    skm.answer = async () => [task('skm', 'SKM', 'TODO', '2027-01-03T00:00:00.000Z')];
    for (const source of [evaluation, kipp, skm]) source.asked.length = 0;
  });

  it('asks every service for the caller at once, and orders the lists: overdue on top, then by due date, undated last, done left out', async () => {
    const result = await myTasks({ first: 10 });
    expect(result.errors).toBeUndefined();
    const page = result.data!.myTasks;
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['late', 'skm', 'f01', 'undated']);
    expect(page.totalCount).toBe(4);
    expect(page.edges[1].node).toEqual({ id: 'skm', module: 'SKM', dueDate: '2027-01-03T00:00:00.000Z', status: 'TODO' });
    for (const source of [evaluation, kipp, skm]) expect(source.asked.map((ask) => ask.caller)).toEqual([CALLERS.deskSamsatKalsel]);
    // One request, one id through every service's logs.
    expect(new Set([evaluation, kipp, skm].map((source) => source.asked[0].requestId)).size).toBe(1);
  });

  it('lists done work last only when asked, and pages by cursor without repeating or skipping a task', async () => {
    const withDone = (await myTasks({ first: 10, includeDone: true })).data!.myTasks;
    expect(withDone.edges.map((edge) => edge.node.id)).toEqual(['late', 'skm', 'f01', 'undated', 'sent']);

    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages += 1) {
      const current: Page['myTasks'] = (await myTasks({ first: 2, after })).data!.myTasks;
      ids.push(...current.edges.map((edge) => edge.node.id));
      expect(current.totalCount).toBe(4);
      after = current.pageInfo.endCursor;
      if (!current.pageInfo.hasNextPage) break;
    }
    expect(ids).toEqual(['late', 'skm', 'f01', 'undated']);
  });

  it('leaves out, with a warning, a service that fails or cannot be reached; the others still answer', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      kipp.answer = async () => {
        throw new Error('HTTP 500');
      };
      const result = await myTasks({ first: 10 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.myTasks.edges.map((edge) => edge.node.id)).toEqual(['skm', 'f01']);
      const warnings = warn.mock.calls.map(([message]) => String(message));
      expect(warnings).toEqual([expect.stringMatching(/kipp.*HTTP 500/), expect.stringMatching(/mpp/)]);
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses the public and a cursor it did not write, without asking any service', async () => {
    const anonymous = await myTasks({ first: 10 }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const badCursor = await myTasks({ first: 10, after: 'bm9wZQ' });
    expect(badCursor.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
    expect(evaluation.asked).toEqual([]);
  });
});
