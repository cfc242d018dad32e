import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, type Connection, type SubgraphContext, emptyConnection } from '@simpul/service-kit';
import { canManageMall } from '../access/mpp-access';
import { Desk } from '../desks/desk.model';
import { DeskService } from '../desks/desk.service';
import { Region, regionRef, ServiceUnit, serviceUnitRef } from '../federation/registry-refs';
import { TenancyStep } from '../tenancies/tenancy-step.enum';
import { TenancyConnection } from '../tenancies/tenancy.connection';
import type { Tenancy } from '../tenancies/tenancy.model';
import { TenancyService } from '../tenancies/tenancy.service';
import { MallStatusChange, MallStatusChangeConnection } from './mall-status-change.model';
import { MallStatus } from './mall-status.enum';
import { MallConnection } from './mall.connection';
import { AddMallDocumentInput, CreateMallInput, MallFilter, MallSort, OpeningHoursInput, UpdateMallInput } from './mall.input';
import { Mall, MallDocument, OpeningHours } from './mall.model';
import { MallService } from './mall.service';

@Resolver(() => Mall)
export class MallResolver {
  constructor(
    private readonly mallService: MallService,
    private readonly tenancyService: TenancyService,
    private readonly deskService: DeskService,
  ) {}

  @Access('public')
  @Query(() => MallConnection, {
    description:
      'Daftar MPP, berhalaman; publik melihat MPP yang ACTIVE, operator juga MPP-nya, admin nasional semua; urut provinsi lalu nama kecuali sort menyebut lain',
  })
  malls(
    @Context() context: SubgraphContext,
    @Args('filter', { nullable: true }) filter?: MallFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('sort', { nullable: true }) sort?: MallSort,
  ): Promise<Connection<Mall>> {
    return this.mallService.list(context.caller, filter, first, after, sort);
  }

  @Access('public')
  @Query(() => Mall, { nullable: true })
  mall(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<Mall | null> {
    return this.mallService.find(context, id);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Mall, { description: 'Admin nasional: mencatat usulan MPP baru (status PROPOSED)' })
  createMall(@Context() context: SubgraphContext, @Args('input') input: CreateMallInput): Promise<Mall> {
    return this.mallService.create(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Mall, { description: 'Admin nasional atau operator MPP itu sendiri' })
  updateMall(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMallInput,
  ): Promise<Mall> {
    return this.mallService.update(context, id, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Mall, {
    description: 'Admin nasional: PROPOSED → ACTIVE (dengan tanggal peresmian) → SUSPENDED/CLOSED, dengan alasan; dicatat siapa dan kapan',
  })
  setMallStatus(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => MallStatus }) status: MallStatus,
    @Args('reason', { description: 'Alasan perubahan status' }) reason: string,
    @Args('openedOn', { type: () => String, nullable: true }) openedOn?: string | null,
  ): Promise<Mall> {
    return this.mallService.setStatus(context, id, status, reason, openedOn);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Mall, { description: 'Mengganti seluruh jam layanan pekanan; hari yang tidak dikirim berarti tutup' })
  setOpeningHours(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('hours', { type: () => [OpeningHoursInput] }) hours: OpeningHoursInput[],
  ): Promise<Mall> {
    return this.mallService.setOpeningHours(context, mallId, hours);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => MallDocument, { description: 'Mencatat dokumen pembentukan (surat bupati/wali kota, kajian urgensi)' })
  addMallDocument(@Context() context: SubgraphContext, @Args('input') input: AddMallDocumentInput): Promise<MallDocument> {
    return this.mallService.addDocument(context, input);
  }

  @ResolveField(() => Region, { description: 'Kabupaten/kota' })
  regency(@Parent() mall: Mall): Region {
    return regionRef(mall.regencyCode);
  }

  @ResolveField(() => Region)
  province(@Parent() mall: Mall): Region {
    return regionRef(mall.provinceCode);
  }

  @ResolveField(() => ServiceUnit, { nullable: true, description: 'Unit pengelola (biasanya DPMPTSP)' })
  managingUnit(@Parent() mall: Mall): ServiceUnit | null {
    return mall.managingUnitId ? serviceUnitRef(mall.managingUnitId) : null;
  }

  @ResolveField(() => [OpeningHours])
  openingHours(@Parent() mall: Mall, @Context() context: SubgraphContext): Promise<OpeningHours[]> {
    return this.mallService.openingHoursLoader(context).load(mall.id);
  }

  @ResolveField(() => [MallDocument], { description: 'Dokumen pembentukan; hanya untuk operator MPP ini dan admin nasional' })
  async documents(@Parent() mall: Mall, @Context() context: SubgraphContext): Promise<MallDocument[]> {
    return canManageMall(context.caller, mall.id) ? this.mallService.documentsLoader(context).load(mall.id) : [];
  }

  @ResolveField(() => TenancyConnection, {
    description: 'Tenant MPP, berhalaman, urut waktu undangan; publik melihat tenant yang LIVE, operator dan admin semua tahap',
  })
  async tenancies(
    @Parent() mall: Mall,
    @Context() context: SubgraphContext,
    @Args('step', { type: () => TenancyStep, nullable: true }) step?: TenancyStep | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Tenancy>> {
    return (await this.tenancyService.mallTenancies(context, step, first, after)).load(mall.id);
  }

  @ResolveField(() => MallStatusChangeConnection, {
    description: 'Riwayat perubahan status, terbaru dahulu; hanya untuk operator MPP ini dan admin nasional',
  })
  async statusHistory(
    @Parent() mall: Mall,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<MallStatusChange>> {
    const loader = this.mallService.statusHistoryPages(context, first, after);
    return canManageMall(context.caller, mall.id) ? loader.load(mall.id) : emptyConnection();
  }

  @ResolveField(() => [Desk])
  desks(@Parent() mall: Mall, @Context() context: SubgraphContext): Promise<Desk[]> {
    return this.deskService.byMallLoader(context).load(mall.id);
  }

  @Access('public')
  @ResolveReference()
  resolveReference(reference: { id: string }, context: SubgraphContext): Promise<Mall | null> {
    return this.mallService.find(context, reference.id);
  }
}
