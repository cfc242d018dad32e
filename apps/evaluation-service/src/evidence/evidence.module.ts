import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F01ClaimResolver } from './claim-evidence.resolver';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';

const EVIDENCE_RESOLVERS = [F01ClaimResolver, EvidenceResolver];

/** A unit's evidence documents (checked, stored once by content) and their links to F-01 claims. */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [EvidenceService, ...EVIDENCE_RESOLVERS],
  exports: [EvidenceService],
})
export class EvidenceModule {}
