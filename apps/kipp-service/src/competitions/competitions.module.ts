import { Module } from '@nestjs/common';
import { CompetitionResolver } from './competition.resolver';
import { CompetitionService } from './competition.service';

/** Competitions: groups, categories, eligibility rules, the stage calendar and rubrics. */
@Module({
  providers: [CompetitionService, CompetitionResolver],
  exports: [CompetitionService],
})
export class CompetitionsModule {}
