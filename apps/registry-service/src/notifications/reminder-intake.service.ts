import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReminderBatchResult, ReminderRequest } from '@simpul/contracts';
import { rows } from '@simpul/service-kit';
import { MailDelivery } from '../mail/mail-delivery.service';
import { enqueueMail } from '../mail/mail-outbox';
import { reminderMessage } from './reminder-mail';

interface NewNotification {
  email: string;
  name: string;
  wantsEmail: boolean;
}

/**
 * Takes reminders from the services: resolves the active people of each audience, adds one
 * notification per person and occasion (a repeat, or the same scan in a second replica, adds
 * nothing: the unique key decides, also between concurrent transactions), and queues an e-mail for
 * each new one unless the person turned that kind's e-mail off. All in one transaction, so a
 * notification and its e-mail exist together; delivery follows the commit.
 */
@Injectable()
export class ReminderIntake {
  constructor(
    private readonly db: DataSource,
    private readonly delivery: MailDelivery,
  ) {}

  async accept(reminders: readonly ReminderRequest[]): Promise<ReminderBatchResult> {
    const result = { notifications: 0, emails: 0 };
    const outboxIds: string[] = [];
    await this.db.transaction(async (manager) => {
      for (const reminder of reminders) {
        const added = await rows<NewNotification>(
          manager,
          `WITH recipients AS (
             SELECT u.id FROM registry.users u
             WHERE u.status = 'ACTIVE' AND (
               u.id = ANY($1::uuid[])
               OR (u.role = 'UNIT_DESK' AND u.service_unit_id = ANY($2::uuid[]))
               OR (u.role = 'MPP_OPERATOR' AND u.mall_id = ANY($3::uuid[]))
               OR ($4::boolean AND u.role = 'NATIONAL_ADMIN'))
           ), added AS (
             INSERT INTO registry.notifications (id, user_id, kind, occasion, module, title_id, title_en, body_id, body_en, url)
             SELECT gen_random_uuid(), r.id, $5, $6, $7, $8, $9, $10, $11, $12 FROM recipients r
             ON CONFLICT (user_id, occasion) DO NOTHING
             RETURNING user_id
           )
           SELECT u.email, u.display_name AS name, COALESCE(s.email, true) AS "wantsEmail"
           FROM added a JOIN registry.users u ON u.id = a.user_id
           LEFT JOIN registry.notification_settings s ON s.user_id = a.user_id AND s.kind = $5`,
          [
            reminder.audience.userIds ?? [],
            reminder.audience.serviceUnitIds ?? [],
            reminder.audience.mallIds ?? [],
            reminder.audience.nationalAdmins === true,
            reminder.kind,
            reminder.occasion,
            reminder.module,
            reminder.title.id,
            reminder.title.en,
            reminder.body.id,
            reminder.body.en,
            reminder.url,
          ],
        );
        result.notifications += added.length;
        for (const person of added.filter((row) => row.wantsEmail)) {
          outboxIds.push(await enqueueMail(manager, reminderMessage(person.email, person.name, reminder)));
        }
      }
    });
    result.emails = outboxIds.length;
    await this.delivery.deliver(outboxIds);
    return result;
  }
}
