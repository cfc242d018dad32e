import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { IkmByProvince } from './ikm-by-province.model';
import { IkmByProvinceService } from './ikm-by-province';

@Resolver(() => IkmByProvince)
export class IkmByProvinceResolver {
  constructor(private readonly figures: IkmByProvinceService) {}

  @Access('public')
  @Query(() => IkmByProvince, {
    description: 'Publik: rerata IKM utama unit per provinsi dalam satu tahun (bawaan: tahun terbaru yang berisi hasil), untuk peta',
  })
  ikmByProvince(@Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<IkmByProvince> {
    return this.figures.byProvince(year);
  }
}
