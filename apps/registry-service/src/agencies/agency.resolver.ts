import { Args, Context, ID, Int, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Access, type Connection, type SubgraphContext } from '@simpul/service-kit';
import { Region } from '../regions/region.entity';
import { regionLoader } from '../regions/region.loader';
import { isUuid } from '../common/uuid';
import { Agency } from './agency.entity';
import { agencyLoader, agencyUnitCountLoader } from './agency.loader';
import { AgencyConnection, AgencyFilter, AgencySort } from './agency-query.input';
import { AgencyService } from './agency.service';

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(
    private readonly agencyService: AgencyService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('public')
  @Query(() => AgencyConnection, { description: 'Daftar instansi, berhalaman' })
  agencies(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { nullable: true }) filter?: AgencyFilter,
    @Args('sort', { nullable: true }) sort?: AgencySort,
  ): Promise<Connection<Agency>> {
    return this.agencyService.list(first, after, filter, sort);
  }

  @Access('public')
  @Query(() => Agency, { nullable: true })
  agency(@Args('id', { type: () => ID }) id: string): Promise<Agency | null> | null {
    return isUuid(id) ? this.agencyService.find(id) : null;
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() agency: Agency, @Context() context: SubgraphContext): Promise<Region | null> | null {
    return agency.regionCode ? regionLoader(context, this.dataSource).load(agency.regionCode) : null;
  }

  @ResolveField(() => Agency, { nullable: true })
  parent(@Parent() agency: Agency, @Context() context: SubgraphContext): Promise<Agency | null> | null {
    return agency.parentId ? agencyLoader(context, this.dataSource).load(agency.parentId) : null;
  }

  @ResolveField(() => Int, { description: 'Jumlah unit pelayanan aktif' })
  serviceUnitCount(@Parent() agency: Agency, @Context() context: SubgraphContext): Promise<number> {
    return agencyUnitCountLoader(context, this.dataSource).load(agency.id);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }, context: SubgraphContext): Promise<Agency | null> | null {
    return isUuid(reference.id) ? agencyLoader(context, this.dataSource).load(reference.id) : null;
  }
}
