import { Module } from '@nestjs/common';
import { JobsModule } from '@simpul/service-kit';
import { PhaseReminders } from './phase-reminders';

/** The evaluation service's background jobs (pg-boss in schema evaluation_jobs): phase deadline reminders. */
@Module({
  imports: [JobsModule.forRoot({ schema: 'evaluation_jobs', sources: [PhaseReminders] })],
  providers: [PhaseReminders],
  exports: [PhaseReminders],
})
export class RemindersModule {}
