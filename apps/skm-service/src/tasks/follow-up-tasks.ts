import { rows, TaskStatus, type Task, endOfWibDay } from '@simpul/service-kit';
import { skmTask, surveyUrl, type TaskQuery } from './skm-task';

export interface OpenFollowUp {
  followUpId: string;
  surveyId: string;
  elementName: string;
  action: string;
  owner: string;
  dueOn: string;
  status: 'PLANNED' | 'IN_PROGRESS';
}

/**
 * The unit's follow-up plans not yet done or cancelled, whatever their survey's period: each is work
 * the unit committed to by a date. The element's name is read from the survey's stored elements in
 * the same statement.
 */
export function openFollowUps(query: TaskQuery, serviceUnitId: string): Promise<OpenFollowUp[]> {
  return rows<OpenFollowUp>(
    query.db,
    `SELECT f.id AS "followUpId", f.survey_id AS "surveyId", f.action, f.owner, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", f.status,
       coalesce((SELECT e->>'name' FROM jsonb_array_elements(s.elements) e WHERE e->>'code' = f.element_code LIMIT 1), f.element_code) AS "elementName"
     FROM skm.follow_ups f JOIN skm.surveys s ON s.id = f.survey_id
     WHERE s.service_unit_id = $1 AND f.status IN ('PLANNED', 'IN_PROGRESS')`,
    [serviceUnitId],
    { prepared: true },
  );
}

const MAX_ACTION = 140;

/** The plan's action as the detail, cut to a line: the survey page has the whole text. */
function shortAction(action: string): string {
  return action.length <= MAX_ACTION ? action : `${action.slice(0, MAX_ACTION - 1).trimEnd()}…`;
}

/** "Tindak lanjut SKM: Waktu penyelesaian", due its date; a plan the unit has started is IN_PROGRESS until it is late. */
export function followUpTask(query: TaskQuery, followUp: OpenFollowUp): Task {
  const task = skmTask(query, {
    id: `skm:follow-up:${followUp.followUpId}`,
    title: { id: `Tindak lanjut SKM: ${followUp.elementName}`, en: `SKM follow-up: ${followUp.elementName}` },
    detail: {
      id: `${shortAction(followUp.action)} (penanggung jawab: ${followUp.owner})`,
      en: `${shortAction(followUp.action)} (responsible: ${followUp.owner})`,
    },
    dueDate: endOfWibDay(followUp.dueOn),
    progress: null,
    url: surveyUrl(followUp.surveyId),
  });
  // A follow-up has no count of its progress; its own status says it has begun.
  if (task.status === TaskStatus.TODO && followUp.status === 'IN_PROGRESS') return { ...task, status: TaskStatus.IN_PROGRESS };
  return task;
}
