import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CompetitionsModule } from '../competitions/competitions.module';
import { ProposalResolver } from './proposal.resolver';
import { ProposalService } from './proposal.service';

/** Proposals from draft to submission (versions, sharing, returns, desk notifications). */
@Module({
  imports: [AccessModule, CompetitionsModule, CatalogueModule],
  providers: [ProposalService, ProposalResolver],
  exports: [ProposalService],
})
export class ProposalsModule {}
