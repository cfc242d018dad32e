import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin } from '@simpul/service-kit';

@ObjectType({ description: 'Rerata IKM utama unit-unit satu provinsi dalam satu tahun' })
export class IkmProvinceFigure {
  @Field({ description: 'Kode provinsi (Kemendagri), mis. 63' }) provinceCode!: string;
  @Field(() => Int, { description: 'Unit yang memiliki IKM utama tahun itu' }) units!: number;
  @Field(() => Float, { description: 'Rerata IKM unit-unit itu, dua desimal' }) value!: number;
  @Field(() => DataOrigin, { description: 'DERIVED: dihitung dari hasil survei; DEMO bila ada hasil data contoh di dalamnya' })
  origin!: DataOrigin;
}

@ObjectType({ description: 'IKM per provinsi dalam satu tahun, untuk peta beranda publik' })
export class IkmByProvince {
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => [IkmProvinceFigure], { description: 'Per provinsi yang memiliki hasil, urut kode' }) provinces!: IkmProvinceFigure[];
  @Field(() => Int, { description: 'Unit dengan IKM utama yang provinsinya tidak dikenal registri (tidak masuk peta)' })
  unitsWithoutProvince!: number;
}
