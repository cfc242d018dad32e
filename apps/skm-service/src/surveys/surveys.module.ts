import { forwardRef, Module } from '@nestjs/common';
import { LinkService } from './link.service';
import { SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';
import { ResultsModule } from '../results/results.module';

/** Surveys, their one-time links and the public form. A survey shows its result, so it reads the results feature (which reads surveys back). */
@Module({
  imports: [forwardRef(() => ResultsModule)],
  providers: [SurveyService, LinkService, SurveyResolver],
  exports: [SurveyService, LinkService],
})
export class SurveysModule {}
