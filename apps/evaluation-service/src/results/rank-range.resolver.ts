import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '@simpul/service-kit';
import { RankRange } from './rank-range.model';
import { RankRangeService } from './rank-range.service';
import type { StoredResult } from './result.row';
import { LokusResult } from './results.model';

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
