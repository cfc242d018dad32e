import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { IppByProvince } from './ipp-by-province.model';
import { IppByProvinceService } from './ipp-by-province';

@Resolver(() => IppByProvince)
export class IppByProvinceResolver {
  constructor(private readonly figures: IppByProvinceService) {}

  @Access('public')
  @Query(() => IppByProvince, {
    description: 'Publik: rerata IPP per provinsi dan cohort dari siklus terbaru yang dipublikasikan (atau siklus tahun `year`)',
  })
  ippByProvince(@Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<IppByProvince> {
    return this.figures.figures(year);
  }
}
