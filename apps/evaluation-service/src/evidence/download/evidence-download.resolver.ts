import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Identity } from '@simpul/contracts';
import { Access, SignedInCaller } from '@simpul/service-kit';
import { EvidenceDownloadLink } from './download-link.model';
import { EvidenceDownloadService } from './evidence-download.service';

@Resolver()
export class EvidenceDownloadResolver {
  constructor(private readonly downloads: EvidenceDownloadService) {}

  // A mutation: each call mints a new credential, which no client or cache should replay.
  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Mutation(() => EvidenceDownloadLink, {
    description:
      'Tautan unduh dua menit untuk desk unit pemiliknya, admin nasional, dan evaluator yang ditugaskan pada lokus yang memakai dokumen itu',
  })
  evidenceDownloadLink(
    @Args('documentId', { type: () => ID }) documentId: string,
    @SignedInCaller() caller: Identity,
  ): Promise<EvidenceDownloadLink> {
    return this.downloads.link(documentId, caller);
  }
}
