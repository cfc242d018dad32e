import { Module } from '@nestjs/common';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';
import { SurveysModule } from '../surveys/surveys.module';

/** Paper forms: CSV/XLSX through GraphQL and the streamed POST /imports/:surveyId. */
@Module({
  imports: [SurveysModule],
  controllers: [ImportController],
  providers: [ImportService, ImportResolver],
})
export class ImportsModule {}
