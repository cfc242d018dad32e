import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { CompetitionGroup } from '../competitions/group.enum';
import { ShortlistTier } from '../selection/shortlist.model';

@ObjectType({ description: 'Tingkat pemenang yang benar-benar dipakai kompetisi satu tahun (Top 9, 25, 35, 40 atau 45)' })
export class KippAwardTier {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Jumlah pemenang pada tingkat itu, mis. 25 untuk Top 25' }) winnerSize!: number;
  @Field({ description: 'Nama tingkat, mis. "Top 25"' }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Sumber yang mempublikasikan tingkat ini; kosong bila dari aturan kompetisi di sistem ini',
  })
  source!: string | null;
}

@InputType({ description: 'Penghargaan KIPP yang dipublikasikan di luar sistem ini (mis. pemenang sebelum Simpul), dengan sumbernya' })
export class HistoricalAwardInput {
  @Field(() => Int) year!: number;
  @Field(() => ShortlistTier, {
    description: 'TOP45: tingkat pemenang tahun itu (namanya mengikuti tahunnya, mis. Top 25); TOP99: daftar pendek',
  })
  award!: ShortlistTier;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field() category!: string;
  @Field(() => CompetitionGroup, { nullable: true, description: 'Bawaan UMUM' }) group?: CompetitionGroup | null;
  @Field(() => ID, { description: 'Unit pelayanan pemilik inovasi (registri): instansi dan wilayahnya diambil dari sana' })
  serviceUnitId!: string;
  @Field({ description: 'Sumber publikasi (keputusan atau berita, dengan tanggal)' }) source!: string;
}

@ObjectType({ description: 'Penghargaan yang dimasukkan admin dari publikasi, untuk ditinjau dan diubah' })
export class HistoricalAward {
  @Field(() => ID) innovationId!: string;
  @Field(() => Int) year!: number;
  @Field(() => ShortlistTier) award!: ShortlistTier;
  @Field({ description: 'Nama tingkat tahun itu, mis. "Top 25"' }) tierName!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() category!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field(() => ID, { nullable: true }) serviceUnitId!: string | null;
  @Field() source!: string;
  @Field() enteredAt!: Date;
}

@ObjectType('HistoricalAwardConnection')
export class HistoricalAwardConnection extends Paginated(HistoricalAward, 'HistoricalAward') {}
