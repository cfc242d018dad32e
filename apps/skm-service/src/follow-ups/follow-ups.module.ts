import { forwardRef, Module } from '@nestjs/common';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { SurveysModule } from '../surveys/surveys.module';

/** Follow-up plans per survey element. */
@Module({
  imports: [forwardRef(() => SurveysModule)],
  providers: [FollowUpService, FollowUpResolver],
  exports: [FollowUpService],
})
export class FollowUpsModule {}
