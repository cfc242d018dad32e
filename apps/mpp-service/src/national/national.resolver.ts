import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type Connection } from '@simpul/service-kit';
import { MallTenantCount, MallTenantCountConnection, NationalMallOverview } from './national.model';
import { NationalService } from './national.service';

@Resolver(() => NationalMallOverview)
export class NationalResolver {
  constructor(private readonly national: NationalService) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => NationalMallOverview, {
    description: 'Admin nasional: MPP per provinsi dan dari waktu ke waktu, aktif vs usulan, tenant dan layanan per MPP',
  })
  nationalMallOverview(): Promise<NationalMallOverview> {
    return this.national.overview();
  }

  @ResolveField(() => MallTenantCountConnection, { description: 'Tenant dan layanan per MPP, berhalaman, layanan LIVE terbanyak dahulu' })
  malls(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<MallTenantCount>> {
    return this.national.malls(first, after);
  }
}
