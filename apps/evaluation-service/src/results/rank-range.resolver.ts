import { Injectable } from '@nestjs/common';
import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CacheInvalidation, listLoader, type SubgraphContext } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { RANKING_TOPIC } from './ranking-cache';
import { RankRange } from './rank-range.model';
import { cohortKey, loadCohortUncertainty, PublishedRanges, type RankUncertainty } from './rank-uncertainty';
import type { StoredResult } from './result.row';
import { LokusResult } from './results.model';

/** Rank ranges by cohort; published cohorts are kept per replica and cleared with their rankings. */
@Injectable()
export class RankRangeService {
  private readonly published = new PublishedRanges();

  constructor(
    private readonly dataSource: DataSource,
    invalidation: CacheInvalidation,
  ) {
    invalidation.subscribe(RANKING_TOPIC, (cycleId) => this.published.clearCycle(cycleId));
  }

  async forResult(result: StoredResult, context: SubgraphContext): Promise<RankUncertainty | null> {
    if (!result.current || result.rank === null) return null;
    const cohort = await listLoader(
      context,
      'result.rankRange',
      (keys) =>
        loadCohortUncertainty(
          this.dataSource,
          keys.map((key) => {
            const at = key.indexOf('|');
            return { cycleId: key.slice(0, at), cohort: key.slice(at + 1) };
          }),
          this.published,
        ),
      (row) => row.cohortKey,
    ).load(cohortKey(result.cycleId, result.cohort));
    return cohort.find((row) => row.resultId === result.id) ?? null;
  }
}

/**
 * How exact a rank is (docs/rank-ranges.md): the whole cohort of every result on a page is read in
 * one statement, whatever the page size.
 */
@Resolver(() => LokusResult)
export class RankRangeResolver {
  constructor(private readonly ranges: RankRangeService) {}

  @ResolveField(() => RankRange, {
    nullable: true,
    description: 'Rentang peringkat yang didukung angka ("3–6"); null bila hasil tidak berperingkat atau bukan versi terkini',
  })
  async rankRange(@Parent() result: StoredResult, @Context() context: SubgraphContext): Promise<RankRange | null> {
    const found = await this.ranges.forResult(result, context);
    return found && { best: found.best, worst: found.worst };
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Benar bila peringkat tidak pasti: hasil lain dalam cohort tidak dapat dibedakan darinya (best < worst)',
  })
  async rankIsUncertain(@Parent() result: StoredResult, @Context() context: SubgraphContext): Promise<boolean | null> {
    return (await this.ranges.forResult(result, context))?.uncertain ?? null;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Setengah lebar selang indeks: pembulatan 0,005 ditambah margin 95 % sampel F-03',
  })
  async indexMargin(@Parent() result: StoredResult, @Context() context: SubgraphContext): Promise<number | null> {
    return (await this.ranges.forResult(result, context))?.margin ?? null;
  }
}
