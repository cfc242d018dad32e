import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type SubgraphContext, listLoader } from '@simpul/service-kit';
import { F01Claim } from '../f01/f01.model';
import { EvidenceDocument } from './evidence.model';
import { EvidenceService } from './evidence.service';

/** F01Claim.evidence: the documents attached to the claim's indicator (the evidence feature's field on a claim). */
@Resolver(() => F01Claim)
export class F01ClaimResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @ResolveField(() => [EvidenceDocument], { description: 'Bukti dukung yang terlampir pada indikator ini' })
  async evidence(@Parent() claim: F01Claim, @Context() context: SubgraphContext): Promise<EvidenceDocument[]> {
    const found = await listLoader(
      context,
      'lokus.evidence',
      (ids) => this.evidenceService.attachmentsFor(ids),
      (row) => row.lokusId,
    ).load(claim.lokusId);
    return found.filter((row) => row.indicatorCode === claim.indicatorCode).map((row) => row.document);
  }
}
