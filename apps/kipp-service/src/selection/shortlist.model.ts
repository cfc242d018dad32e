import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { CompetitionGroup } from '../competitions/group.enum';
import { Agency, Region } from '../federation/registry-refs';

export enum ShortlistTier {
  TOP99 = 'TOP99',
  TOP45 = 'TOP45',
}
registerEnumType(ShortlistTier, { name: 'ShortlistTier', description: 'Top 99 (panel independen) atau Top 45 (keputusan akhir)' });

@ObjectType({ description: 'Satu inovasi pada daftar Top 99 atau Top 45' })
export class ShortlistEntry {
  @Field(() => ID) proposalId!: string;
  @Field(() => ShortlistTier) tier!: ShortlistTier;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Float, { nullable: true, description: 'Nilai agregat yang dipakai untuk peringkat' }) score!: number | null;
  @Field() title!: string;
  @Field() category!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field() agencyType!: string;
  @Field(() => Agency) agency!: Agency;
  @Field(() => Region) region!: Region;
  @Field() in3tRegion!: boolean;
  @Field(() => ID, { nullable: true, description: 'Entri katalog setelah diumumkan' }) innovationId!: string | null;
  @Field({ description: 'Alasan masuk daftar (peringkat, atau keputusan panel)' }) reason!: string;
}

@ObjectType('ShortlistEntryConnection')
export class ShortlistEntryConnection extends Paginated(ShortlistEntry, 'ShortlistEntry') {}

@ObjectType({ description: 'Satu nilai pada satu dimensi keseimbangan' })
export class BalanceBucket {
  @Field() value!: string;
  @Field(() => Int) shortlisted!: number;
  @Field(() => Float, { description: 'Persen dari daftar' }) shortlistShare!: number;
  @Field(() => Int, { description: 'Proposal lolos administrasi dengan nilai ini' }) pool!: number;
  @Field(() => Float, { description: 'Persen dari kumpulan' }) poolShare!: number;
}

@ObjectType({ description: 'Indikator keseimbangan daftar: kategori, kelompok, jenis instansi, provinsi, daerah 3T' })
export class BalanceDimension {
  @Field({ description: 'CATEGORY | GROUP | AGENCY_TYPE | PROVINCE | REGION_3T' }) dimension!: string;
  @Field(() => [BalanceBucket]) buckets!: BalanceBucket[];
}

@ObjectType({ description: 'Sanggahan publik atas inovasi Top 99' })
export class Objection {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field({ description: 'Judul inovasi yang disanggah' }) title!: string;
  @Field(() => Agency, { description: 'Instansi pengusul inovasi yang disanggah' }) agency!: Agency;
  @Field() body!: string;
  @Field(() => String, { nullable: true, description: 'Kontak penyanggah (opsional); hanya untuk admin' }) contact!: string | null;
  @Field() filedAt!: Date;
  @Field(() => Boolean, { nullable: true, description: 'Diterima (proposal gugur) atau ditolak; kosong bila belum diputuskan' }) upheld!:
    boolean | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('ObjectionConnection')
export class ObjectionConnection extends Paginated(Objection, 'Objection') {}

@ObjectType('KippFieldVerification', { description: 'Catatan verifikasi lapangan' })
export class FieldVerification {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => ID) verifierId!: string;
  @Field({ description: 'TPI atau TE' }) panel!: string;
  @Field() visitedOn!: string;
  @Field() notes!: string;
  @Field() recordedAt!: Date;
}

@ObjectType({ description: 'Satu keputusan dalam seleksi: siapa, kapan, mengapa' })
export class Decision {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field() kind!: string;
  @Field(() => ID) decidedBy!: string;
  @Field({ description: 'Nama yang memutuskan' }) decidedByName!: string;
  @Field() reason!: string;
  @Field() decidedAt!: Date;
}

@ObjectType('DecisionConnection')
export class DecisionConnection extends Paginated(Decision, 'Decision') {}
