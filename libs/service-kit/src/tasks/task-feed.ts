import { badUserInput } from '../errors/simpul-error';
import { sliceConnection, validateFirst, type Connection } from '../graphql/pagination';
import { compareTasks } from './task-status';
import { TaskStatus, type Task } from './task.model';

/**
 * "Tugas saya" is one field, `myTasks`, answered by every service that owns work. Federation
 * composes it: the registry answers `myTasks` with a `TaskConnection` entity keyed by `feedKey`
 * (the page asked for), each contributing subgraph resolves its own inaccessible list on that entity
 * for the caller (`evaluationTasks`, `kippTasks`, …), and the registry's `edges`/`pageInfo`/
 * `totalCount` `@requires` those lists, merges, orders and pages them. Who may see a task is thus
 * decided by the service that owns it; the registry only orders what it was given.
 */
export const TASK_CONTRIBUTIONS = ['evaluationTasks', 'kippTasks', 'mppTasks', 'skmTasks'] as const;
export type TaskContribution = (typeof TASK_CONTRIBUTIONS)[number];

/** The fields of `Task` a contribution carries to the registry (the `@requires` selection). */
export const TASK_SELECTION = 'id title { id en } detail { id en } module dueDate status progress { done total } url';

export interface TaskFeedKey {
  first: number;
  after: number;
  includeDone: boolean;
}

export function encodeTaskFeedKey(key: TaskFeedKey): string {
  return Buffer.from(JSON.stringify([key.first, key.after, key.includeDone])).toString('base64url');
}

export function decodeTaskFeedKey(feedKey: string): TaskFeedKey {
  const value: unknown = JSON.parse(Buffer.from(feedKey, 'base64url').toString('utf8'));
  if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number' && typeof value[2] === 'boolean') {
    return { first: value[0], after: value[1], includeDone: value[2] };
  }
  throw new Error('task feed key is not one the registry wrote');
}

/** The cursor of a task list is the position in the merged order (the list is rebuilt each request). */
export function taskCursor(index: number): string {
  return Buffer.from(`task:${index}`).toString('base64url');
}

export function taskFeedKeyOf(args: { first?: number | null; after?: string | null; includeDone?: boolean | null }): TaskFeedKey {
  const first = validateFirst(args.first, 20);
  let after = 0;
  if (args.after) {
    const match = /^task:(\d+)$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!match) throw badUserInput('after', 'The cursor is not valid.', 'Kursor tidak valid.');
    after = Number(match[1]) + 1;
  }
  return { first, after, includeDone: args.includeDone ?? false };
}

/** Merges the contributions, drops done work unless asked, orders them and returns the page. */
export function pageOfTasks(lists: readonly (readonly RawTask[] | null | undefined)[], key: TaskFeedKey): Connection<Task> {
  const tasks = lists
    .flatMap((list) => list ?? [])
    .map(revive)
    .filter((task) => key.includeDone || task.status !== TaskStatus.DONE)
    .sort(compareTasks);
  const position = new Map(tasks.map((task, index) => [task, index]));
  return sliceConnection(tasks, key.after, key.first, (task) => taskCursor(position.get(task) ?? 0));
}

/** A task as it arrives in a `@requires` representation: dates are ISO strings there. */
export type RawTask = Omit<Task, 'dueDate'> & { dueDate: Date | string | null };

function revive(task: RawTask): Task {
  return { ...task, dueDate: task.dueDate === null ? null : new Date(task.dueDate) };
}
