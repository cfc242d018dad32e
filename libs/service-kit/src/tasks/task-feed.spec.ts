import { pageOfTasks, taskFeedKeyOf } from './task-feed';
import { taskStatus } from './task-status';
import { TaskModule, TaskStatus, type Task } from './task.model';

const now = new Date('2027-01-01T00:00:00Z');

function task(id: string, status: TaskStatus, dueDate: string | null): Task {
  return {
    id,
    title: { id: id, en: id },
    detail: null,
    module: TaskModule.PEKPPP,
    dueDate: dueDate ? new Date(dueDate) : null,
    status,
    progress: null,
    url: `/${id}`,
  };
}

describe('the status of an open task', () => {
  it.each([
    ['past its due date', TaskStatus.OVERDUE, { dueDate: new Date('2026-12-31'), progress: { done: 5, total: 30 } }],
    ['begun and not yet due', TaskStatus.IN_PROGRESS, { dueDate: new Date('2027-01-05'), progress: { done: 12, total: 30 } }],
    ['not begun', TaskStatus.TODO, { dueDate: new Date('2027-01-05'), progress: { done: 0, total: 30 } }],
    ['without a due date or progress', TaskStatus.TODO, { dueDate: null, progress: null }],
  ])('%s is %s', (_case, expected, facts) => {
    expect(taskStatus({ ...facts, now })).toBe(expected);
  });

  it('is DONE when its owner says so, whatever the date', () => {
    expect(taskStatus({ done: true, dueDate: new Date('2026-01-01'), progress: null, now })).toBe(TaskStatus.DONE);
  });
});

describe('one page of "Tugas saya" from the lists of several services', () => {
  const evaluation = [task('f01', TaskStatus.IN_PROGRESS, '2027-01-05'), task('sent', TaskStatus.DONE, '2026-12-01')];
  const mpp = [
    task('pks', TaskStatus.TODO, '2027-02-01'),
    task('late', TaskStatus.OVERDUE, '2026-12-20'),
    task('undated', TaskStatus.TODO, null),
  ];
  // A service's JSON answer carries dates as ISO strings.
  const skm = [{ ...task('skm', TaskStatus.TODO, null), dueDate: '2027-01-03T00:00:00.000Z' }];

  it('puts overdue work on top, then open work by due date, undated last, and leaves done work out', () => {
    const page = pageOfTasks([evaluation, mpp, skm, null], taskFeedKeyOf({ first: 10 }));
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['late', 'skm', 'f01', 'pks', 'undated']);
    expect(page.totalCount).toBe(5);
    expect(page.edges[1].node.dueDate).toEqual(new Date('2027-01-03T00:00:00Z'));
  });

  it('lists done work last when asked for it', () => {
    const page = pageOfTasks([evaluation, mpp], taskFeedKeyOf({ first: 10, includeDone: true }));
    expect(page.edges.at(-1)?.node.id).toBe('sent');
  });

  it('pages by cursor without repeating or skipping a task', () => {
    const first = pageOfTasks([evaluation, mpp, skm], taskFeedKeyOf({ first: 2 }));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = pageOfTasks([evaluation, mpp, skm], taskFeedKeyOf({ first: 2, after: first.pageInfo.endCursor }));
    const third = pageOfTasks([evaluation, mpp, skm], taskFeedKeyOf({ first: 2, after: second.pageInfo.endCursor }));
    expect([...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node.id)).toEqual(['late', 'skm', 'f01', 'pks', 'undated']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not write, and a page size out of range, naming the argument', () => {
    expect(() => taskFeedKeyOf({ after: 'bm9wZQ' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'after' }) }),
    );
    expect(() => taskFeedKeyOf({ first: 500 })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'first' }) }),
    );
  });
});
