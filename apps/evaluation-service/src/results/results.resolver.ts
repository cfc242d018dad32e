import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller, Identity } from '@simpul/contracts';
import { DataSource } from 'typeorm';
import {
  Access,
  CurrentCaller,
  type Connection,
  type SubgraphContext,
  listLoader,
  rowLoader,
  PageArgs,
  pageSize,
  SignedInCaller,
} from '@simpul/service-kit';
import { cohortLabel } from '../cohorts/cohort-label';
import { Cohort } from '../cohorts/cohort.model';
import { CycleService } from '../cycles/cycle.service';
import { scoreVisibility } from '../access/score-visibility';
import { Lokus } from '../lokus/lokus.model';
import type { StoredResult } from './result.row';
import { pageOfFigures } from './aggregate-page';
import { AggregateOrder, orderFigures } from './aggregate-order';
import {
  AggregateFigure,
  AggregateFigureConnection,
  CorrectResultInput,
  CycleAggregates,
  ResultBasis,
  IppExplanation,
  LokusResult,
  LokusResultConnection,
  RecomputeReport,
  TrendPointInfo,
} from './results.model';
import { ResultsService } from './results.service';

@Resolver(() => Lokus)
export class ResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
  ) {}

  /** A second rater sees no totals while the double rating is blind (access/score-visibility.ts). */
  private async blindRater(lokus: Lokus, context: SubgraphContext): Promise<boolean> {
    return context.caller?.role === 'EVALUATOR' && !(await scoreVisibility(context, this.dataSource, this.cycles, lokus)).official;
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => RecomputeReport, {
    description: 'Admin nasional, tahap verifikasi/sanggah/finalisasi: hitung ulang IPP dan peringkat seluruh siklus dalam satu transaksi',
  })
  recomputeCycleResults(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @SignedInCaller() caller: Identity,
  ): Promise<RecomputeReport> {
    return this.results.recompute(cycleId, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => LokusResult, { description: 'Admin nasional, sesudah finalisasi: versi hasil baru dengan alasan' })
  correctResult(@Args('input') input: CorrectResultInput, @SignedInCaller() caller: Identity): Promise<StoredResult> {
    return this.results.correct(input, caller);
  }

  @Access('public')
  @Query(() => LokusResultConnection, {
    description: 'Hasil IPP satu siklus per cohort lalu peringkat: publik bila sudah dipublikasikan, selain itu sesuai wewenang',
  })
  cycleResults(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('cohort', { type: () => String, nullable: true }) cohort?: string | null,
  ): Promise<Connection<StoredResult>> {
    return this.results.list(cycleId, caller, cohort, page);
  }

  @Access('public')
  @Query(() => [Cohort], { description: 'Cohort yang memiliki hasil dalam satu siklus (untuk saringan), dengan namanya, sesuai wewenang' })
  async cycleCohorts(@Args('cycleId', { type: () => ID }) cycleId: string, @CurrentCaller() caller: Caller): Promise<Cohort[]> {
    return (await this.results.cohorts(cycleId, caller)).map(cohortLabel);
  }

  @Access('public')
  @Query(() => LokusResultConnection, {
    description: 'Peringkat satu cohort (mis. PROVINCE:SAMSAT), peringkat 1 dahulu: publik bila sudah dipublikasikan, selain itu admin',
  })
  cohortRanking(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('cohort') cohort: string,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<Connection<StoredResult>> {
    return this.results.cohortRanking(cycleId, cohort, caller, page);
  }

  @Access('public')
  @Query(() => CycleAggregates, { description: 'Agregat instansi, provinsi, nasional: publik bila sudah dipublikasikan, selain itu admin' })
  cycleAggregates(@Args('cycleId', { type: () => ID }) cycleId: string, @CurrentCaller() caller: Caller): Promise<CycleAggregates> {
    return this.results.aggregates(cycleId, caller);
  }

  @Access('public')
  @Query(() => [TrendPointInfo], { description: 'IPP nasional per tahun: angka resmi (2017–2021) dan hasil siklus yang dipublikasikan' })
  nationalIppTrend(): Promise<TrendPointInfo[]> {
    return this.results.nationalTrend();
  }

  @ResolveField(() => LokusResult, { nullable: true, description: 'Hasil terkini (versi terakhir)' })
  async result(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<StoredResult | null> {
    if (await this.blindRater(lokus, context)) return null;
    const found = await listLoader(
      context,
      'lokus.result',
      (ids) => this.results.currentFor(ids, context.caller),
      (row) => row.lokusId,
    ).load(lokus.id);
    return found[0] ?? null;
  }

  @ResolveField(() => [LokusResult], { description: 'Semua versi hasil, termasuk koreksi dan alasannya' })
  async resultHistory(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<StoredResult[]> {
    if (await this.blindRater(lokus, context)) return [];
    return listLoader(
      context,
      'lokus.resultHistory',
      (ids) => this.results.historyFor(ids, context.caller),
      (row) => row.lokusId,
    ).load(lokus.id);
  }
}

@Resolver(() => CycleAggregates)
export class CycleAggregatesResolver {
  @ResolveField(() => AggregateFigureConnection, { description: 'Per instansi, berhalaman; urut nama kecuali diminta lain' })
  instansi(
    @Parent() aggregates: CycleAggregates,
    @Args() page: PageArgs,
    @Args('order', { type: () => AggregateOrder, nullable: true }) order?: AggregateOrder | null,
  ): Connection<AggregateFigure> {
    return pageOfFigures(orderFigures(aggregates.instansiFigures, order), pageSize(page), page.after);
  }
}

@Resolver(() => LokusResult)
export class LokusResultResolver {
  constructor(private readonly results: ResultsService) {}

  @ResolveField(() => IppExplanation, {
    nullable: true,
    description: 'Rumus, masukan dan langkah perhitungan (dimuat hanya bila diminta); null pada angka agregat yang dipublikasikan',
  })
  async explanation(@Parent() result: StoredResult, @Context() context: SubgraphContext): Promise<IppExplanation | null> {
    if (result.basis === ResultBasis.PUBLISHED_AGGREGATE) return null;
    const found = await rowLoader(
      context,
      'result.explanation',
      (ids) => this.results.explanations(ids),
      (row) => row.id,
    ).load(result.id);
    if (!found) throw new Error(`result ${result.id} has no explanation`);
    return found.explanation;
  }
}
