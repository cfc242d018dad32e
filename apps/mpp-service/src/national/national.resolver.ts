import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type Connection } from '@simpul/service-kit';
import { MallTenantCount, MallTenantCountConnection, NationalMallOverview } from './national.model';
import { NationalService } from './national.service';

@Resolver(() => NationalMallOverview)
export class NationalResolver {
  constructor(private readonly national: NationalService) {}

  // Public since issue #16 (the front door's MPP growth): counts and the published series hold nothing
  // private; the list of malls below shows the public only what `mall(id)` shows it.
  @Access('public')
  @Query(() => NationalMallOverview, {
    description:
      'Publik: MPP per provinsi dan dari waktu ke waktu, aktif vs usulan, tenant dan layanan per MPP (publik: hanya MPP aktif dan tenant LIVE)',
  })
  nationalMallOverview(): Promise<NationalMallOverview> {
    return this.national.overview();
  }

  @ResolveField(() => MallTenantCountConnection, { description: 'Tenant dan layanan per MPP, berhalaman, layanan LIVE terbanyak dahulu' })
  malls(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @CurrentCaller() caller?: Caller,
  ): Promise<Connection<MallTenantCount>> {
    return this.national.malls(first, after, caller?.role === 'NATIONAL_ADMIN' ? 'all' : 'public');
  }
}
