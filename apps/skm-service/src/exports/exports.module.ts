import { Module } from '@nestjs/common';
import { PublicResultsModule } from '../public-results/public-results.module';
import { ResultsModule } from '../results/results.module';
import { SurveysModule } from '../surveys/surveys.module';
import { SkmExportResolver } from './skm-export.resolver';
import { SkmExportService } from './skm-export.service';

/** Downloads of a survey's result (per element, per service, per respondent profile). */
@Module({
  imports: [SurveysModule, ResultsModule, PublicResultsModule],
  providers: [SkmExportService, SkmExportResolver],
})
export class ExportsModule {}
