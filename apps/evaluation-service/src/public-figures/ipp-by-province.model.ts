import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin } from '@simpul/service-kit';
import { Cohort } from '../cohorts/cohort.model';
import { IppText } from '../common/localized.model';
import { EvaluationScheme } from '../cycles/cycle-phase.enum';
import { IppCategoryInfo } from '../results/results.model';

@ObjectType({ description: 'Rerata IPP satu cohort di satu provinsi' })
export class ProvinceCohortIpp {
  @Field(() => Cohort) cohort!: Cohort;
  @Field(() => Int, { description: 'Jumlah lokus' }) count!: number;
  @Field(() => Float, { description: 'Rerata IPP, dua desimal' }) value!: number;
}

@ObjectType({ description: 'Rerata IPP satu provinsi dalam satu siklus yang dipublikasikan, dengan rincian per cohort' })
export class ProvinceIpp {
  @Field({ description: 'Kode provinsi (Kemendagri), mis. 63' }) provinceCode!: string;
  @Field(() => String, { nullable: true }) provinceName!: string | null;
  @Field(() => Int, { description: 'Jumlah lokus' }) count!: number;
  @Field(() => Float, { description: 'Rerata IPP, dua desimal' }) value!: number;
  @Field(() => IppCategoryInfo) category!: IppCategoryInfo;
  @Field(() => [ProvinceCohortIpp], { description: 'Per cohort, urut kode' }) cohorts!: ProvinceCohortIpp[];
}

@ObjectType({ description: 'IPP per provinsi dan cohort dari satu siklus PEKPPP yang sudah dipublikasikan (publik)' })
export class IppByProvince {
  @Field(() => Int, { nullable: true, description: 'Tahun siklus; null bila belum ada siklus yang dipublikasikan' }) year!: number | null;
  @Field(() => ID, { nullable: true }) cycleId!: string | null;
  @Field(() => String, { nullable: true }) cycleName!: string | null;
  @Field(() => EvaluationScheme, { nullable: true }) scheme!: EvaluationScheme | null;
  @Field(() => IppText, { nullable: true, description: 'Nama siklus dan skema, mis. PEKPPP 2022 (Pemantauan)' }) label!: IppText | null;
  @Field(() => [ProvinceIpp], { description: 'Per provinsi, urut kode' }) provinces!: ProvinceIpp[];
  @Field(() => [Cohort], { description: 'Cohort yang ada dalam siklus ini' }) cohorts!: Cohort[];
  @Field(() => DataOrigin, { description: 'DERIVED: rerata dari hasil lokus; DEMO bila ada hasil data contoh di dalamnya' })
  origin!: DataOrigin;
  @Field(() => String, { nullable: true, description: 'Asal angka: siklus yang dipublikasikan' }) source!: string | null;
  @Field(() => [Int], { description: 'Tahun yang memiliki siklus dipublikasikan, terbaru dahulu (untuk pilihan tahun)' })
  availableYears!: number[];
}
