import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Kelompok pembanding peringkat: kode (mis. PROVINCE:SAMSAT) dan namanya dalam dua bahasa' })
export class Cohort {
  @Field({ description: 'Kode tingkat:jenis unit, mis. PROVINCE:SAMSAT' }) code!: string;
  @Field({ description: 'Nama, mis. Samsat tingkat provinsi' }) label!: string;
  @Field({ description: 'Nama dalam bahasa Inggris, mis. Provincial Samsat' }) labelEn!: string;
}
