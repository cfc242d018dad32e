import { forwardRef, Module } from '@nestjs/common';
import { LinkService } from './link.service';
import { SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';
import { ResultsModule } from '../results/results.module';
import { HttpRegistryDirectory, REGISTRY_DIRECTORY } from '../public-results/registry-directory';

/** Surveys, their one-time links and the public form. A survey shows its result, so it reads the results feature (which reads surveys back). */
@Module({
  imports: [forwardRef(() => ResultsModule)],
  // The registry's unit names for the survey list's search (its own client: the public-results module reads surveys back).
  providers: [SurveyService, LinkService, SurveyResolver, { provide: REGISTRY_DIRECTORY, useFactory: () => new HttpRegistryDirectory() }],
  exports: [SurveyService, LinkService],
})
export class SurveysModule {}
