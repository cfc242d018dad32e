import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin } from '@simpul/service-kit';

@ObjectType({ description: 'Jumlah MPP pada akhir satu tahun' })
export class MallGrowthPoint {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Jumlah MPP (kumulatif)' }) count!: number;
  @Field(() => String, { nullable: true, description: 'Tanggal angka resmi (YYYY-MM-DD); null untuk hitungan dari Simpul' }) asOf!:
    string | null;
  @Field(() => DataOrigin) origin!: DataOrigin;
  @Field(() => String, { nullable: true, description: 'Sumber angka resmi' }) source!: string | null;
}

@ObjectType({ description: 'Pertumbuhan MPP per tahun: angka resmi KemenPAN-RB, dan MPP yang tercatat di Simpul' })
export class MallGrowth {
  @Field(() => [MallGrowthPoint], {
    description: 'Angka resmi yang dipublikasikan (angka terakhir setiap tahun), dengan sumbernya; urut tahun',
  })
  published!: MallGrowthPoint[];
  @Field(() => [MallGrowthPoint], {
    description: 'MPP yang tercatat di Simpul dan sudah diresmikan, kumulatif per tahun; DEMO bila ada MPP data contoh di dalamnya',
  })
  registered!: MallGrowthPoint[];
}
