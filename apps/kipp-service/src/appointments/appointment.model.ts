import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { KippPanel } from '../access/kipp-roles.model';
import { Agency } from '../federation/registry-refs';

export enum AppointmentRole {
  LOCAL_ADMIN = 'LOCAL_ADMIN',
  TE = 'TE',
  TPI = 'TPI',
}
registerEnumType(AppointmentRole, {
  name: 'KippAppointmentRole',
  description: 'LOCAL_ADMIN: admin lokal instansi; TE: Tim Evaluasi; TPI: Tim Panel Independen',
});

export enum AppointmentAction {
  APPOINTED = 'APPOINTED',
  REVOKED = 'REVOKED',
}
registerEnumType(AppointmentAction, { name: 'KippAppointmentAction', description: 'Penunjukan atau pencabutan' });

@ObjectType('KippLocalAdmin', {
  description: 'Admin lokal KIPP sebuah instansi: pengguna registri yang meninjau dan mengirim proposal instansinya',
})
export class LocalAdmin {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => Agency) agency!: Agency;
  @Field() appointedAt!: Date;
}

@ObjectType('KippLocalAdminConnection')
export class LocalAdminConnection extends Paginated(LocalAdmin, 'KippLocalAdmin') {}

@ObjectType('KippPanelMember', { description: 'Anggota Tim Evaluasi (TE) atau Tim Panel Independen (TPI) satu kompetisi' })
export class PanelMember {
  @Field(() => ID) competitionId!: string;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => KippPanel) panel!: KippPanel;
  @Field(() => Agency, {
    nullable: true,
    description: 'Instansi asal anggota: ia tidak menilai proposal instansi ini (konflik kepentingan)',
  })
  agency!: Agency | null;
  @Field(() => Int, { description: 'Proposal yang ditugaskan kepadanya pada kompetisi ini' }) assignments!: number;
  @Field() appointedAt!: Date;
}

@ObjectType('KippPanelMemberConnection')
export class PanelMemberConnection extends Paginated(PanelMember, 'KippPanelMember') {}

@ObjectType('KippAppointmentEvent', { description: 'Satu penunjukan atau pencabutan: siapa, oleh siapa, kapan' })
export class AppointmentEvent {
  @Field(() => ID) id!: string;
  @Field(() => AppointmentRole) role!: AppointmentRole;
  @Field(() => AppointmentAction) action!: AppointmentAction;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => Agency, { nullable: true, description: 'Instansi (admin lokal) atau instansi asal anggota' }) agency!: Agency | null;
  @Field(() => ID, { nullable: true }) competitionId!: string | null;
  @Field(() => ID) actorId!: string;
  @Field({ description: 'Nama admin nasional yang menunjuk atau mencabut' }) actorName!: string;
  @Field() at!: Date;
}

@ObjectType('KippAppointmentEventConnection')
export class AppointmentEventConnection extends Paginated(AppointmentEvent, 'KippAppointmentEvent') {}

@InputType('KippLocalAdminInput')
export class LocalAdminInput {
  @Field(() => ID, { description: 'Pengguna registri' }) userId!: string;
  @Field(() => ID, { description: 'Instansi yang proposalnya ia kelola' }) agencyId!: string;
}

@InputType('KippPanelMemberInput')
export class PanelMemberInput {
  @Field(() => ID) competitionId!: string;
  @Field(() => ID, { description: 'Pengguna registri berperan EVALUATOR' }) userId!: string;
  @Field(() => KippPanel) panel!: KippPanel;
  @Field(() => ID, { nullable: true, description: 'Instansi asal anggota (konflik kepentingan), bila ada' }) agencyId?: string | null;
}
