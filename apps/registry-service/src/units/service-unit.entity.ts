import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ServiceGroup, ServiceUnitKind } from './service-unit-kind.enum';

/** A unit penyelenggara pelayanan publik (Samsat, DPMPTSP, RSUD, ...): the registry's central entity. */
@ObjectType({ description: 'Unit penyelenggara pelayanan publik' })
@Directive('@key(fields: "id")')
@Entity({ name: 'service_units' })
export class ServiceUnit {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => ServiceUnitKind)
  @Column({ type: 'text' })
  kind!: ServiceUnitKind;

  @Field(() => ServiceGroup)
  @Column({ name: 'service_group', type: 'text' })
  serviceGroup!: ServiceGroup;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 10 })
  regionCode!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'sippn_id', type: 'text', nullable: true })
  sippnId!: string | null;

  @Column({ name: 'pekppp_id', type: 'text', nullable: true })
  pekpppId!: string | null;

  @Column({ name: 'sp4n_lapor_id', type: 'text', nullable: true })
  sp4nLaporId!: string | null;

  @Column({ name: 'sinovik_id', type: 'text', nullable: true })
  sinovikId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', precision: 3, nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
