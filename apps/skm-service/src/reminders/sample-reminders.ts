import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { sampleAdequacy } from '@simpul/scoring';
import { NotificationClient, rows, wibDate, type JobSource, type ServiceJob } from '@simpul/service-kit';
import { RESPONDENT_ROW } from '../results/rollup-cells';
import { surveyUrl } from '../tasks/skm-task';
import { daysUntil, longDate } from './reminder-dates';
import { surveyAudience } from './reminder-audience';

/** Days before a survey's period ends when its unit is told the sample is short (issue #14 §4). */
export const SAMPLE_REMINDER_DAYS = 30;

interface EndingSurvey {
  surveyId: string;
  title: string;
  serviceUnitId: string | null;
  mallId: string | null;
  endsOn: string;
  expectedUsers: number;
  respondents: number;
}

/**
 * "Sampel SKM belum cukup": every day, each survey whose period ends within 30 days and whose
 * respondents are still short of its Krejcie–Morgan sample is sent to the registry for the unit's
 * desks, once per survey (occasion `skm-sample:<survey>:30`; the registry keeps one per person and
 * occasion, so a later scan or a second replica adds nothing).
 */
@Injectable()
export class SampleReminders implements JobSource {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationClient,
  ) {}

  jobs(): ServiceJob[] {
    // 01:00 UTC is 08:00 WIB: the reminder is there when the working day starts.
    return [{ name: 'skm-sample-reminders', cron: '0 1 * * *', run: (now) => this.scan(now) }];
  }

  /** Sends the reminders due on `now`'s day in Indonesia; resolves with what the registry added. */
  async scan(now: Date): Promise<ReminderBatchResult & { surveys: number }> {
    const today = wibDate(now);
    // One statement: the running surveys in the window with their questionnaires (folded rollup plus unfolded deltas).
    const ending = await rows<EndingSurvey>(
      this.db,
      `SELECT s.id AS "surveyId", s.title, s.service_unit_id AS "serviceUnitId", s.mall_id AS "mallId",
              to_char(s.ends_on, 'YYYY-MM-DD') AS "endsOn", s.expected_users AS "expectedUsers",
         (coalesce((SELECT sum(r.answers) FROM skm.survey_rollup r
                    WHERE r.survey_id = s.id AND r.dimension = 'ALL' AND r.bucket = '' AND r.element_index = $3), 0)
        + coalesce((SELECT sum(d.answers) FROM skm.rollup_delta d
                    WHERE d.survey_id = s.id AND d.dimension = 'ALL' AND d.bucket = '' AND d.element_index = $3), 0))::int AS respondents
       FROM skm.surveys s
       WHERE s.starts_on <= $1::date AND s.ends_on BETWEEN $1::date AND $1::date + $2::int AND s.expected_users IS NOT NULL`,
      [today, SAMPLE_REMINDER_DAYS, RESPONDENT_ROW],
    );
    const reminders = ending.flatMap((survey) => {
      const reminder = sampleReminder(survey, today);
      return reminder ? [reminder] : [];
    });
    if (reminders.length === 0) return { surveys: 0, notifications: 0, emails: 0 };
    return { surveys: reminders.length, ...(await this.notifications.send(reminders)) };
  }
}

function sampleReminder(survey: EndingSurvey, today: string): ReminderRequest | null {
  const sample = sampleAdequacy(survey.expectedUsers, survey.respondents);
  const audience = surveyAudience(survey);
  if (sample.adequate || !audience) return null;
  const on = longDate(survey.endsOn);
  const left = daysUntil(today, survey.endsOn);
  return {
    kind: 'SKM_SAMPLE_SHORT',
    occasion: `skm-sample:${survey.surveyId}:${SAMPLE_REMINDER_DAYS}`,
    module: 'SKM',
    audience,
    title: { id: `Sampel ${survey.title} belum cukup`, en: `${survey.title} is short of its sample` },
    body: {
      id: `${survey.title} kurang ${sample.shortBy} responden (${survey.respondents} dari ${sample.required}). Periodenya berakhir ${on.id} (${left.id}); kumpulkan jawaban sebelum tanggal itu agar IKM-nya sah.`,
      en: `${survey.title} is ${sample.shortBy} respondents short (${survey.respondents} of ${sample.required}). Its period ends on ${on.en} (${left.en}); collect answers before then so its IKM stands.`,
    },
    url: surveyUrl(survey.surveyId),
  };
}
