import { Module } from '@nestjs/common';
import { JobsModule } from '@simpul/service-kit';
import { FollowUpReminders } from './follow-up-reminders';
import { SampleReminders } from './sample-reminders';

/** The SKM service's background jobs (pg-boss in schema skm_jobs): surveys short of their sample, follow-ups past due. */
@Module({
  imports: [JobsModule.forRoot({ schema: 'skm_jobs', sources: [SampleReminders, FollowUpReminders] })],
  providers: [SampleReminders, FollowUpReminders],
  exports: [SampleReminders, FollowUpReminders],
})
export class RemindersModule {}
