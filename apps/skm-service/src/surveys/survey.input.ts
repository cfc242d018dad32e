import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SkmPeriodKind } from './survey-period';
import { SkmSurveyStatus } from './survey-status';

@InputType({ description: 'Unsur SKM kustom; bobot ditulis eksak ("1/9", "0.2") dan jumlahnya harus tepat 1' })
export class SkmElementInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field() weight!: string;
  @Field(() => Boolean, { nullable: true, description: 'Wajib dijawab (bawaan: ya)' }) required?: boolean | null;
}

@InputType()
export class CreateSkmSurveyInput {
  @Field() title!: string;
  @Field(() => ID, { nullable: true, description: 'Unit yang disurvei (wajib kecuali survei loket/desk MPP)' }) serviceUnitId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'MPP tempat loket berada' }) mallId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Loket/desk MPP (ID dari layanan MPP)' }) deskId?: string | null;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Nomor periode: triwulan 1–4, semester 1–2, tahun 1' }) number!: number;
  @Field(() => [SkmElementInput], { nullable: true, description: 'Bawaan: sembilan unsur PermenPANRB 14/2017, bobot 1/9' }) elements?:
    SkmElementInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Perkiraan jumlah pengguna layanan dalam periode (populasi Krejcie–Morgan)' })
  expectedUsers?: number | null;
  @Field(() => String, { nullable: true, description: 'Jam buka layanan (HH:MM, WIB); jawaban di luar jam ditandai' }) opensAt?:
    string | null;
  @Field(() => String, { nullable: true }) closesAt?: string | null;
}

@InputType()
export class UpdateSkmSurveyInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => Int, { nullable: true }) expectedUsers?: number | null;
  @Field(() => String, { nullable: true }) opensAt?: string | null;
  @Field(() => String, { nullable: true }) closesAt?: string | null;
}

@InputType()
export class SkmSurveyFilter {
  @Field(() => ID, { nullable: true }) serviceUnitId?: string | null;
  @Field(() => ID, { nullable: true }) mallId?: string | null;
  @Field(() => ID, { nullable: true }) deskId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => SkmPeriodKind, { nullable: true, description: 'Jenis periode: triwulan, semester, tahun' })
  periodKind?: SkmPeriodKind | null;
  @Field(() => Int, { nullable: true, description: 'Nomor periode (triwulan 1–4, semester 1–2)' }) number?: number | null;
  @Field(() => SkmSurveyStatus, { nullable: true, description: 'Belum dimulai, berjalan, atau berakhir (hari ini, WIB)' })
  status?: SkmSurveyStatus | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cari di judul survei dan nama unit (registri), tanpa membedakan huruf besar/kecil',
  })
  search?: string | null;
}
