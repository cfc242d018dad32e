import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type SubgraphContext } from '@simpul/service-kit';
import { CatalogueService } from '../catalogue/catalogue.service';
import { DEFAULT_RULES } from '../competitions/eligibility-rules';
import { Innovation, InnovationEntry } from '../catalogue/innovation.model';
import { ShortlistTier } from '../selection/shortlist.model';
import { HistoricalAward, HistoricalAwardConnection, HistoricalAwardInput, KippAwardTier } from './award-tier.model';
import { AwardTierService, DEFAULT_WINNER_SIZE, tierName } from './award-tier.service';

/** The tiers past competitions used, and the awards an admin enters from their publications. */
@Resolver(() => KippAwardTier)
export class AwardTierResolver {
  constructor(private readonly tiers: AwardTierService) {}

  @Access('public')
  @Query(() => [KippAwardTier], {
    description: 'Tingkat pemenang tiap tahun (Top 9 pada 2014, Top 25 pada 2015, … Top 45 sejak 2019), terlama dahulu',
  })
  kippAwardTiers() {
    return this.tiers.list();
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => KippAwardTier, {
    description:
      'Mencatat tingkat pemenang yang dipakai kompetisi tahun lalu (mis. Top 25) dengan sumbernya; CONFLICT untuk kompetisi yang dijalankan di Simpul',
  })
  setKippAwardTier(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int }) year: number,
    @Args('winnerSize', { type: () => Int }) winnerSize: number,
    @Args('source') source: string,
  ) {
    return this.tiers.setTier(caller, year, winnerSize, source);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => HistoricalAwardConnection, { description: 'Penghargaan yang dimasukkan admin dari publikasi, tahun terbaru dahulu' })
  historicalAwards(@Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string) {
    return this.tiers.listHistorical(first, after);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => HistoricalAward, {
    description: 'Memasukkan penghargaan yang dipublikasikan di luar Simpul ke katalog (OFFICIAL, dengan sumber)',
  })
  recordHistoricalAward(@Context() context: SubgraphContext, @Args('input') input: HistoricalAwardInput) {
    return this.tiers.recordHistorical(context, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => HistoricalAward, { description: 'Memperbaiki penghargaan yang dimasukkan admin' })
  updateHistoricalAward(
    @Context() context: SubgraphContext,
    @Args('innovationId', { type: () => ID }) innovationId: string,
    @Args('input') input: HistoricalAwardInput,
  ) {
    return this.tiers.updateHistorical(context, innovationId, input);
  }
}

/** An innovation's best award by the name its year used ("Top 25" for a 2015 winner). */
@Resolver(() => Innovation)
export class InnovationTierResolver {
  constructor(
    private readonly tiers: AwardTierService,
    private readonly catalogue: CatalogueService,
  ) {}

  private async size(innovation: Innovation, context: SubgraphContext): Promise<number> {
    if (innovation.award !== ShortlistTier.TOP45) return DEFAULT_RULES.top99Size;
    const history = await this.catalogue.historyLoader(context).load(innovation.id);
    const year = history.filter((entry) => entry.award === ShortlistTier.TOP45).at(-1)?.year ?? innovation.latestYear;
    return (await this.tiers.tierLoader(context).load(String(year)))?.winnerSize ?? DEFAULT_WINNER_SIZE;
  }

  @ResolveField(() => Int, { description: 'Ukuran tingkat penghargaan tertinggi pada tahunnya (mis. 25)' })
  awardTierSize(@Parent() innovation: Innovation, @Context() context: SubgraphContext): Promise<number> {
    return this.size(innovation, context);
  }

  @ResolveField(() => String, { description: 'Nama penghargaan tertinggi pada tahunnya, mis. "Top 25" (2015) atau "Top 45"' })
  async awardName(@Parent() innovation: Innovation, @Context() context: SubgraphContext): Promise<string> {
    return tierName(await this.size(innovation, context));
  }
}

@Resolver(() => InnovationEntry)
export class InnovationEntryTierResolver {
  constructor(private readonly tiers: AwardTierService) {}

  @ResolveField(() => String, { description: 'Nama tingkat pada tahun itu, mis. "Top 25"' })
  async awardName(@Parent() entry: InnovationEntry, @Context() context: SubgraphContext): Promise<string> {
    if (entry.award !== ShortlistTier.TOP45) return tierName(DEFAULT_RULES.top99Size);
    return tierName((await this.tiers.tierLoader(context).load(String(entry.year)))?.winnerSize ?? DEFAULT_WINNER_SIZE);
  }
}
