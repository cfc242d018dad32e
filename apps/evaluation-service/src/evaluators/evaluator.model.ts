import { Paginated } from '@simpul/service-kit';
import { IppText } from '../common/localized.model';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EvaluatorLevel {
  KEMENPANRB = 'KEMENPANRB',
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(EvaluatorLevel, {
  name: 'EvaluatorLevel',
  description:
    'KemenPAN-RB menilai provinsi dan skema khusus; Biro Organisasi provinsi menilai lokus provinsinya; Bagian Organisasi kab/kota menilai lokus kab/kota',
});

export enum AssignmentRole {
  PRIMARY = 'PRIMARY',
  SECOND_RATER = 'SECOND_RATER',
}
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'PRIMARY: penilai resmi; SECOND_RATER: penilai ganda (sampel kalibrasi)',
});

@ObjectType({ description: 'Profil evaluator: instansi dan tingkatnya (untuk hierarki penugasan dan konflik kepentingan)' })
export class EvaluatorProfile {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => EvaluatorLevel) level!: EvaluatorLevel;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
}

@ObjectType({ description: 'Pernyataan konflik kepentingan evaluator terhadap instansi atau unit' })
export class ConflictDeclaration {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
  @Field(() => ID, { nullable: true }) serviceUnitId!: string | null;
  @Field() reason!: string;
  @Field() declaredAt!: Date;
}

@ObjectType()
export class EvaluatorAssignment {
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => AssignmentRole) role!: AssignmentRole;
  @Field() assignedAt!: Date;
}

@ObjectType({ description: 'Beban kerja evaluator dalam satu siklus' })
export class EvaluatorWorkload {
  @Field(() => ID) evaluatorId!: string;
  @Field() displayName!: string;
  @Field(() => EvaluatorLevel) level!: EvaluatorLevel;
  @Field(() => Int) primaryLokus!: number;
  @Field(() => Int) secondRaterLokus!: number;
  @Field(() => Int, { description: 'Lokus utama yang semua indikatornya sudah dinilai' }) completedLokus!: number;
  @Field(() => Int, { description: 'Indikator yang sudah dinilai pada lokus utama' }) scoredIndicators!: number;
  @Field(() => Int, { description: 'Indikator yang harus dinilai pada lokus utama' }) totalIndicators!: number;
  @Field(() => Int) openAppeals!: number;
  @Field(() => Int, { description: 'Indikator yang sudah dinilai evaluator ini sebagai penilai kedua' }) secondScoredIndicators!: number;
  @Field(() => Int, { description: 'Indikator yang harus dinilainya sebagai penilai kedua' }) secondTotalIndicators!: number;
}

@ObjectType()
export class EvaluatorProfileConnection extends Paginated(EvaluatorProfile, 'EvaluatorProfile') {}

@ObjectType()
export class ConflictDeclarationConnection extends Paginated(ConflictDeclaration, 'ConflictDeclaration') {}

@ObjectType()
export class EvaluatorWorkloadConnection extends Paginated(EvaluatorWorkload, 'EvaluatorWorkload') {}

@ObjectType({ description: 'Evaluator terdaftar untuk satu lokus: boleh ditugaskan atau tidak, dengan alasannya' })
export class AssignmentCandidate {
  @Field(() => EvaluatorProfile) evaluator!: EvaluatorProfile;
  @Field() eligible!: boolean;
  @Field(() => IppText, {
    nullable: true,
    description: 'Mengapa tidak boleh: konflik kepentingan, instansi yang sama, hierarki, atau sudah ditugaskan',
  })
  refusal!: IppText | null;
}

@ObjectType()
export class AssignmentCandidateConnection extends Paginated(AssignmentCandidate, 'AssignmentCandidate') {}
