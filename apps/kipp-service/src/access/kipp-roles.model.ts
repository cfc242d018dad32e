import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Agency } from '../federation/registry-refs';

/** Which KIPP team an evaluator sits on: Tim Evaluasi (desk assessment) or the independent panel (TPI). */
export enum KippPanel {
  TE = 'TE',
  TPI = 'TPI',
}
registerEnumType(KippPanel, { name: 'KippPanel', description: 'TE: Tim Evaluasi; TPI: Tim Panel Independen' });

@ObjectType('KippLocalAdminBinding', { description: 'Penunjukan admin lokal KIPP untuk satu instansi' })
export class LocalAdminBinding {
  @Field(() => Agency) agency!: Agency;
}

/**
 * The caller's KIPP appointments. They are not portal roles: the registry signs people in with
 * their portal role, and KIPP binds some of them to an agency (local admin) or a panel.
 */
@ObjectType('KippRoles', { description: 'Peran KIPP pemanggil: admin nasional, desk unit, admin lokal instansi, anggota TE atau TPI' })
export class KippRoles {
  @Field({ description: 'Admin nasional (KemenPAN-RB) yang menjalankan kompetisi' }) nationalAdmin!: boolean;
  @Field({ description: 'Desk unit yang menyusun proposal unitnya' }) unitDesk!: boolean;
  @Field(() => [LocalAdminBinding], { description: 'Instansi yang proposalnya ditinjau dan dikirim pemanggil sebagai admin lokal' })
  localAdminOf!: LocalAdminBinding[];
  @Field(() => KippPanel, { nullable: true, description: 'Keanggotaan Tim Evaluasi (TE) atau Tim Panel Independen (TPI), bila ada' })
  evaluatorPanel!: KippPanel | null;
}
