import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { AssignmentRole } from '../evaluators/evaluator.model';

@ObjectType({ description: 'Nilai F-02 evaluator untuk satu indikator, dengan deskriptor levelnya' })
export class F02Score {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int, { description: '0–5' }) level!: number;
  @Field(() => String, { nullable: true, description: 'Deskriptor level ini menurut instrumen' }) descriptor!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Versi untuk pemeriksaan penyimpanan bersamaan' }) version!: number;
  @Field(() => ID, { nullable: true }) scoredBy!: string | null;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'Nilai penilai kedua (sampel penilaian ganda)' })
export class SecondScore {
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'Komentar antara desk dan evaluator' })
export class ScoreComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) lokusId!: string;
  @Field(() => String, { nullable: true, description: 'Kosong: komentar untuk lokus secara umum' }) indicatorCode!: string | null;
  @Field(() => ID) authorId!: string;
  @Field() authorRole!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'Utas komentar satu lokus, terlama dahulu' })
export class ScoreCommentConnection extends Paginated(ScoreComment, 'ScoreComment') {}

@ObjectType({ description: 'Catatan verifikasi lapangan' })
export class FieldVerification {
  @Field(() => ID) id!: string;
  @Field(() => ID) lokusId!: string;
  @Field({ description: 'Tanggal kunjungan (YYYY-MM-DD)' }) visitedOn!: string;
  @Field(() => [String]) team!: string[];
  @Field() findings!: string;
  @Field(() => ID) recordedBy!: string;
  @Field() recordedAt!: Date;
}

@ObjectType({ description: 'Kesepakatan antarpenilai (kappa berbobot kuadrat) untuk satu pasangan evaluator' })
export class InterRaterAgreement {
  @Field(() => ID, { description: 'Penilai resmi (PRIMARY)' }) evaluatorA!: string;
  @Field(() => ID, { description: 'Penilai kedua (SECOND_RATER)' }) evaluatorB!: string;
  @Field(() => Int) lokusCount!: number;
  @Field(() => Int, { description: 'Pasangan nilai indikator yang dibandingkan' }) items!: number;
  @Field(() => Float, { nullable: true, description: 'Kappa berbobot kuadrat, 3 desimal; null bila tidak terdefinisi (tanpa variasi)' })
  kappa!: number | null;
  @Field(() => Float, { description: 'Bagian nilai yang persis sama' }) exactAgreement!: number;
}

@InputType()
export class SaveScoreInput {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { description: 'Versi yang dilihat penyunting; 0 untuk nilai baru. Versi usang → CONFLICT' }) expectedVersion!: number;
}

@InputType()
export class SaveSecondScoreInput {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) lokusId!: string;
  @Field(() => String, { nullable: true }) indicatorCode?: string | null;
  @Field() body!: string;
}

@InputType()
export class FieldVerificationInput {
  @Field(() => ID) lokusId!: string;
  @Field({ description: 'YYYY-MM-DD' }) visitedOn!: string;
  @Field(() => [String]) team!: string[];
  @Field() findings!: string;
}

@ObjectType({
  description: 'Status penilaian satu lokus bagi pemanggil: perannya, penilaian ganda yang masih buta, kemajuan kedua penilai',
})
export class LokusScoringStatus {
  @Field(() => AssignmentRole, { nullable: true, description: 'Peran pemanggil pada lokus ini (kosong untuk admin dan desk)' })
  role!: AssignmentRole | null;
  @Field({
    description: 'Benar selama penilai utama atau penilai kedua belum menilai semua indikator: masing-masing tidak melihat nilai yang lain',
  })
  blind!: boolean;
  @Field({
    description: 'Apakah pemanggil boleh melihat nilai F-02 resmi, catatannya dan temuan lapangan (desk: sejak masa sanggah dibuka)',
  })
  evaluationVisible!: boolean;
  @Field(() => Int, { description: 'Indikator yang sudah dinilai penilai utama' }) primaryScored!: number;
  @Field(() => Int, { description: 'Indikator yang sudah dinilai penilai kedua (pemanggil, bila ia penilai kedua)' }) secondScored!: number;
  @Field(() => Int) indicatorCount!: number;
}
