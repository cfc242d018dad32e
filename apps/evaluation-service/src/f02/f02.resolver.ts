import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import DataLoader from 'dataloader';
import {
  Access,
  type Connection,
  type SubgraphContext,
  listLoader,
  emptyConnection,
  PageArgs,
  pageSize,
  SignedInCaller,
} from '@simpul/service-kit';
import { CycleService } from '../cycles/cycle.service';
import type { AssignmentRole } from '../evaluators/evaluator.model';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import {
  AddCommentInput,
  F02Score,
  FieldVerification,
  FieldVerificationInput,
  InterRaterAgreement,
  LokusScoringStatus,
  SaveScoreInput,
  SaveSecondScoreInput,
  ScoreComment,
  ScoreCommentConnection,
  SecondScore,
} from './f02.model';
import { F02Service } from './f02.service';
import { scoreVisibility } from '../access/score-visibility';

@Resolver(() => Lokus)
export class F02Resolver {
  constructor(
    private readonly f02: F02Service,
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
  ) {}

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => F02Score, {
    description: 'Evaluator utama yang ditugaskan (atau admin), tahap penilaian/verifikasi; versi usang → CONFLICT',
  })
  saveF02Score(@Args('input') input: SaveScoreInput, @SignedInCaller() caller: Identity): Promise<F02Score> {
    return this.f02.save(input, caller);
  }

  @Access('EVALUATOR')
  @Mutation(() => SecondScore, { description: 'Penilai kedua pada lokus sampel penilaian ganda' })
  saveSecondScore(@Args('input') input: SaveSecondScoreInput, @SignedInCaller() caller: Identity): Promise<SecondScore> {
    return this.f02.saveSecond(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR', 'UNIT_DESK')
  @Mutation(() => ScoreComment, { description: 'Desk unit, evaluator yang ditugaskan, atau admin; sampai hasil dibekukan' })
  addScoreComment(@Args('input') input: AddCommentInput, @SignedInCaller() caller: Identity): Promise<ScoreComment> {
    return this.f02.addComment(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => FieldVerification, { description: 'Evaluator utama yang ditugaskan (atau admin)' })
  recordFieldVerification(@Args('input') input: FieldVerificationInput, @SignedInCaller() caller: Identity): Promise<FieldVerification> {
    return this.f02.recordVerification(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => [InterRaterAgreement], { description: 'Admin nasional: kappa berbobot per pasangan evaluator' })
  interRaterAgreement(@Args('cycleId', { type: () => ID }) cycleId: string): Promise<InterRaterAgreement[]> {
    return this.f02.agreement(cycleId);
  }

  @ResolveField(() => [F02Score], {
    description:
      'Nilai F-02 resmi: admin; penilai utama; penilai kedua hanya setelah keduanya selesai menilai (penilaian buta); desk unit sejak masa sanggah dibuka; bukan untuk publik',
  })
  async scores(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<F02Score[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    if (!(await scoreVisibility(context, this.dataSource, this.cycles, lokus)).official) return [];
    const found = await listLoader(
      context,
      'lokus.scores',
      (ids) => this.f02.scoresFor(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
    return found.map((row) => this.f02.withDescriptor(row, lokus.instrumentId));
  }

  @ResolveField(() => [SecondScore], {
    description: 'Nilai penilai kedua: admin; penilai kedua melihat miliknya sendiri; penilai utama hanya setelah keduanya selesai menilai',
  })
  async secondScores(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<SecondScore[]> {
    if (context.caller?.role === 'UNIT_DESK' || !(await canSeeWork(context, this.dataSource, lokus))) return [];
    const visible = (await scoreVisibility(context, this.dataSource, this.cycles, lokus)).second;
    if (visible === 'NONE') return [];
    const found = await listLoader(
      context,
      'lokus.secondScores',
      (ids) => this.f02.secondScoresFor(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
    return visible === 'ALL' ? found : found.filter((row) => row.evaluatorId === context.caller?.userId);
  }

  @ResolveField(() => LokusScoringStatus, {
    nullable: true,
    description: 'Peran pemanggil pada lokus, apakah penilaian ganda masih buta, dan kemajuan kedua penilai (bukan untuk publik)',
  })
  async scoringStatus(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<LokusScoringStatus | null> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return null;
    const visible = await scoreVisibility(context, this.dataSource, this.cycles, lokus);
    return {
      role: visible.role as AssignmentRole | null,
      blind: visible.blind,
      evaluationVisible: visible.official,
      primaryScored: visible.primaryScored,
      secondScored: visible.secondScored,
      indicatorCount: visible.indicatorCount,
    };
  }

  @ResolveField(() => ScoreCommentConnection, { description: 'Komentar antara desk dan evaluator, terlama dahulu (bukan untuk publik)' })
  async comments(@Parent() lokus: Lokus, @Context() context: SubgraphContext, @Args() page: PageArgs): Promise<Connection<ScoreComment>> {
    const first = pageSize(page);
    if (!(await canSeeWork(context, this.dataSource, lokus))) return emptyConnection();
    // One loader per page shape: every lokus of a list asks for the same page, so they share one batch.
    const loader = context.loaders.get(
      `lokus.comments:${first}:${page.after ?? ''}`,
      () =>
        new DataLoader<string, Connection<ScoreComment>>(async (ids) => {
          const pages = await this.f02.commentPagesFor(ids, first, page.after);
          return ids.map((id) => pages.get(id) ?? emptyConnection<ScoreComment>());
        }),
    );
    return loader.load(lokus.id);
  }

  @ResolveField(() => [FieldVerification], {
    description: 'Temuan verifikasi lapangan: terlihat oleh siapa pun yang boleh melihat nilai F-02 resmi',
  })
  async fieldVerifications(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<FieldVerification[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    if (!(await scoreVisibility(context, this.dataSource, this.cycles, lokus)).official) return [];
    return listLoader(
      context,
      'lokus.verifications',
      (ids) => this.f02.verificationsFor(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
  }
}
