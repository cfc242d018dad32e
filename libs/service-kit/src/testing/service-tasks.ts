import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { HttpTaskSource } from '../tasks/task-sources';

/** A task as the registry receives it from a service (dates as ISO strings). */
export interface TaskView {
  id: string;
  title: { id: string; en: string };
  detail: { id: string; en: string } | null;
  module: string;
  dueDate: string | null;
  status: string;
  progress: { done: number; total: number } | null;
  url: string;
}

/** The registry's question to a service under test: the caller's tasks at its GET /internal/tasks. */
export async function serviceTasksOf(service: string, baseUrl: string, caller: Identity): Promise<TaskView[]> {
  return (await new HttpTaskSource(service, `${baseUrl}/graphql`).tasksFor(caller, randomUUID())) as TaskView[];
}
