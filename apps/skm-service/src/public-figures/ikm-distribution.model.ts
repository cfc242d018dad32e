import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin } from '@simpul/service-kit';

@ObjectType({ description: 'Jumlah unit dalam satu mutu pelayanan IKM (PermenPANRB 14/2017)' })
export class IkmBandCount {
  @Field({ description: 'Mutu pelayanan A–D' }) code!: string;
  @Field({ description: 'Kinerja unit, mis. Sangat Baik' }) label!: string;
  @Field() labelEn!: string;
  @Field(() => Float, { description: 'Batas bawah nilai IKM' }) min!: number;
  @Field(() => Float, { description: 'Batas atas nilai IKM' }) max!: number;
  @Field(() => Int, { description: 'Jumlah unit yang IKM utamanya pada mutu ini' }) units!: number;
}

@ObjectType({ description: 'Sebaran IKM unit pelayanan per mutu A–D dalam satu tahun (publik)' })
export class IkmDistribution {
  @Field(() => Int, { nullable: true, description: 'Tahun periode survei; null bila belum ada hasil' }) year!: number | null;
  @Field(() => [IkmBandCount], { description: 'A, B, C, D — selalu keempatnya' }) bands!: IkmBandCount[];
  @Field(() => Int, { description: 'Unit yang dihitung: yang memiliki IKM utama tahun ini' }) units!: number;
  @Field(() => Int, {
    description: 'Unit yang disurvei tahun ini tetapi belum memiliki IKM utama (periode berjalan, menunggu tinjauan, sampel kurang)',
  })
  unitsWithoutResult!: number;
  @Field(() => DataOrigin, { description: 'DERIVED: dihitung dari hasil survei; DEMO bila ada hasil data contoh di dalamnya' })
  origin!: DataOrigin;
  @Field(() => String, { nullable: true, description: 'Dasar hitungan' }) source!: string | null;
  @Field(() => [Int], { description: 'Tahun yang memiliki survei, terbaru dahulu' }) availableYears!: number[];
}
