import { getInstrument } from '@simpul/scoring';
import { TaskModule, taskStatus, type Task, type TaskProgress, type BilingualText } from '@simpul/service-kit';
import type { DataSource } from 'typeorm';
import { jakartaTime } from '../cycles/jakarta-time';

/** What every task query gets: the database and the service's clock reading for this request. */
export interface TaskQuery {
  db: DataSource;
  now: Date;
}

/** The portal mounts the PEKPPP remote at /evaluasi (tools/start/apps.mjs); its pages are apps/evaluation-web/src/app.tsx. */
const PORTAL_PATH = '/evaluasi';
/** The lokus page opens the caller's own work on it: F-01 for the desk, F-02 for the evaluator. */
export const lokusUrl = (lokusId: string) => `${PORTAL_PATH}/lokus/${lokusId}`;
export const cycleUrl = (cycleId: string) => `${PORTAL_PATH}/cycles/${cycleId}`;

const indicatorTotals = new Map<string, number>();

/** How many indicators an instrument has (instruments are code, in @simpul/scoring); 0 for an unknown one. */
export function indicatorTotal(instrumentId: string): number {
  let total = indicatorTotals.get(instrumentId);
  if (total === undefined) {
    try {
      total = getInstrument(instrumentId).aspects.reduce((sum, aspect) => sum + aspect.indicators.length, 0);
    } catch {
      total = 0;
    }
    indicatorTotals.set(instrumentId, total);
  }
  return total;
}

/** A PEKPPP task with its status worked out the one way every service does (service-kit `taskStatus`). */
export function pekpppTask(
  query: TaskQuery,
  task: {
    id: string;
    title: BilingualText;
    detail?: BilingualText | null;
    dueDate: Date | null;
    progress?: TaskProgress | null;
    url: string;
    done?: boolean;
  },
): Task {
  const progress = task.progress ?? null;
  return {
    id: task.id,
    title: task.title,
    detail: task.detail ?? null,
    module: TaskModule.PEKPPP,
    dueDate: task.dueDate,
    status: taskStatus({ done: task.done, dueDate: task.dueDate, progress, now: query.now }),
    progress,
    url: task.url,
  };
}

/** "tenggat 5 Januari 2027 pukul 23.59 WIB" in both languages. */
export function dueText(date: Date): BilingualText {
  return { id: `tenggat ${jakartaTime(date, 'id')}`, en: `due ${jakartaTime(date, 'en')}` };
}
