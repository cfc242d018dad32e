import { TaskModule, taskStatus, type Task, type TaskProgress, type BilingualText } from '@simpul/service-kit';
import type { DataSource } from 'typeorm';

/** What every MPP task query gets: the database and the service's clock reading for this request. */
export interface TaskQuery {
  db: DataSource;
  /** Today in Indonesia (YYYY-MM-DD): agreement dates are WIB calendar days. */
  today: string;
  now: Date;
}

/** The portal mounts the MPP remote at /mpp (tools/start/apps.mjs); its pages are apps/mpp-web/src/app.tsx. */
const PORTAL_PATH = '/mpp';
export const onboardingUrl = (tenancyId: string) => `${PORTAL_PATH}/tenancies/${tenancyId}`;
export const agreementUrl = (tenancyId: string) => `${PORTAL_PATH}/tenancies/${tenancyId}/agreement`;
export const servicesUrl = (tenancyId: string) => `${PORTAL_PATH}/tenancies/${tenancyId}/services`;

const LONG_DATE = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "5 Januari 2027" / "5 January 2027" for a YYYY-MM-DD calendar day. */
export function longDate(date: string): BilingualText {
  const day = new Date(`${date}T00:00:00Z`);
  return { id: LONG_DATE.id.format(day), en: LONG_DATE.en.format(day) };
}

/** An MPP task with its status worked out the one way every service does (service-kit `taskStatus`). */
export function mppTask(
  query: TaskQuery,
  task: {
    id: string;
    title: BilingualText;
    detail: BilingualText | null;
    dueDate: Date | null;
    progress: TaskProgress | null;
    url: string;
  },
): Task {
  return {
    ...task,
    module: TaskModule.MPP,
    status: taskStatus({ dueDate: task.dueDate, progress: task.progress, now: query.now }),
  };
}
