import { TaskStatus, type Task, type TaskProgress } from './task.model';

/**
 * The status every service gives an open task, so the same facts read the same everywhere: past its
 * due date is OVERDUE, some progress is IN_PROGRESS, otherwise TODO. `done` is decided by the owner.
 */
export function taskStatus(facts: { done?: boolean; dueDate: Date | null; progress: TaskProgress | null; now: Date }): TaskStatus {
  if (facts.done) return TaskStatus.DONE;
  if (facts.dueDate && facts.dueDate.getTime() < facts.now.getTime()) return TaskStatus.OVERDUE;
  if (facts.progress && facts.progress.done > 0) return TaskStatus.IN_PROGRESS;
  return TaskStatus.TODO;
}

const STATUS_ORDER: Record<TaskStatus, number> = {
  [TaskStatus.OVERDUE]: 0,
  [TaskStatus.IN_PROGRESS]: 1,
  [TaskStatus.TODO]: 1,
  [TaskStatus.DONE]: 2,
};

/**
 * The one order of "Tugas saya": overdue work on top, then open work by due date (undated last),
 * done work at the bottom; the title and id break ties so pages never shift between requests.
 */
export function compareTasks(a: Task, b: Task): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.dueDate?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueDate?.getTime() ?? Number.POSITIVE_INFINITY) ||
    a.title.id.localeCompare(b.title.id, 'id') ||
    a.id.localeCompare(b.id)
  );
}
