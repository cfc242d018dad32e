import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { IkmDistribution } from './ikm-distribution.model';
import { IkmDistributionService } from './ikm-distribution';

@Resolver(() => IkmDistribution)
export class IkmDistributionResolver {
  constructor(private readonly figures: IkmDistributionService) {}

  @Access('public')
  @Query(() => IkmDistribution, {
    description:
      'Publik: jumlah unit per mutu IKM A–D dari IKM utama setiap unit dalam satu tahun (bawaan: tahun terbaru yang berisi hasil)',
  })
  ikmDistribution(@Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<IkmDistribution> {
    return this.figures.distribution(year);
  }
}
