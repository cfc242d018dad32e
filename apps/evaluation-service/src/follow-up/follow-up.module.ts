import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { ReportsModule } from '../reports/reports.module';
import { LokusFollowUpResolver, ReportCardFollowUpResolver } from './follow-up-refs.resolver';
import { FollowUpReadsService } from './follow-up-reads.service';
import { FollowUpReviewService } from './follow-up-review.service';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';

/**
 * Follow-up plans (RTL) on published results: the desk drafts from its rapor, the evaluator or admin
 * accepts and closes actions, the next F-01 and the public rapor show what was done. Rules in access/follow-up-access.ts.
 */
@Module({
  imports: [AccessModule, CyclesModule, ReportsModule],
  providers: [
    FollowUpService,
    FollowUpReviewService,
    FollowUpReadsService,
    FollowUpResolver,
    LokusFollowUpResolver,
    ReportCardFollowUpResolver,
  ],
})
export class FollowUpModule {}
