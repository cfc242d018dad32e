import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Weekday } from '../common/weekday.enum';

/** A numbered desk (gerai/loket) in a mall, shared by weekday between tenants. */
/** A federation entity: the SKM subgraph adds `Desk.latestIkm` from its rollups. */
@ObjectType({ description: 'Gerai/loket bernomor di MPP; dapat dipakai bergantian per hari oleh beberapa tenant' })
@Directive('@key(fields: "id")')
export class Desk {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { nullable: true }) label!: string | null;
  mallId!: string;
}

@ObjectType({ description: 'Penetapan gerai untuk satu tenant pada satu hari dalam pekan' })
export class DeskAssignment {
  @Field(() => ID) id!: string;
  @Field(() => Weekday) weekday!: Weekday;
  @Field(() => Int, { description: 'Jumlah petugas' }) staffCount!: number;
  @Field() assignedAt!: Date;
  deskId!: string;
  tenancyId!: string;
  mallId!: string;
}
