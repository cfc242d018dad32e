import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Access, type Connection, type SubgraphContext, listLoader, PageArgs, SignedInCaller } from '@simpul/service-kit';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import { Appeal, AppealConnection, AppealStatus, DecideAppealInput, FileAppealInput } from './appeal.model';
import { AppealService } from './appeal.service';

@Resolver(() => Lokus)
export class AppealResolver {
  constructor(
    private readonly appealService: AppealService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => Appeal, { description: 'Desk unit itu sendiri, tahap sanggah' })
  fileAppeal(@Args('input') input: FileAppealInput, @SignedInCaller() caller: Identity): Promise<Appeal> {
    return this.appealService.file(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => Appeal, {
    description: 'Evaluator utama yang ditugaskan (atau admin), tahap sanggah: nilai ulang atau tolak, dengan alasan',
  })
  decideAppeal(@Args('input') input: DecideAppealInput, @SignedInCaller() caller: Identity): Promise<Appeal> {
    return this.appealService.decide(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Query(() => AppealConnection, {
    description:
      'Sanggahan satu siklus, terbaru dahulu, boleh disaring menurut status: admin nasional semuanya, evaluator sanggahan lokus yang ditugaskan kepadanya',
  })
  cycleAppeals(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args() page: PageArgs,
    @SignedInCaller() caller: Identity,
    @Args('status', { type: () => AppealStatus, nullable: true }) status?: AppealStatus | null,
  ): Promise<Connection<Appeal>> {
    return this.appealService.forCycle(cycleId, status, page, caller);
  }

  @ResolveField(() => [Appeal], { description: 'Sanggahan lokus (bukan untuk publik)' })
  async appeals(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<Appeal[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    return listLoader(
      context,
      'lokus.appeals',
      (ids) => this.appealService.forLokus(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
  }
}
