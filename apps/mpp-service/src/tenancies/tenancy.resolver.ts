import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type Connection, type SubgraphContext, emptyConnection } from '@simpul/service-kit';
import { MppAccess } from '../access/mpp-access';
import { Agreement } from '../agreements/agreement.model';
import { AgreementService } from '../agreements/agreement.service';
import { DeskAssignment } from '../desks/desk.model';
import { DeskService } from '../desks/desk.service';
import { Agency, agencyRef } from '../federation/registry-refs';
import { Mall } from '../malls/mall.model';
import { MallService } from '../malls/mall.service';
import { TenancyService as TenancyServiceModel } from '../tenancy-services/tenancy-service.model';
import { TenancyServiceService } from '../tenancy-services/tenancy-service.service';
import { OnboardingStepDefinition, ONBOARDING_STEPS } from './onboarding-steps';
import { ONBOARDING_PATH, pathIndex, TenancyStep } from './tenancy-step.enum';
import { AdvanceTenancyInput, InviteTenantInput, TenancyFilter } from './tenancy.input';
import { AgreementConnection, TenancyServiceConnection, TenancyStepRecordConnection } from './tenancy-lists.connection';
import { TenancyConnection } from './tenancy.connection';
import { Tenancy, TenancyStepRecord } from './tenancy.model';
import { TenancyService } from './tenancy.service';

@Resolver(() => Tenancy)
export class TenancyResolver {
  constructor(
    private readonly tenancyService: TenancyService,
    private readonly mppAccess: MppAccess,
    private readonly mallService: MallService,
    private readonly agreementService: AgreementService,
    private readonly deskService: DeskService,
    private readonly serviceCatalog: TenancyServiceService,
  ) {}

  @Access('public')
  @Query(() => [OnboardingStepDefinition], { description: 'Tahap onboarding beserta daftar periksanya, urut' })
  onboardingSteps(): OnboardingStepDefinition[] {
    return ONBOARDING_STEPS;
  }

  @Access('public')
  @Query(() => TenancyConnection, {
    description:
      'Tenant yang boleh dilihat pemanggil, berhalaman, urut nama MPP lalu waktu undangan: desk melihat tenant instansinya, operator tenant MPP-nya',
  })
  tenancies(
    @Context() context: SubgraphContext,
    @Args('filter', { nullable: true }) filter?: TenancyFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Tenancy>> {
    return this.tenancyService.list(context, filter, first, after);
  }

  @Access('public')
  @Query(() => Tenancy, { nullable: true })
  tenancy(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<Tenancy | null> {
    return this.tenancyService.find(context, id);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Tenancy, { description: 'Mengundang instansi dari registri menjadi tenant (tahap INVITED)' })
  inviteTenant(@Context() context: SubgraphContext, @Args('input') input: InviteTenantInput): Promise<Tenancy> {
    return this.tenancyService.invite(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Tenancy, {
    description:
      'Menyelesaikan tahap berikutnya. BAD_USER_INPUT bila tahap dilompati, daftar periksa belum lengkap atau syarat belum terpenuhi (extensions.notReady menyebut komponen SP yang kurang); CONFLICT bila tenant sudah keluar atau tahap sudah diselesaikan orang lain',
  })
  advanceTenancy(@Context() context: SubgraphContext, @Args('input') input: AdvanceTenancyInput): Promise<Tenancy> {
    return this.tenancyService.advance(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Tenancy, { description: 'Menjeda keikutsertaan; layanan berhenti sampai dilanjutkan' })
  pauseTenancy(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Tenancy> {
    return this.tenancyService.pause(context, id, reason);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Tenancy, { description: 'Melanjutkan ke tahap sebelum jeda' })
  resumeTenancy(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<Tenancy> {
    return this.tenancyService.resume(context, id, note);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Tenancy, { description: 'Instansi keluar dari MPP; gerainya dilepas' })
  leaveTenancy(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Tenancy> {
    return this.tenancyService.leave(context, id, reason);
  }

  @ResolveField(() => Mall)
  async mall(@Parent() tenancy: Tenancy, @Context() context: SubgraphContext): Promise<Mall> {
    return (await this.mallService.loader(context).load(tenancy.mallId)) as Mall;
  }

  @ResolveField(() => Agency, { description: 'Instansi tenant (dari registri)' })
  agency(@Parent() tenancy: Tenancy): Agency {
    return agencyRef(tenancy.agencyId);
  }

  @ResolveField(() => OnboardingStepDefinition, {
    nullable: true,
    description: 'Tahap berikutnya yang harus diselesaikan; kosong bila LIVE, dijeda atau keluar',
  })
  nextStep(@Parent() tenancy: Tenancy): OnboardingStepDefinition | null {
    const index = pathIndex(tenancy.step);
    const next = index >= 0 ? ONBOARDING_PATH[index + 1] : undefined;
    return next ? (ONBOARDING_STEPS.find((definition) => definition.step === next) ?? null) : null;
  }

  @ResolveField(() => TenancyStepRecordConnection, {
    description: 'Riwayat tahap, berhalaman; untuk operator, admin dan desk instansi itu',
  })
  async history(
    @Parent() tenancy: Tenancy,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<TenancyStepRecord>> {
    const loader = this.tenancyService.historyPages(context, first, after);
    return (await this.mppAccess.canReadTenancy(context, tenancy)) ? loader.load(tenancy.id) : emptyConnection();
  }

  @ResolveField(() => AgreementConnection, {
    description: 'PKS, berhalaman, yang paling akhir berakhir dahulu; untuk operator, admin dan desk instansi itu',
  })
  async agreements(
    @Parent() tenancy: Tenancy,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Agreement>> {
    const loader = this.agreementService.pages(context, first, after);
    return (await this.mppAccess.canReadTenancy(context, tenancy)) ? loader.load(tenancy.id) : emptyConnection();
  }

  @ResolveField(() => Agreement, { nullable: true, description: 'PKS yang paling akhir berakhir' })
  async currentAgreement(@Parent() tenancy: Tenancy, @Context() context: SubgraphContext): Promise<Agreement | null> {
    if (!(await this.mppAccess.canReadTenancy(context, tenancy))) return null;
    return (await this.agreementService.byTenancyLoader(context).load(tenancy.id))[0] ?? null;
  }

  @ResolveField(() => [DeskAssignment], { description: 'Gerai dan hari layanan tenant' })
  deskAssignments(@Parent() tenancy: Tenancy, @Context() context: SubgraphContext): Promise<DeskAssignment[]> {
    return this.deskService.assignmentsLoader(context, 'tenancy').load(tenancy.id);
  }

  @ResolveField(() => TenancyServiceConnection, { description: 'Layanan tenant, berhalaman; publik hanya melihat yang LIVE' })
  async services(
    @Parent() tenancy: Tenancy,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<TenancyServiceModel>> {
    const full = await this.mppAccess.canReadTenancy(context, tenancy);
    return this.serviceCatalog.pages(context, full ? 'all' : 'live', first, after).load(tenancy.id);
  }

  @ResolveField(() => Boolean, { description: 'Apakah pemanggil boleh mengelola tenant ini' })
  canManage(@Parent() tenancy: Tenancy, @Context() context: SubgraphContext): boolean {
    const caller = context.caller;
    return (
      tenancy.step !== TenancyStep.LEFT &&
      (caller?.role === 'NATIONAL_ADMIN' || (caller?.role === 'MPP_OPERATOR' && caller.mallId === tenancy.mallId))
    );
  }
}
