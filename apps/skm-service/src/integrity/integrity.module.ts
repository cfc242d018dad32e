import { Module } from '@nestjs/common';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';
import { SurveysModule } from '../surveys/surveys.module';

/** Flagged answers and paper batches, and the review that keeps or excludes them. */
@Module({
  imports: [SurveysModule],
  providers: [ReviewService, ReviewResolver],
})
export class IntegrityModule {}
