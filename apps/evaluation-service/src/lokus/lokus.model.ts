import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { IppText } from '../common/localized.model';
import { GovernmentLevel, ServiceGroup } from './lokus.enums';

@ObjectType({
  description:
    'Lokus: unit yang dievaluasi dalam satu siklus. Nama, jenis, instansi dan provinsi unit adalah salinan (snapshot) saat lokus ditambahkan, ' +
    'dipakai untuk kelompok pembanding (cohort) dan ekspor; data unit terkini ada di registri (serviceUnit).',
})
export class Lokus {
  @Field(() => ID) id!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) serviceUnitId!: string;
  @Field({ description: 'Nama unit (snapshot)' }) unitName!: string;
  @Field({ description: 'Jenis unit menurut registri, mis. SAMSAT (snapshot)' }) unitKind!: string;
  @Field(() => ServiceGroup) serviceGroup!: ServiceGroup;
  @Field(() => ID, { description: 'Instansi pemilik unit (snapshot)' }) agencyId!: string;
  @Field(() => String, { nullable: true }) agencyName!: string | null;
  @Field({ description: 'Kode provinsi Kemendagri (snapshot)' }) provinceCode!: string;
  @Field(() => String, { nullable: true }) provinceName!: string | null;
  @Field(() => GovernmentLevel) governmentLevel!: GovernmentLevel;
  @Field({ description: 'Kelompok pembanding peringkat, mis. PROVINCE:SAMSAT (semua Samsat provinsi)' }) cohort!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Versi instrumen; null pada lokus historis yang hanya memuat IPP yang dipublikasikan (formulirnya tidak ditranskripsikan)',
  })
  instrumentId!: string | null;
  @Field(() => Int) minRespondents!: number;
  @Field(() => Int) maxRespondents!: number;
  @Field() addedAt!: Date;
}

@ObjectType()
export class LokusConnection extends Paginated(Lokus, 'Lokus') {}

@ObjectType()
export class LokusImportError {
  @Field(() => Int, { description: 'Nomor baris, mulai 1' }) row!: number;
  @Field() field!: string;
  @Field(() => IppText) message!: IppText;
}

@ObjectType({ description: 'Hasil impor daftar lokus: semua atau tidak sama sekali' })
export class LokusImportReport {
  @Field(() => Int) added!: number;
  @Field(() => Int, { description: 'Sudah menjadi lokus siklus ini' }) alreadyPresent!: number;
  @Field(() => [LokusImportError]) errors!: LokusImportError[];
}
