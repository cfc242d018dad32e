import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderIntake } from './reminder-intake.service';

/** Reminders from the services as notifications in the portal and e-mails, and each person's e-mail choices. */
@Module({
  imports: [MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsResolver, NotificationsService, ReminderIntake],
})
export class NotificationsModule {}
