import type { Identity } from '@simpul/contracts';
import { dataOf, type KippHarness } from './kipp-test-app';

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

/** The gateway's question to this subgraph: the caller's KIPP tasks on the registry's TaskConnection entity. */
export const KIPP_TASKS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on TaskConnection { kippTasks { id title { id en } detail { id en } module dueDate status progress { done total } url } }
  }
}`;

export async function kippTasksOf(kipp: KippHarness, caller: Identity): Promise<KippTaskView[]> {
  const data = dataOf(
    await kipp.graphql<{ _entities: { kippTasks: KippTaskView[] }[] }>(
      KIPP_TASKS,
      { representations: [{ __typename: 'TaskConnection', feedKey: 'WzIwLDAsZmFsc2Vd' }] },
      { caller },
    ),
  );
  return data._entities[0].kippTasks;
}

export const taskIds = (tasks: KippTaskView[]): string[] => tasks.map((task) => task.id).sort();

/** What the registry lists by default: done work only appears with includeDone. */
export async function openKippTasksOf(kipp: KippHarness, caller: Identity): Promise<KippTaskView[]> {
  return (await kippTasksOf(kipp, caller)).filter((task) => task.status !== 'DONE');
}
