import { Module } from '@nestjs/common';
import { RegionResolver } from './region.resolver';
import { RegionService } from './region.service';

/** Provinces and kabupaten/kota: reference data, the `Region` entity. */
@Module({
  providers: [RegionService, RegionResolver],
})
export class RegionsModule {}
