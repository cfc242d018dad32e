import { Module } from '@nestjs/common';
import { JobsModule } from '@simpul/service-kit';
import { DraftReminders } from './draft-reminders';

/** The KIPP service's background jobs (pg-boss in schema kipp_jobs): reminders of drafts not yet submitted. */
@Module({
  imports: [JobsModule.forRoot({ schema: 'kipp_jobs', sources: [DraftReminders] })],
  providers: [DraftReminders],
  exports: [DraftReminders],
})
export class RemindersModule {}
