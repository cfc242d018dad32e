import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Reminders from the services as notifications in the portal and e-mails, and each person's e-mail choices. */
@Module({
  imports: [MailModule],
  providers: [NotificationsResolver, NotificationsService],
})
export class NotificationsModule {}
