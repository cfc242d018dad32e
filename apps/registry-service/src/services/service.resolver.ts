import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  Access,
  AuditEntryConnection,
  CurrentCaller,
  notFound,
  objectChangesLoader,
  type AuditEntry,
  type Connection,
  type SubgraphContext,
} from '@simpul/service-kit';
import { assertMayReadHistory, canReadServiceHistory } from '../access/history-access';
import { AUDIT_SCHEMA, registryHistory } from '../audit/registry-audit';
import { ServiceUnit } from '../units/service-unit.entity';
import { serviceUnitLoader } from '../units/service-unit.loader';
import { canEditUnit } from '../access/unit-access';
import { Service } from './service.entity';
import { CreateServiceInput, ServiceConnection, ServiceFilter, ServiceSort, UpdateServiceInput } from './service.input';
import { serviceLoader, type ListedService } from './service.loader';
import { ServiceService } from './service.service';
import { completenessOf, standardValues } from './standard/completeness';
import { StandardCompleteness, StandardComponentValue } from './standard/standard.types';

@Resolver(() => Service)
export class ServiceResolver {
  constructor(
    private readonly serviceService: ServiceService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('public')
  @Query(() => ServiceConnection, { description: 'Daftar jenis layanan, berhalaman' })
  services(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { nullable: true }) filter?: ServiceFilter,
    @Args('sort', { nullable: true }) sort?: ServiceSort,
  ): Promise<Connection<Service>> {
    return this.serviceService.list(first, after, filter, sort, caller);
  }

  @Access('public')
  @Query(() => Service, { nullable: true })
  service(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Service | null> {
    return this.serviceService.find(id, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => Service, { description: 'Admin nasional, atau desk unit itu sendiri' })
  createService(@Args('input') input: CreateServiceInput, @CurrentCaller() caller: Caller): Promise<Service> {
    return this.serviceService.create(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => Service)
  updateService(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateServiceInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Service> {
    return this.serviceService.update(id, input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => Service)
  archiveService(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Service> {
    return this.serviceService.archive(id, caller);
  }

  @ResolveField(() => ServiceUnit)
  async serviceUnit(@Parent() service: Service, @Context() context: SubgraphContext): Promise<ServiceUnit> {
    const unit = await serviceUnitLoader(context, this.dataSource).load(service.serviceUnitId);
    if (!unit) throw notFound('The unit of this service no longer exists.', 'Unit layanan ini tidak ada lagi.');
    return unit;
  }

  @ResolveField(() => [StandardComponentValue], { description: 'Selalu 14 komponen, urut sesuai peraturan' })
  standard(
    @Parent() service: Service | ListedService,
    @Context() context: SubgraphContext,
  ): StandardComponentValue[] | Promise<StandardComponentValue[]> {
    if (service.standard) return standardValues(service.standard);
    // A unit's list reads only the outline: the whole standard, batched, when a query asks for it.
    return serviceLoader(context, this.dataSource)
      .load(service.id)
      .then((stored) => standardValues(stored?.standard ?? {}));
  }

  @ResolveField(() => StandardCompleteness)
  completeness(@Parent() service: Service | ListedService): StandardCompleteness {
    return completenessOf(service.standard ? service.standard : service.outline);
  }

  @ResolveField(() => Boolean, { description: 'Apakah pemanggil boleh mengubah layanan ini' })
  canEdit(@Parent() service: Service, @Context() context: SubgraphContext): boolean {
    return canEditUnit(context.caller, service.serviceUnitId);
  }

  @ResolveField(() => AuditEntryConnection, {
    description: 'Riwayat perubahan layanan dan Standar Pelayanannya, terbaru dahulu (admin nasional dan desk unitnya)',
  })
  async changes(
    @Parent() service: Service,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    assertMayReadHistory(context.caller, canReadServiceHistory(context.caller, service));
    return registryHistory(await objectChangesLoader(context, this.dataSource, AUDIT_SCHEMA, 'Service', first, after).load(service.id));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }, context: SubgraphContext): Promise<Service | null> {
    return serviceLoader(context, this.dataSource).load(reference.id);
  }
}
