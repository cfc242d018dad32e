import { sampleAdequacy } from '@simpul/scoring';
import { rows, type Task, endOfWibDay } from '@simpul/service-kit';
import { RESPONDENT_ROW } from '../results/rollup-cells';
import { skmTask, surveyUrl, type TaskQuery } from './skm-task';

export interface RunningSurvey {
  surveyId: string;
  title: string;
  endsOn: string;
  expectedUsers: number;
  respondents: number;
}

/**
 * The unit's surveys whose period runs today and whose expected users are known (without them the
 * sample cannot be told), with the questionnaires counted so far: folded rollup plus the deltas not
 * yet folded, read from the respondent row only. One statement.
 */
export function runningSurveys(query: TaskQuery, serviceUnitId: string): Promise<RunningSurvey[]> {
  return rows<RunningSurvey>(
    query.db,
    `SELECT s.id AS "surveyId", s.title, to_char(s.ends_on, 'YYYY-MM-DD') AS "endsOn", s.expected_users AS "expectedUsers",
       (coalesce((SELECT sum(r.answers) FROM skm.survey_rollup r
                  WHERE r.survey_id = s.id AND r.dimension = 'ALL' AND r.bucket = '' AND r.element_index = $3), 0)
      + coalesce((SELECT sum(d.answers) FROM skm.rollup_delta d
                  WHERE d.survey_id = s.id AND d.dimension = 'ALL' AND d.bucket = '' AND d.element_index = $3), 0))::int AS respondents
     FROM skm.surveys s
     WHERE s.service_unit_id = $1 AND s.starts_on <= $2::date AND s.ends_on >= $2::date AND s.expected_users IS NOT NULL`,
    [serviceUnitId, query.today, RESPONDENT_ROW],
    { prepared: true },
  );
}

/**
 * "Kumpulkan responden SKM Triwulan 2 2026 — kurang 96 responden": progress is respondents of the
 * Krejcie–Morgan sample, due the period's last day; DONE once the sample is met (listed only when
 * the caller asks for done work).
 */
export function sampleTask(query: TaskQuery, survey: RunningSurvey): Task {
  const sample = sampleAdequacy(survey.expectedUsers, survey.respondents);
  return skmTask(query, {
    id: `skm:sample:${survey.surveyId}`,
    title: { id: `Kumpulkan responden ${survey.title}`, en: `Collect respondents for ${survey.title}` },
    detail: sample.adequate
      ? {
          id: `sampel terpenuhi: ${survey.respondents} dari ${sample.required} responden`,
          en: `sample met: ${survey.respondents} of ${sample.required} respondents`,
        }
      : { id: `kurang ${sample.shortBy} responden`, en: `${sample.shortBy} respondents short` },
    dueDate: endOfWibDay(survey.endsOn),
    progress: { done: Math.min(survey.respondents, sample.required), total: sample.required },
    url: surveyUrl(survey.surveyId),
    done: sample.adequate,
  });
}
