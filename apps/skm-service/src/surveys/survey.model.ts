import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { SkmAgeBand, SkmEducation, SkmOccupation, SkmSex } from './respondent-profile';
import { SkmPeriodKind } from './survey-period';

@ObjectType({ description: 'Unsur kuesioner SKM' })
export class SkmElement {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'Bobot eksak, mis. "1/9"' }) weight!: string;
  @Field() required!: boolean;
}

@ObjectType({ description: 'Survei Kepuasan Masyarakat satu unit, loket/desk MPP atau tenant pada satu periode' })
export class SkmSurvey {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) serviceUnitId!: string | null;
  @Field(() => ID, { nullable: true }) mallId!: string | null;
  @Field(() => ID, { nullable: true }) deskId!: string | null;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field() periodLabel!: string;
  @Field({ description: 'Hari pertama periode (YYYY-MM-DD, WIB)' }) startsOn!: string;
  @Field({ description: 'Hari terakhir periode' }) endsOn!: string;
  @Field(() => [SkmElement]) elements!: SkmElement[];
  @Field(() => Int, { nullable: true }) expectedUsers!: number | null;
  @Field(() => String, { nullable: true }) opensAt!: string | null;
  @Field(() => String, { nullable: true }) closesAt!: string | null;
  @Field({ description: 'Kode publik survei (untuk QR)' }) publicCode!: string;
  @Field({ description: 'Alamat formulir publik; web merender kode QR dan poster A4 darinya' }) publicUrl!: string;
  @Field({ description: 'Alamat mode kios (tablet di loket)' }) kioskUrl!: string;
}

@ObjectType()
export class SkmSurveyConnection extends Paginated(SkmSurvey, 'SkmSurvey') {}

@ObjectType({ description: 'Pilihan jawaban profil responden (tanpa nama atau NIK)' })
export class SkmProfileOptions {
  @Field(() => [SkmAgeBand]) ageBands!: SkmAgeBand[];
  @Field(() => [SkmSex]) sexes!: SkmSex[];
  @Field(() => [SkmEducation]) educations!: SkmEducation[];
  @Field(() => [SkmOccupation]) occupations!: SkmOccupation[];
}

@ObjectType({ description: 'Formulir publik survei: tanpa angka hasil, tanpa data responden' })
export class SkmPublicSurvey {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) serviceUnitId!: string | null;
  @Field(() => ID, { nullable: true }) deskId!: string | null;
  @Field({ description: 'Label periode dalam bahasa Indonesia; web merender periodKind/year/number dalam bahasa pengguna' })
  periodLabel!: string;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field({ description: 'Survei sedang dalam periodenya' }) open!: boolean;
  @Field(() => [SkmElement]) elements!: SkmElement[];
  @Field(() => SkmProfileOptions) profile!: SkmProfileOptions;
  @Field(() => Boolean, { nullable: true, description: 'Untuk tautan sekali pakai: sudah dipakai' }) tokenUsed!: boolean | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Untuk tautan dari sistem antrean: layanan tiket itu (jawaban dicatat untuk layanan ini; formulir tidak menanyakannya)',
  })
  tokenServiceId!: string | null;
}
