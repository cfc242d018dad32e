import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { KippAwardYear } from './award-counts.model';
import { AwardCountsService } from './award-counts';

@Resolver(() => KippAwardYear)
export class AwardCountsResolver {
  constructor(private readonly counts: AwardCountsService) {}

  @Access('public')
  @Query(() => [KippAwardYear], { description: 'Publik: jumlah pemenang KIPP (Top 45) dan Top 99 per tahun dari katalog, urut tahun' })
  kippAwardCounts(): Promise<KippAwardYear[]> {
    return this.counts.perYear();
  }
}
