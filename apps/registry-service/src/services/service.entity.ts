import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StoredStandard } from './standard/standard-component';

/** A jenis layanan of a unit, with its Standar Pelayanan. */
@ObjectType({ description: 'Jenis layanan beserta Standar Pelayanannya' })
@Directive('@key(fields: "id")')
@Entity({ name: 'services' })
export class Service {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'service_unit_id', type: 'uuid' })
  serviceUnitId!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  standard!: StoredStandard;

  /** Denormalised from `standard` on every write so `incomplete` filters in SQL. */
  @Column({ type: 'boolean', default: false })
  complete!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', precision: 3, nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
