import { Args, Context, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { Region } from './region.entity';
import { regionLoader } from './region.loader';
import { RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  constructor(
    private readonly regions: RegionService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('public')
  @Query(() => [Region], { description: 'Semua provinsi (38)' })
  provinces(): Promise<Region[]> {
    return this.regions.provinces();
  }

  @Access('public')
  @Query(() => [Region], { description: 'Kabupaten/kota dalam satu provinsi' })
  regencies(@Args('provinceCode') provinceCode: string): Promise<Region[]> {
    return this.regions.regencies(provinceCode);
  }

  @Access('public')
  @Query(() => Region, { nullable: true })
  region(@Args('code') code: string): Promise<Region | null> {
    return this.regions.region(code);
  }

  @ResolveField(() => Region, { nullable: true })
  parent(@Parent() region: Region, @Context() context: SubgraphContext): Promise<Region | null> | null {
    return region.parentCode ? regionLoader(context, this.dataSource).load(region.parentCode) : null;
  }

  @ResolveReference()
  resolveReference(reference: { code: string }, context: SubgraphContext): Promise<Region | null> {
    return regionLoader(context, this.dataSource).load(reference.code);
  }
}
