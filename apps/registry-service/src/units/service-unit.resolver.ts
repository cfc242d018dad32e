import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  Access,
  AuditEntryConnection,
  CurrentCaller,
  notFound,
  objectChangesLoader,
  validateFirst,
  type AuditEntry,
  type Connection,
  type SubgraphContext,
} from '@simpul/service-kit';
import { assertMayReadHistory, canReadUnitHistory } from '../access/history-access';
import { AUDIT_SCHEMA } from '../audit/registry-audit';
import { Agency } from '../agencies/agency.entity';
import { agencyLoader } from '../agencies/agency.loader';
import { Region } from '../regions/region.entity';
import { regionLoader } from '../regions/region.loader';
import { ServiceConnection } from '../services/service.input';
import { unitServicesLoader, type ListedService } from '../services/service.loader';
import { ExternalIds, ExternalSystem } from './external-ids';
import { ServiceUnit } from './service-unit.entity';
import {
  CreateServiceUnitInput,
  ServiceUnitConnection,
  ServiceUnitFilter,
  ServiceUnitSort,
  UpdateServiceUnitInput,
} from './service-unit.input';
import { serviceUnitLoader } from './service-unit.loader';
import { ServiceUnitService } from './service-unit.service';
import { canEditUnit } from '../access/unit-access';

@Resolver(() => ServiceUnit)
export class ServiceUnitResolver {
  constructor(
    private readonly units: ServiceUnitService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('public')
  @Query(() => ServiceUnitConnection, { description: 'Daftar unit pelayanan, berhalaman' })
  serviceUnits(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { nullable: true }) filter?: ServiceUnitFilter,
    @Args('sort', { nullable: true }) sort?: ServiceUnitSort,
  ): Promise<Connection<ServiceUnit>> {
    return this.units.list(first, after, filter, sort, caller);
  }

  @Access('public')
  @Query(() => ServiceUnit, { nullable: true })
  serviceUnit(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<ServiceUnit | null> {
    return this.units.find(id, caller);
  }

  @Access('public')
  @Query(() => ServiceUnit, { nullable: true, description: 'Cari unit dengan ID dari sistem nasional lain' })
  serviceUnitByExternalId(
    @Args('system', { type: () => ExternalSystem }) system: ExternalSystem,
    @Args('value') value: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ServiceUnit | null> {
    return this.units.findByExternalId(system, value, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => ServiceUnit, { description: 'Admin nasional' })
  createServiceUnit(@Args('input') input: CreateServiceUnitInput, @CurrentCaller() caller: Caller): Promise<ServiceUnit> {
    return this.units.create(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => ServiceUnit, { description: 'Admin nasional, atau desk unit itu sendiri' })
  updateServiceUnit(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateServiceUnitInput,
    @CurrentCaller() caller: Caller,
  ): Promise<ServiceUnit> {
    return this.units.update(id, input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => ServiceUnit, { description: 'Admin nasional' })
  archiveServiceUnit(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<ServiceUnit> {
    return this.units.archive(id, caller);
  }

  @ResolveField(() => Agency)
  async agency(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): Promise<Agency> {
    const agency = await agencyLoader(context, this.dataSource).load(unit.agencyId);
    if (!agency) throw notFound('The agency of this unit no longer exists.', 'Instansi unit ini tidak ada lagi.');
    return agency;
  }

  @ResolveField(() => Region)
  async region(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): Promise<Region> {
    const region = await regionLoader(context, this.dataSource).load(unit.regionCode);
    if (!region) throw notFound('The region of this unit no longer exists.', 'Wilayah unit ini tidak ada lagi.');
    return region;
  }

  @ResolveField(() => ExternalIds)
  externalIds(@Parent() unit: ServiceUnit): ExternalIds {
    return { sippn: unit.sippnId, pekppp: unit.pekpppId, sp4nLapor: unit.sp4nLaporId, sinovik: unit.sinovikId };
  }

  @ResolveField(() => ServiceConnection, { description: 'Layanan aktif unit ini (dibatch per permintaan)' })
  services(
    @Parent() unit: ServiceUnit,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ListedService>> {
    return unitServicesLoader(context, this.dataSource, validateFirst(first), after ?? null).load(unit.id);
  }

  @ResolveField(() => Boolean, { description: 'Apakah pemanggil boleh mengubah unit ini' })
  canEdit(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): boolean {
    return canEditUnit(context.caller, unit.id);
  }

  @ResolveField(() => AuditEntryConnection, {
    description: 'Riwayat perubahan unit, terbaru dahulu (admin nasional dan desk unit itu sendiri)',
  })
  changes(
    @Parent() unit: ServiceUnit,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    assertMayReadHistory(context.caller, canReadUnitHistory(context.caller, unit.id));
    return objectChangesLoader(context, this.dataSource, AUDIT_SCHEMA, 'ServiceUnit', first, after).load(unit.id);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }, context: SubgraphContext): Promise<ServiceUnit | null> {
    return serviceUnitLoader(context, this.dataSource).load(reference.id);
  }
}
