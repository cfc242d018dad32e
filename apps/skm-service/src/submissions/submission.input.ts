import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { SkmAgeBand, SkmEducation, SkmOccupation, SkmSex } from '../surveys/respondent-profile';

export enum SkmChannel {
  QR = 'QR',
  KIOSK = 'KIOSK',
  LINK = 'LINK',
  PAPER = 'PAPER',
}
registerEnumType(SkmChannel, {
  name: 'SkmChannel',
  description: 'Saluran: QR/tautan publik, kios tablet, tautan sekali pakai, formulir kertas (impor)',
});

@InputType()
export class SkmAnswerInput {
  @Field({ description: 'Kode unsur, mis. U1' }) element!: string;
  @Field(() => Int, { description: '1 (tidak puas) … 4 (sangat puas)' }) value!: number;
}

@InputType({ description: 'Satu kuesioner SKM. Tanpa nama dan NIK.' })
export class SkmSubmissionInput {
  @Field(() => SkmChannel, { description: 'QR, KIOSK atau LINK (PAPER hanya lewat impor)' }) channel!: SkmChannel;
  @Field(() => String, { nullable: true, description: 'Kode publik survei (QR, KIOSK)' }) surveyCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Token tautan sekali pakai (LINK)' }) token?: string | null;
  @Field(() => ID, { nullable: true, description: 'ID kiriman buatan klien (UUID; wajib untuk KIOSK): kiriman ulang disimpan sekali' })
  submissionId?: string | null;
  @Field(() => String, { nullable: true, description: 'ID perangkat buatan klien (kios); hanya disimpan tersamar' }) deviceId?:
    string | null;
  @Field(() => Date, { nullable: true, description: 'Waktu menjawab (KIOSK yang mengirim antrean setelah luring)' })
  answeredAt?: Date | null;
  @Field(() => [SkmAnswerInput]) answers!: SkmAnswerInput[];
  @Field(() => SkmAgeBand, { nullable: true }) ageBand?: SkmAgeBand | null;
  @Field(() => SkmSex, { nullable: true }) sex?: SkmSex | null;
  @Field(() => SkmEducation, { nullable: true }) education?: SkmEducation | null;
  @Field(() => SkmOccupation, { nullable: true }) occupation?: SkmOccupation | null;
  @Field(() => ID, { nullable: true, description: 'Layanan yang digunakan (ID layanan registri)' }) serviceId?: string | null;
}
