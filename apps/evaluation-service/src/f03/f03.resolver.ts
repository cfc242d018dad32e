import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Access, type SubgraphContext, type Connection, rowLoader, PageArgs, SignedInCaller } from '@simpul/service-kit';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import { PublicSurvey, SurveyLink, SurveyLinkConnection, SurveyStatus } from './f03.model';
import { F03Service } from './f03.service';

@Resolver(() => Lokus)
export class F03Resolver {
  constructor(
    private readonly f03: F03Service,
    private readonly dataSource: DataSource,
  ) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => [SurveyLink], { description: 'Desk unit itu sendiri (atau admin): terbitkan tautan F-03 sekali pakai' })
  issueSurveyLinks(
    @Args('lokusId', { type: () => ID }) lokusId: string,
    @Args('count', { type: () => Int }) count: number,
    @SignedInCaller() caller: Identity,
  ): Promise<SurveyLink[]> {
    return this.f03.issue(lokusId, count, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Query(() => SurveyLinkConnection, { description: 'Tautan F-03 yang sudah diterbitkan, urut terbit (untuk dicetak sebagai kode QR)' })
  surveyLinks(
    @Args('lokusId', { type: () => ID }) lokusId: string,
    @SignedInCaller() caller: Identity,
    @Args() page: PageArgs,
  ): Promise<Connection<SurveyLink>> {
    return this.f03.links(lokusId, caller, page);
  }

  @Access('public')
  @Query(() => PublicSurvey, { description: 'Publik, tanpa masuk: formulir F-03 untuk sebuah tautan' })
  publicSurvey(@Args('token') token: string): Promise<PublicSurvey> {
    return this.f03.publicSurvey(token);
  }

  @Access('public')
  @Mutation(() => Boolean, { description: 'Publik, anonim: kirim jawaban F-03 (null = dilewati); tautan yang sudah dipakai → CONFLICT' })
  submitSurveyResponse(
    @Args('token') token: string,
    @Args('answers', { type: () => [Int], nullable: 'items' }) answers: (number | null)[],
  ): Promise<boolean> {
    return this.f03.submit(token, answers);
  }

  @ResolveField(() => SurveyStatus, { nullable: true, description: 'Kemajuan survei F-03 (bukan untuk publik)' })
  async survey(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<SurveyStatus | null> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return null;
    return rowLoader(
      context,
      'lokus.survey',
      (ids) => this.f03.statusFor(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
  }
}
