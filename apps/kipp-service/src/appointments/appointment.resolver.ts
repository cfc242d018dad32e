import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { KippPanel } from '../access/kipp-roles.model';
import {
  AppointmentEvent,
  AppointmentEventConnection,
  LocalAdmin,
  LocalAdminConnection,
  LocalAdminInput,
  PanelMember,
  PanelMemberConnection,
  PanelMemberInput,
} from './appointment.model';
import { AppointmentService } from './appointment.service';

@Resolver()
export class AppointmentResolver {
  constructor(private readonly appointments: AppointmentService) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => LocalAdminConnection, { description: 'Admin lokal KIPP, semua atau satu instansi' })
  kippLocalAdmins(
    @Context() context: SubgraphContext,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.appointments.localAdmins(context, agencyId, first, after);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => PanelMemberConnection, { description: 'Anggota Tim Evaluasi dan TPI satu kompetisi' })
  kippPanelMembers(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('panel', { type: () => KippPanel, nullable: true }) panel?: KippPanel,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.appointments.panelMembers(context, competitionId, panel, first, after);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => AppointmentEventConnection, {
    description: 'Riwayat penunjukan dan pencabutan (terbaru dahulu); dengan competitionId: kompetisi itu dan admin lokal',
  })
  kippAppointmentEvents(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID, nullable: true }) competitionId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.appointments.events(context, competitionId, first, after);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => LocalAdmin, {
    description: 'Menunjuk pengguna registri sebagai admin lokal KIPP sebuah instansi (NOT_FOUND bila pengguna atau instansi tidak ada)',
  })
  appointKippLocalAdmin(@Context() context: SubgraphContext, @Args('input') input: LocalAdminInput) {
    return this.appointments.appointLocalAdmin(context, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => AppointmentEvent, { description: 'Mencabut penunjukan admin lokal KIPP' })
  revokeKippLocalAdmin(@Context() context: SubgraphContext, @Args('input') input: LocalAdminInput) {
    return this.appointments.revokeLocalAdmin(context, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => PanelMember, { description: 'Menunjuk penilai (EVALUATOR) sebagai anggota Tim Evaluasi atau TPI satu kompetisi' })
  appointKippPanelMember(@Context() context: SubgraphContext, @Args('input') input: PanelMemberInput) {
    return this.appointments.appointPanelMember(context, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => AppointmentEvent, {
    description: 'Mencabut keanggotaan Tim Evaluasi atau TPI; CONFLICT bila anggota sudah punya penugasan atau nilai',
  })
  revokeKippPanelMember(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.appointments.revokePanelMember(context, competitionId, userId);
  }
}
