import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { Service, serviceRef, ServiceUnit, serviceUnitRef } from '../federation/registry-refs';
import { Tenancy } from '../tenancies/tenancy.model';
import { TenancyService as TenancyLookup } from '../tenancies/tenancy.service';
import { AddTenancyServicesInput } from './tenancy-service.input';
import { TenancyService } from './tenancy-service.model';
import { TenancyServiceService } from './tenancy-service.service';

@Resolver(() => TenancyService)
export class TenancyServiceResolver {
  constructor(
    private readonly services: TenancyServiceService,
    private readonly tenancies: TenancyLookup,
  ) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => [TenancyService], {
    description: 'Memilih layanan dari registri untuk tenant, semua atau tidak sama sekali; layanan instansi lain ditolak (BAD_USER_INPUT)',
  })
  addTenancyServices(@Context() context: SubgraphContext, @Args('input') input: AddTenancyServicesInput): Promise<TenancyService[]> {
    return this.services.add(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => TenancyService, { description: 'Mengubah kuota harian layanan; kosong berarti tanpa kuota' })
  setServiceQuota(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('dailyQuota', { type: () => Int, nullable: true }) dailyQuota?: number | null,
  ): Promise<TenancyService> {
    return this.services.setQuota(context, id, dailyQuota);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Boolean, { description: 'Menghapus layanan dari tenant' })
  removeTenancyService(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.services.remove(context, id);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => [TenancyService], {
    description: 'Memeriksa ulang kelengkapan Standar Pelayanan ke registri; layanan siap dari tenant LIVE mulai dilayani',
  })
  refreshTenancyServices(
    @Context() context: SubgraphContext,
    @Args('tenancyId', { type: () => ID }) tenancyId: string,
  ): Promise<TenancyService[]> {
    return this.services.refresh(context, tenancyId);
  }

  @ResolveField(() => Service, { description: 'Layanan di registri (nama dan Standar Pelayanan diambil dari registri)' })
  service(@Parent() row: TenancyService): Service {
    return serviceRef(row.serviceId);
  }

  @ResolveField(() => ServiceUnit)
  serviceUnit(@Parent() row: TenancyService): ServiceUnit {
    return serviceUnitRef(row.serviceUnitId);
  }

  @ResolveField(() => Tenancy)
  async tenancy(@Parent() row: TenancyService, @Context() context: SubgraphContext): Promise<Tenancy> {
    return (await this.tenancies.loader(context).load(row.tenancyId)) as Tenancy;
  }
}
