import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { MallGrowth } from './mall-growth.model';
import { MallGrowthService } from './mall-growth';

@Resolver(() => MallGrowth)
export class MallGrowthResolver {
  constructor(private readonly growth: MallGrowthService) {}

  @Access('public')
  @Query(() => MallGrowth, { description: 'Publik: jumlah MPP per tahun, angka resmi (dengan sumber) dan yang tercatat di Simpul' })
  mallGrowth(): Promise<MallGrowth> {
    return this.growth.growth();
  }
}
