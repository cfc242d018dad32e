import type { Identity } from '@simpul/contracts';
import { rows, type Task } from '@simpul/service-kit';
import type { DeskInUse, MallDirectory } from '../malls/mall-directory';
import { newSurveyUrl, skmTask, type TaskQuery } from './skm-task';

/**
 * The operator's desks in use (the MPP service knows them: one request) that no survey of this mall
 * covers today (this service knows the surveys: one statement).
 */
export async function desksWithoutSurvey(query: TaskQuery, malls: MallDirectory, caller: Identity, mallId: string): Promise<DeskInUse[]> {
  const desks = (await malls.desksInUse(mallId, caller)) ?? [];
  if (!desks.length) return [];
  const surveyed = await rows<{ deskId: string }>(
    query.db,
    `SELECT DISTINCT s.desk_id AS "deskId" FROM skm.surveys s
     WHERE s.mall_id = $1 AND s.desk_id = ANY($2::uuid[]) AND s.starts_on <= $3::date AND s.ends_on >= $3::date`,
    [mallId, desks.map((desk) => desk.id), query.today],
    { prepared: true },
  );
  const covered = new Set(surveyed.map((row) => row.deskId));
  return desks.filter((desk) => !covered.has(desk.id));
}

/** "Siapkan survei SKM untuk gerai 5 (Gerai Bank Kalsel)": the new-survey page, where the operator picks the desk. */
export function deskSurveyTask(query: TaskQuery, desk: DeskInUse): Task {
  const name = desk.label ? ` (${desk.label})` : '';
  return skmTask(query, {
    id: `skm:desk-survey:${desk.id}`,
    title: { id: `Siapkan survei SKM untuk gerai ${desk.number}${name}`, en: `Set up an SKM survey for desk ${desk.number}${name}` },
    detail: {
      id: 'Gerai ini melayani tenant tetapi belum ada survei untuk periode berjalan',
      en: 'This desk serves tenants but no survey covers the current period',
    },
    dueDate: null,
    progress: null,
    url: newSurveyUrl(),
  });
}
