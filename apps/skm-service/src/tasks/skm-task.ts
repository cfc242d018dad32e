import { TaskModule, taskStatus, type Task, type TaskProgress, type BilingualText } from '@simpul/service-kit';
import type { DataSource } from 'typeorm';

/** What every SKM task query gets: the database and the service's clock reading for this request. */
export interface TaskQuery {
  db: DataSource;
  /** Today in Indonesia (YYYY-MM-DD): survey periods and follow-up due dates are WIB calendar days. */
  today: string;
  now: Date;
}

/** The portal mounts the SKM remote at /skm (tools/start/apps.mjs); its pages are apps/skm-web/src/app.tsx. */
const PORTAL_PATH = '/skm';
/** The survey page: its sample, results and follow-up plans. */
export const surveyUrl = (surveyId: string) => `${PORTAL_PATH}/surveys/${surveyId}`;
export const newSurveyUrl = () => `${PORTAL_PATH}/surveys/new`;

/** An SKM task with its status worked out the one way every service does (service-kit `taskStatus`). */
export function skmTask(
  query: TaskQuery,
  task: {
    id: string;
    title: BilingualText;
    detail: BilingualText | null;
    dueDate: Date | null;
    progress: TaskProgress | null;
    url: string;
    done?: boolean;
  },
): Task {
  const { done, ...fields } = task;
  return {
    ...fields,
    module: TaskModule.SKM,
    status: taskStatus({ done, dueDate: task.dueDate, progress: task.progress, now: query.now }),
  };
}
