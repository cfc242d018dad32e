import type { Identity } from '@simpul/contracts';
import { serviceTasksOf, type TaskView } from '@simpul/service-kit/testing';
import type { KippHarness } from './kipp-test-app';

/** The registry's question to this service: the caller's KIPP tasks at GET /internal/tasks. */
export async function kippTasksOf(kipp: KippHarness, caller: Identity): Promise<TaskView[]> {
  return serviceTasksOf('kipp', kipp.url, caller);
}

export const taskIds = (tasks: TaskView[]): string[] => tasks.map((task) => task.id).sort();

/** What the registry lists by default: done work only appears with includeDone. */
export async function openKippTasksOf(kipp: KippHarness, caller: Identity): Promise<TaskView[]> {
  return (await kippTasksOf(kipp, caller)).filter((task) => task.status !== 'DONE');
}
