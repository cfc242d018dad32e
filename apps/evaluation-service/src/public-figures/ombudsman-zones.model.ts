import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin } from '@simpul/service-kit';
import { OmbudsmanZoneCount } from '../ombudsman/ombudsman.model';

@ObjectType({ description: 'Jumlah instansi per zona Ombudsman di satu provinsi dalam satu tahun' })
export class OmbudsmanProvinceZones {
  @Field({ description: 'Kode provinsi (Kemendagri), mis. 63' }) provinceCode!: string;
  @Field(() => Int) hijau!: number;
  @Field(() => Int) kuning!: number;
  @Field(() => Int) merah!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Hasil resmi (dengan sumber)' }) officialCount!: number;
  @Field(() => Int, { description: 'Hasil data contoh' }) demoCount!: number;
}

@ObjectType({ description: 'Zona kepatuhan Ombudsman se-Indonesia dalam satu tahun: nasional dan per provinsi (publik)' })
export class OmbudsmanZoneMap {
  @Field(() => Int, { nullable: true, description: 'Tahun; null bila belum ada hasil' }) year!: number | null;
  @Field(() => [Int], { description: 'Tahun yang memiliki hasil, terbaru dahulu' }) availableYears!: number[];
  @Field(() => [OmbudsmanZoneCount], { description: 'Nasional, selalu tiga baris: HIJAU, KUNING, MERAH' })
  zoneCounts!: OmbudsmanZoneCount[];
  @Field(() => [OmbudsmanProvinceZones], { description: 'Per provinsi yang memiliki hasil, urut kode' })
  provinces!: OmbudsmanProvinceZones[];
  @Field(() => Int) total!: number;
  @Field(() => DataOrigin, { description: 'OFFICIAL bila semua hasil resmi; DEMO bila ada data contoh di dalamnya' }) origin!: DataOrigin;
  @Field(() => String, { nullable: true, description: 'Sumber hasil resmi' }) source!: string | null;
}
