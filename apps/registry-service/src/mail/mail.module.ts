import { Module } from '@nestjs/common';
import { MailDelivery } from './mail-delivery.service';

/** The outbox's delivery (right after the commit, then retried); the sender comes from RegistryOptionsModule. */
@Module({
  providers: [MailDelivery],
  exports: [MailDelivery],
})
export class MailModule {}
