import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin } from '@simpul/service-kit';

@ObjectType({ description: 'Jumlah inovasi berpenghargaan KIPP dalam satu tahun (katalog terbit)' })
export class KippAwardYear {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Pemenang (Top 45)' }) top45!: number;
  @Field(() => Int, { description: 'Top 99 yang tidak masuk Top 45' }) top99!: number;
  @Field(() => DataOrigin, { description: 'OFFICIAL bila semua inovasi tahun ini resmi; DEMO bila ada data contoh' }) origin!: DataOrigin;
  @Field(() => String, { nullable: true, description: 'Sumber angka resmi' }) source!: string | null;
}
