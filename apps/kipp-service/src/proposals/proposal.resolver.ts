import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { CatalogueService } from '../catalogue/catalogue.service';
import { Innovation } from '../catalogue/innovation.model';
import { Competition } from '../competitions/competition.model';
import { CompetitionService } from '../competitions/competition.service';
import { Agency, agencyRef, Region, regionRef } from '../federation/registry-refs';
import { ServiceUnit, serviceUnitRef } from '../federation/service-unit.model';
import { CreateProposalInput, ProposalFilter, SaveProposalInput } from './proposal.input';
import {
  DeskNotificationConnection,
  Proposal,
  ProposalAttachment,
  ProposalConnection,
  ProposalVersionConnection,
  StuckDrafts,
} from './proposal.model';
import { ProposalService } from './proposal.service';

/** Proposals and their own fields; selection fields are in selection/, attachment upload and download in attachments/. */
@Resolver(() => Proposal)
export class ProposalResolver {
  constructor(
    private readonly proposalService: ProposalService,
    private readonly competitions: CompetitionService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Access('signed-in')
  @Query(() => ProposalConnection, {
    description:
      'Proposal yang boleh dilihat pemanggil: desk unitnya, admin lokal instansinya, penilai yang ditugaskan, admin nasional semuanya',
  })
  proposals(
    @Context() context: SubgraphContext,
    @Args('filter', { nullable: true }) filter?: ProposalFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.proposalService.list(context, filter, first, after);
  }

  @Access('signed-in')
  @Query(() => Proposal, { nullable: true })
  proposal(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string) {
    return this.proposalService.find(context, id);
  }

  @Access('signed-in')
  @Query(() => StuckDrafts, {
    description:
      'Draf yang belum dikirim per instansi beserta batas pendaftaran (admin lokal: instansinya; admin nasional: semua atau satu instansi)',
  })
  stuckDrafts(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.proposalService.stuckDrafts(context, competitionId, agencyId, first, after);
  }

  @Access('UNIT_DESK')
  @Query(() => DeskNotificationConnection, {
    description: 'Pemberitahuan untuk desk unit (dikembalikan, hasil seleksi administrasi, gugur)',
  })
  myKippNotifications(
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.proposalService.notifications(context, first, after);
  }

  @Access('UNIT_DESK')
  @Mutation(() => Proposal, { description: 'Desk unit memulai draf proposal selama pendaftaran dibuka' })
  createProposal(@Context() context: SubgraphContext, @Args('input') input: CreateProposalInput) {
    return this.proposalService.create(context, input);
  }

  @Access('signed-in')
  @Mutation(() => Proposal, { description: 'Autosave draf: setiap simpan menjadi versi baru' })
  saveProposal(@Context() context: SubgraphContext, @Args('input') input: SaveProposalInput) {
    return this.proposalService.save(context, input);
  }

  @Access('signed-in')
  @Mutation(() => Proposal, { description: 'Membagikan draf ke admin lokal instansi' })
  shareProposal(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string) {
    return this.proposalService.share(context, id);
  }

  @Access('signed-in')
  @Mutation(() => Proposal, { description: 'Admin lokal mengembalikan draf ke desk dengan catatan' })
  returnProposal(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string, @Args('note') note: string) {
    return this.proposalService.returnToDesk(context, id, note);
  }

  @Access('signed-in')
  @Mutation(() => Proposal, {
    description:
      'Admin lokal mengirim proposal. CONFLICT bila pendaftaran sudah ditutup; BAD_USER_INPUT dengan extensions.reasons bila bagian kosong, usia inovasi kurang, kuota instansi penuh atau kelompok tidak memenuhi syarat',
  })
  submitProposal(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string) {
    return this.proposalService.submit(context, id);
  }

  @ResolveField(() => Competition)
  async competition(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<Competition | null> {
    return this.competitions.loader(context).load(proposal.competitionId);
  }

  @ResolveField(() => ServiceUnit)
  serviceUnit(@Parent() proposal: Proposal): ServiceUnit {
    return serviceUnitRef(proposal.serviceUnitId);
  }

  @ResolveField(() => Agency)
  agency(@Parent() proposal: Proposal): Agency {
    return agencyRef(proposal.agencyId);
  }

  @ResolveField(() => Region)
  region(@Parent() proposal: Proposal): Region {
    return regionRef(proposal.regionCode);
  }

  @ResolveField(() => Innovation, { nullable: true, description: 'Inovasi katalog yang direplikasi atau ditingkatkan' })
  sourceInnovation(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<Innovation | null> | null {
    return proposal.sourceInnovationId ? this.catalogue.loader(context).load(proposal.sourceInnovationId) : null;
  }

  @ResolveField(() => [ProposalAttachment])
  attachments(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<ProposalAttachment[]> {
    return this.proposalService.attachmentsLoader(context).load(proposal.id);
  }

  @ResolveField(() => ProposalVersionConnection, { description: 'Versi autosave, terbaru dahulu' })
  versions(
    @Parent() proposal: Proposal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.proposalService.versions(proposal.id, first, after);
  }
}
