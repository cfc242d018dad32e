import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import { HttpTaskSource } from '@simpul/service-kit';
import type { KippHarness } from './kipp-test-app';

export interface KippTaskView {
  id: string;
  title: { id: string; en: string };
  detail: { id: string; en: string } | null;
  module: string;
  dueDate: string | null;
  status: string;
  progress: { done: number; total: number } | null;
  url: string;
}

/** The registry's question to this service: the caller's KIPP tasks at GET /internal/tasks. */
export async function kippTasksOf(kipp: KippHarness, caller: Identity): Promise<KippTaskView[]> {
  return (await new HttpTaskSource('kipp', `${kipp.url}/graphql`).tasksFor(caller, randomUUID())) as KippTaskView[];
}

export const taskIds = (tasks: KippTaskView[]): string[] => tasks.map((task) => task.id).sort();

/** What the registry lists by default: done work only appears with includeDone. */
export async function openKippTasksOf(kipp: KippHarness, caller: Identity): Promise<KippTaskView[]> {
  return (await kippTasksOf(kipp, caller)).filter((task) => task.status !== 'DONE');
}
