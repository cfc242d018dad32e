import { Module } from '@nestjs/common';
import { JobsModule } from '@simpul/service-kit';
import { RateBucketSweep } from '../submissions/rate-bucket-sweep';
import { FollowUpReminders } from './follow-up-reminders';
import { SampleReminders } from './sample-reminders';

/**
 * The SKM service's background jobs (pg-boss in schema skm_jobs): surveys short of their sample,
 * follow-ups past due, and the sweep of full rate buckets.
 */
@Module({
  imports: [JobsModule.forRoot({ schema: 'skm_jobs', sources: [SampleReminders, FollowUpReminders, RateBucketSweep] })],
  providers: [SampleReminders, FollowUpReminders, RateBucketSweep],
  exports: [SampleReminders, FollowUpReminders],
})
export class RemindersModule {}
