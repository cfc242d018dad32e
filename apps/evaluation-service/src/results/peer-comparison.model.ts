import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PeerGroupKind {
  COHORT = 'COHORT',
  PROVINCE = 'PROVINCE',
  UNIT_KIND = 'UNIT_KIND',
}
registerEnumType(PeerGroupKind, {
  name: 'PeerGroupKind',
  description: 'COHORT: kelompok pembanding peringkat; PROVINCE: lokus di provinsi yang sama; UNIT_KIND: unit sejenis di semua tingkat',
});

@ObjectType({ description: 'Satu lokus dalam kelompok pembanding' })
export class PeerPoint {
  @Field(() => ID) lokusId!: string;
  @Field() unitName!: string;
  @Field(() => Float) index!: number;
  @Field({ description: 'Benar untuk unit yang dibandingkan' }) isUnit!: boolean;
}

@ObjectType({ description: 'Kelompok pembanding sebuah unit dalam satu siklus, dengan IPP setiap anggotanya' })
export class PeerGroup {
  @Field(() => PeerGroupKind) kind!: PeerGroupKind;
  @Field({ description: 'Nama kelompok, mis. "Samsat tingkat provinsi", "Provinsi Kalimantan Selatan"' }) label!: string;
  @Field() labelEn!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true, description: 'Rerata IPP lokus kelompok (dua desimal)' }) mean!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => Int, { nullable: true, description: 'Posisi unit dalam kelompok (peringkat kompetisi); null bila unit belum berhasil' })
  unitPosition!: number | null;
  @Field(() => [PeerPoint], { description: 'Setiap lokus kelompok, IPP tertinggi lebih dulu' }) points!: PeerPoint[];
}

@ObjectType({ description: 'Satu unit dibandingkan dengan kelompok pembandingnya (cohort, provinsi, jenis unit) dalam satu siklus' })
export class PeerComparison {
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) cycleId!: string;
  @Field() cycleName!: string;
  @Field() unitName!: string;
  @Field() cohort!: string;
  @Field(() => Float, { nullable: true, description: 'IPP terkini unit; null bila belum ada hasil' }) index!: number | null;
  @Field(() => [PeerGroup]) groups!: PeerGroup[];
}
