import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ClientKeyMiddleware } from '../common/client-key';
import { CompetitionsModule } from '../competitions/competitions.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { AdminSelectionService } from './admin-selection.service';
import { AssessmentService } from './assessment.service';
import { ObjectionService } from './objection.service';
import { ProposalSelectionResolver } from './proposal-selection.resolver';
import { SelectionResolver } from './selection.resolver';
import { ShortlistService } from './shortlist.service';
import { VerificationService } from './verification.service';

/** The funnel after submission: administrative check, assessment, Top 99, objections, field verification, Top 45. */
@Module({
  imports: [AccessModule, CompetitionsModule, ProposalsModule],
  providers: [
    AdminSelectionService,
    AssessmentService,
    ShortlistService,
    ObjectionService,
    VerificationService,
    SelectionResolver,
    ProposalSelectionResolver,
  ],
})
export class SelectionModule implements NestModule {
  /** Anonymous objections are rate-limited per client, so every request keeps its hashed client key. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ClientKeyMiddleware).forRoutes('*');
  }
}
