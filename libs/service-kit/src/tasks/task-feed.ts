import { badUserInput } from '../errors/simpul-error';
import { sliceConnection, validateFirst, type Connection } from '../graphql/pagination';
import { compareTasks } from './task-status';
import { TaskStatus, type Task } from './task.model';

/**
 * "Tugas saya" is one field, `myTasks`, answered by every service that owns work. The registry owns
 * the field and its paging; each service with work (evaluation, KIPP, MPP, SKM) answers
 * `GET /internal/tasks` with the caller's own tasks (`{ tasks: Task[] }`, see task-sources.ts), and the
 * registry asks the four at once, merges, orders and pages them here. Who may see a task is thus
 * decided by the service that owns it; the registry only orders what it was given. (A federation
 * entity with a list per service did the same through the gateway at three hops and six subgraph
 * fetches per request; plain internal calls cost a fraction of that.)
 */

/** The page asked for: how many, after which position, and whether finished work is listed. */
export interface TaskFeedKey {
  first: number;
  after: number;
  includeDone: boolean;
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

/** A task as it arrives from a service's JSON answer: dates are ISO strings there. */
export type RawTask = Omit<Task, 'dueDate'> & { dueDate: Date | string | null };

function revive(task: RawTask): Task {
  return { ...task, dueDate: task.dueDate === null ? null : new Date(task.dueDate) };
}
