import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { OmbudsmanZoneMap } from './ombudsman-zones.model';
import { OmbudsmanZonesService } from './ombudsman-zones';

@Resolver(() => OmbudsmanZoneMap)
export class OmbudsmanZonesResolver {
  constructor(private readonly zones: OmbudsmanZonesService) {}

  @Access('public')
  @Query(() => OmbudsmanZoneMap, {
    description: 'Publik: jumlah instansi per zona Ombudsman, nasional dan per provinsi, dalam satu tahun (bawaan: tahun terbaru)',
  })
  ombudsmanZonesByProvince(@Args('year', { type: () => Int, nullable: true }) year?: number | null): Promise<OmbudsmanZoneMap> {
    return this.zones.zones(year);
  }
}
