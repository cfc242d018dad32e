import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F01ClaimResolver } from './claim-evidence.resolver';
import { downloadLinkKey, DOWNLOAD_LINK_KEY } from './download/download-token';
import { EvidenceDownloadResolver } from './download/evidence-download.resolver';
import { EvidenceDownloadService } from './download/evidence-download.service';
import { EvidenceFileController } from './download/evidence-file.controller';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';

const EVIDENCE_RESOLVERS = [F01ClaimResolver, EvidenceResolver, EvidenceDownloadResolver];

/**
 * A unit's evidence documents (checked, stored once by content), their links to F-01 claims, and
 * opening them: a short-lived signed link (GraphQL) and the route that sends the file for it (REST).
 */
@Module({
  imports: [CyclesModule, AccessModule],
  controllers: [EvidenceFileController],
  providers: [
    EvidenceService,
    EvidenceDownloadService,
    // From INTERNAL_SECRET, read once at start-up like the internal-token middleware's.
    { provide: DOWNLOAD_LINK_KEY, useFactory: () => downloadLinkKey() },
    ...EVIDENCE_RESOLVERS,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
