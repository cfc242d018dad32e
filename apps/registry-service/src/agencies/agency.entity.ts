import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgencyType } from './agency-type.enum';

/** An instansi: the ministry, agency, regional government or company that owns service units. */
@ObjectType({ description: 'Instansi pemilik unit pelayanan' })
@Directive('@key(fields: "id")')
@Entity({ name: 'agencies' })
export class Agency {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => AgencyType)
  @Column({ type: 'text' })
  type!: AgencyType;

  @Field(() => String, { nullable: true, description: 'Kode wilayah instansi (provinsi atau kabupaten/kota)' })
  @Column({ name: 'region_code', type: 'varchar', length: 10, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field(() => Date, { nullable: true, description: 'Kapan instansi diarsipkan' })
  @Column({ name: 'archived_at', type: 'timestamptz', precision: 3, nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
