import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { NotificationClient, rows, wibDate, type JobSource, type ServiceJob } from '@simpul/service-kit';
import { surveyUrl } from '../tasks/skm-task';
import { longDate } from './reminder-dates';
import { surveyAudience } from './reminder-audience';

interface LateFollowUp {
  followUpId: string;
  surveyId: string;
  surveyTitle: string;
  serviceUnitId: string | null;
  mallId: string | null;
  elementName: string;
  action: string;
  owner: string;
  dueOn: string;
}

/**
 * "Tindak lanjut lewat tenggat": every day, each follow-up plan neither done nor cancelled whose due
 * date has passed is sent to the registry for its unit's desks. The occasion carries the due date
 * (`follow-up:<id>:<YYYY-MM-DD>`): once per plan and date, again only if the plan is given a new
 * date and misses that one too.
 */
@Injectable()
export class FollowUpReminders implements JobSource {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationClient,
  ) {}

  jobs(): ServiceJob[] {
    return [{ name: 'follow-up-overdue-reminders', cron: '0 1 * * *', run: (now) => this.scan(now) }];
  }

  /** Sends the reminders due on `now`'s day in Indonesia; resolves with what the registry added. */
  async scan(now: Date): Promise<ReminderBatchResult & { followUps: number }> {
    const late = await rows<LateFollowUp>(
      this.db,
      `SELECT f.id AS "followUpId", s.id AS "surveyId", s.title AS "surveyTitle", s.service_unit_id AS "serviceUnitId", s.mall_id AS "mallId",
              f.action, f.owner, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn",
              coalesce((SELECT e->>'name' FROM jsonb_array_elements(s.elements) e WHERE e->>'code' = f.element_code LIMIT 1), f.element_code) AS "elementName"
       FROM skm.follow_ups f JOIN skm.surveys s ON s.id = f.survey_id
       WHERE f.status IN ('PLANNED', 'IN_PROGRESS') AND f.due_on < $1::date`,
      [wibDate(now)],
    );
    const reminders = late.flatMap((followUp) => {
      const reminder = followUpReminder(followUp);
      return reminder ? [reminder] : [];
    });
    if (reminders.length === 0) return { followUps: 0, notifications: 0, emails: 0 };
    return { followUps: reminders.length, ...(await this.notifications.send(reminders)) };
  }
}

function followUpReminder(followUp: LateFollowUp): ReminderRequest | null {
  const audience = surveyAudience(followUp);
  if (!audience) return null;
  const due = longDate(followUp.dueOn);
  return {
    kind: 'FOLLOW_UP_OVERDUE',
    occasion: `follow-up:${followUp.followUpId}:${followUp.dueOn}`,
    module: 'SKM',
    audience,
    title: { id: `Tindak lanjut SKM lewat tenggat: ${followUp.elementName}`, en: `SKM follow-up past its date: ${followUp.elementName}` },
    body: {
      id: `Rencana tindak lanjut ${followUp.surveyTitle} untuk unsur ${followUp.elementName} ("${followUp.action}", penanggung jawab ${followUp.owner}) bertenggat ${due.id} dan belum selesai. Catat hasilnya atau tetapkan tenggat baru.`,
      en: `The follow-up plan of ${followUp.surveyTitle} for ${followUp.elementName} ("${followUp.action}", responsible: ${followUp.owner}) was due on ${due.en} and is not done. Record its outcome or set a new date.`,
    },
    url: surveyUrl(followUp.surveyId),
  };
}
