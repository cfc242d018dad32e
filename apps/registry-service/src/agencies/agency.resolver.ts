import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  Access,
  AuditEntryConnection,
  CurrentCaller,
  objectChangesLoader,
  type AuditEntry,
  type Connection,
  type SubgraphContext,
  isUuid,
} from '@simpul/service-kit';
import { assertMayReadHistory, canReadAgencyHistory } from '../access/history-access';
import { AUDIT_SCHEMA } from '../audit/registry-audit';
import { Region } from '../regions/region.entity';
import { regionLoader } from '../regions/region.loader';
import { Agency } from './agency.entity';
import { agencyLoader, agencyUnitCountLoader } from './agency.loader';
import { AgencyConnection, AgencyFilter, AgencyInput, AgencySort } from './agency-query.input';
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
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { nullable: true }) filter?: AgencyFilter,
    @Args('sort', { nullable: true }) sort?: AgencySort,
  ): Promise<Connection<Agency>> {
    return this.agencyService.list(first, after, filter, sort, caller);
  }

  @Access('public')
  @Query(() => Agency, { nullable: true })
  agency(@Args('id', { type: () => ID }) id: string): Promise<Agency | null> | null {
    return isUuid(id) ? this.agencyService.find(id) : null;
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Agency, { description: 'Buat instansi (admin nasional)' })
  createAgency(@Args('input') input: AgencyInput, @CurrentCaller() caller: Caller): Promise<Agency> {
    return this.agencyService.create(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Agency, { description: 'Ubah nama, jenis, wilayah atau induk instansi (admin nasional)' })
  updateAgency(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AgencyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Agency> {
    return this.agencyService.update(id, input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Agency, { description: 'Arsipkan instansi tanpa unit pelayanan aktif (admin nasional); dengan unit aktif: CONFLICT' })
  archiveAgency(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Agency> {
    return this.agencyService.archive(id, caller);
  }

  @ResolveField(() => Boolean, { description: 'Instansi sudah diarsipkan' })
  archived(@Parent() agency: Agency): boolean {
    return agency.archivedAt !== null && agency.archivedAt !== undefined;
  }

  @ResolveField(() => AuditEntryConnection, { description: 'Riwayat perubahan, terbaru dahulu (admin nasional)' })
  changes(
    @Parent() agency: Agency,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    assertMayReadHistory(context.caller, canReadAgencyHistory(context.caller));
    return objectChangesLoader(context, this.dataSource, AUDIT_SCHEMA, 'Agency', first, after).load(agency.id);
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
