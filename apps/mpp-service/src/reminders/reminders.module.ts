import { Module } from '@nestjs/common';
import { JobsModule } from '@simpul/service-kit';
import { AgreementReminders } from './agreement-reminders';

/** The MPP service's background jobs (pg-boss in schema mpp_jobs): reminders of PKS about to end. */
@Module({
  imports: [JobsModule.forRoot({ schema: 'mpp_jobs', sources: [AgreementReminders] })],
  providers: [AgreementReminders],
  exports: [AgreementReminders],
})
export class RemindersModule {}
