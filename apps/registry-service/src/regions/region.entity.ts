import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RegencyKind, RegionLevel } from './region-level.enum';

/** A province or kabupaten/kota with its official Kemendagri code (`63`, `63.71`). */
@ObjectType({ description: 'Wilayah: provinsi atau kabupaten/kota (kode Kemendagri)' })
@Directive('@key(fields: "code")')
@Entity({ name: 'regions' })
export class Region {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => RegionLevel)
  @Column({ type: 'text' })
  level!: RegionLevel;

  @Field(() => RegencyKind, { nullable: true, description: 'KABUPATEN atau KOTA; kosong untuk provinsi' })
  @Column({ name: 'regency_kind', type: 'text', nullable: true })
  regencyKind!: RegencyKind | null;

  @Column({ name: 'parent_code', type: 'varchar', length: 10, nullable: true })
  parentCode!: string | null;

  @Field()
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode!: string;
}
