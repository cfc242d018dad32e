import { forwardRef, Module } from '@nestjs/common';
import { RollupCompactor } from './rollup-compactor';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { SurveysModule } from '../surveys/surveys.module';

/** IKM results from the rollups, the public results page, and the compactor folding submitted counts in. */
@Module({
  imports: [forwardRef(() => SurveysModule), FollowUpsModule],
  providers: [ResultsService, RollupCompactor, ResultsResolver],
  exports: [ResultsService],
})
export class ResultsModule {}
