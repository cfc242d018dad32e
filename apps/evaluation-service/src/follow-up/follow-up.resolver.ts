import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@simpul/contracts';
import { Access, listLoader, PageArgs, SignedInCaller, type Connection, type SubgraphContext } from '@simpul/service-kit';
import {
  CloseFollowUpActionInput,
  FollowUpAction,
  FollowUpPlan,
  FollowUpPlanConnection,
  FollowUpPlanStatus,
  FollowUpQuickWin,
  ReportFollowUpProgressInput,
  ReviewFollowUpPlanInput,
  SaveFollowUpActionInput,
} from './follow-up.model';
import { FollowUpReadsService } from './follow-up-reads.service';
import { FollowUpReviewService } from './follow-up-review.service';
import { FollowUpService } from './follow-up.service';

@Resolver(() => FollowUpPlan)
export class FollowUpResolver {
  constructor(
    private readonly plans: FollowUpService,
    private readonly review: FollowUpReviewService,
    private readonly reads: FollowUpReadsService,
  ) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => FollowUpPlan, {
    nullable: true,
    description: 'RTL atas hasil satu lokus: desk unit itu, evaluator unit itu, admin; null bila belum ada',
  })
  followUpPlan(@Args('lokusId', { type: () => ID }) lokusId: string, @SignedInCaller() caller: Identity): Promise<FollowUpPlan | null> {
    return this.plans.planForLokus(lokusId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => FollowUpPlanConnection, {
    description: 'RTL yang boleh dilihat pemanggil, terbaru dahulu; status SUBMITTED = antrean pemeriksaan evaluator/admin',
  })
  followUpPlans(
    @Args() page: PageArgs,
    @SignedInCaller() caller: Identity,
    @Args('status', { type: () => FollowUpPlanStatus, nullable: true }) status?: FollowUpPlanStatus | null,
  ): Promise<Connection<FollowUpPlan>> {
    return this.reads.list(caller, status, page);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => [FollowUpQuickWin], { description: 'Saran langkah cepat untuk RTL dari analisis kesenjangan (nilai F-02)' })
  followUpQuickWins(@Args('planId', { type: () => ID }) planId: string, @SignedInCaller() caller: Identity): Promise<FollowUpQuickWin[]> {
    return this.plans.quickWins(planId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => FollowUpPlan, {
    description: 'Desk unit itu: draf RTL atas hasil yang sudah dipublikasikan, diisi dari langkah berikutnya rapor',
  })
  createFollowUpPlan(@Args('lokusId', { type: () => ID }) lokusId: string, @SignedInCaller() caller: Identity): Promise<FollowUpPlan> {
    return this.plans.create(lokusId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => FollowUpAction, { description: 'Desk: tambah atau ubah aksi selama rencana berstatus draf atau dikembalikan' })
  saveFollowUpAction(@Args('input') input: SaveFollowUpActionInput, @SignedInCaller() caller: Identity): Promise<FollowUpAction> {
    return this.plans.saveAction(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => FollowUpPlan, { description: 'Desk: hapus aksi dari draf' })
  removeFollowUpAction(@Args('actionId', { type: () => ID }) actionId: string, @SignedInCaller() caller: Identity): Promise<FollowUpPlan> {
    return this.plans.removeAction(actionId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => FollowUpPlan, { description: 'Desk: ajukan rencana; setiap aksi perlu penanggung jawab dan tenggat' })
  submitFollowUpPlan(@Args('planId', { type: () => ID }) planId: string, @SignedInCaller() caller: Identity): Promise<FollowUpPlan> {
    return this.plans.submit(planId, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => FollowUpPlan, { description: 'Evaluator unit itu atau admin: terima, atau kembalikan dengan catatan' })
  reviewFollowUpPlan(@Args('input') input: ReviewFollowUpPlanInput, @SignedInCaller() caller: Identity): Promise<FollowUpPlan> {
    return this.review.review(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => FollowUpAction, { description: 'Desk: aksi rencana yang diterima sedang berjalan, dengan bukti sejauh ini' })
  reportFollowUpProgress(@Args('input') input: ReportFollowUpProgressInput, @SignedInCaller() caller: Identity): Promise<FollowUpAction> {
    return this.review.reportProgress(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => FollowUpAction, {
    description: 'Evaluator unit itu atau admin: tutup aksi, selesai (dengan bukti) atau dibatalkan (dengan alasan)',
  })
  closeFollowUpAction(@Args('input') input: CloseFollowUpActionInput, @SignedInCaller() caller: Identity): Promise<FollowUpAction> {
    return this.review.close(input, caller);
  }

  @ResolveField(() => [FollowUpAction], { description: `Aksi rencana, menurut urutan (paling banyak 40)` })
  actions(@Parent() plan: FollowUpPlan, @Context() context: SubgraphContext): Promise<FollowUpAction[]> {
    return listLoader(
      context,
      'followUp.actions',
      (ids) => this.reads.actionsFor(ids),
      (row) => row.planId,
    ).load(plan.id);
  }
}
