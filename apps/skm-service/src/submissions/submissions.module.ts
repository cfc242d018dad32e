import { Module } from '@nestjs/common';
import { PublicResponsesController } from './public-responses.controller';
import { SubmissionResolver } from './submission.resolver';
import { SubmissionService } from './submission.service';
import { SurveysModule } from '../surveys/surveys.module';

/** The public write path: `submitSkmResponses` and POST /public/responses, one service behind both. */
@Module({
  imports: [SurveysModule],
  controllers: [PublicResponsesController],
  providers: [SubmissionService, SubmissionResolver],
})
export class SubmissionsModule {}
