import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataOrigin, Paginated } from '@simpul/service-kit';
import { EvaluationScheme } from '../cycles/cycle-phase.enum';
import { IppText } from '../common/localized.model';

@ObjectType({ description: 'Kategori IPP (A Pelayanan Prima … F Gagal)' })
export class IppCategoryInfo {
  @Field() code!: string;
  @Field({ description: 'Predikat, mis. Sangat Baik' }) label!: string;
  @Field() labelEn!: string;
}

@ObjectType()
export class IppExplanationInput {
  @Field() name!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true }) weight!: number | null;
}

@ObjectType()
export class IppExplanationStep {
  @Field({ description: 'aspect.a … aspect.f, evaluatorIndex, userIndex, blend, rounding, category' }) id!: string;
  @Field(() => IppText) label!: IppText;
  @Field() formula!: string;
  @Field(() => [IppExplanationInput]) inputs!: IppExplanationInput[];
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true, description: 'Nilai eksak sebagai pecahan, sebelum pembulatan' }) exact!: string | null;
}

@ObjectType({ description: 'Cara IPP dihitung: rumus, setiap masukan dan langkah (dari computeIpp)' })
export class IppExplanation {
  @Field() formula!: string;
  @Field(() => [IppExplanationStep]) steps!: IppExplanationStep[];
  @Field(() => IppText) text!: IppText;
}

export enum ResultBasis {
  BLENDED = 'BLENDED',
  EVALUATOR_ONLY = 'EVALUATOR_ONLY',
  PUBLISHED_AGGREGATE = 'PUBLISHED_AGGREGATE',
}
registerEnumType(ResultBasis, {
  name: 'ResultBasis',
  description:
    'BLENDED: 0,75 × F-02 + 0,25 × F-03; EVALUATOR_ONLY: tanpa F-03 yang cukup, IPP = indeks F-02; PUBLISHED_AGGREGATE: hanya IPP yang dipublikasikan, tanpa nilai indikator (tidak dipublikasikan)',
});

@ObjectType({ description: 'Hasil IPP satu lokus (satu versi), dengan asal-usul perhitungannya' })
export class LokusResult {
  @Field(() => ID) id!: string;
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => Int) year!: number;
  @Field() unitName!: string;
  @Field(() => ID) serviceUnitId!: string;
  @Field() provinceCode!: string;
  @Field(() => Int, { description: 'Versi 1 sebelum finalisasi; koreksi sesudahnya membuat versi baru' }) version!: number;
  @Field() current!: boolean;
  @Field(() => Float, { description: 'IPP, dua desimal (pembulatan setengah ke atas)' }) index!: number;
  @Field(() => Float, { nullable: true, description: 'Indeks F-02; null pada angka agregat yang dipublikasikan' }) evaluatorIndex!:
    number | null;
  @Field(() => Float, { nullable: true }) userIndex!: number | null;
  @Field(() => ResultBasis) basis!: ResultBasis;
  @Field(() => Int) respondents!: number;
  @Field(() => Int, { description: 'Minimum responden F-03 lokus ini saat dihitung (bawaan 10)' }) minRespondents!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Benar bila sampel F-03 di bawah minimum (F-03 tidak dihitung, IPP = indeks F-02); null pada angka agregat yang dipublikasikan',
  })
  sampleBelowMinimum!: boolean | null;
  @Field(() => IppCategoryInfo) category!: IppCategoryInfo;
  @Field() cohort!: string;
  @Field(() => Int, { nullable: true, description: 'Peringkat k dari n dalam cohort (peringkat kompetisi)' }) rank!: number | null;
  @Field(() => Int, { nullable: true }) cohortSize!: number | null;
  @Field(() => IppText, { nullable: true, description: '"peringkat 20 dari 34"' }) rankLabel!: IppText | null;
  @Field(() => IppExplanation, { nullable: true }) explanation!: IppExplanation | null;
  @Field(() => String, { nullable: true, description: 'Alasan koreksi (versi > 1)' }) reason!: string | null;
  @Field() computedAt!: Date;
  @Field(() => DataOrigin, { description: 'Asal angka IPP ini: OFFICIAL (angka resmi atau hasil kerja nyata siklus), DEMO (data contoh)' })
  origin!: DataOrigin;
  @Field(() => String, {
    nullable: true,
    description: 'Sumber angka: keputusan atau berita (judul dan tanggal) untuk angka resmi, nama siklus untuk hasil siklus',
  })
  source!: string | null;
  @Field(() => DataOrigin, {
    description: 'Asal nilai indikator dan aspek di balik angka ini (DEMO pada siklus contoh, juga bila IPP-nya resmi)',
  })
  indicatorsOrigin!: DataOrigin;
  @Field() cycleName!: string;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field(() => IppText, { description: '"PEKPPP 2026 (Pemantauan): peringkat 2 dari 3": nama siklus dan skema, bukan tahun saja' })
  label!: IppText;
}

@ObjectType({ description: 'Riwayat IPP sebuah unit, satu baris per siklus' })
export class IppResult {
  @Field(() => Int) year!: number;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) lokusId!: string;
  @Field(() => Float) index!: number;
  @Field(() => IppCategoryInfo) category!: IppCategoryInfo;
  @Field(() => Int, { nullable: true, description: 'Null bila peringkat tidak diketahui (angka historis)' }) rank!: number | null;
  @Field(() => Int, { nullable: true }) cohortSize!: number | null;
  @Field() cohort!: string;
  @Field() published!: boolean;
  @Field() cycleName!: string;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field(() => DataOrigin) origin!: DataOrigin;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => IppText, { description: '"PEKPPP 2026 (Pemantauan): peringkat 2 dari 3"' }) label!: IppText;
}

@ObjectType()
export class SkippedLokusInfo {
  @Field(() => ID) lokusId!: string;
  @Field() unitName!: string;
  @Field() field!: string;
  @Field(() => IppText) message!: IppText;
}

@ObjectType({ description: 'Ringkasan hitung ulang satu siklus (satu transaksi)' })
export class RecomputeReport {
  @Field(() => ID) cycleId!: string;
  @Field(() => Int) computed!: number;
  @Field(() => [SkippedLokusInfo], { description: 'Lokus yang F-02-nya belum lengkap atau tidak sah' }) skipped!: SkippedLokusInfo[];
  @Field(() => Int) cohorts!: number;
  @Field(() => Int) durationMs!: number;
  @Field(() => Int, { description: 'Membaca masukan (satu SELECT)' }) loadMs!: number;
  @Field(() => Int, { description: 'computeIpp dan rankCohort' }) computeMs!: number;
  @Field(() => Int, { description: 'Menulis hasil (INSERT berbasis himpunan)' }) writeMs!: number;
}

@ObjectType()
export class LokusResultConnection extends Paginated(LokusResult, 'LokusResult') {}

@ObjectType()
export class AggregateFigure {
  @Field({ description: 'Kunci kelompok: ID instansi, kode provinsi, atau "nasional"' }) group!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => IppCategoryInfo, { nullable: true }) category!: IppCategoryInfo | null;
  @Field({ description: 'mean (bawaan, DOMAIN §4.4)' }) method!: string;
  @Field(() => DataOrigin, {
    description: 'DERIVED: dihitung dari hasil lokus; DEMO bila ada hasil data contoh di dalamnya (rerata data contoh bukan angka resmi)',
  })
  origin!: DataOrigin;
}

@ObjectType()
export class AggregateFigureConnection extends Paginated(AggregateFigure, 'AggregateFigure') {}

@ObjectType({ description: 'Agregat instansi, provinsi dan nasional, masing-masing langsung dari IPP lokus' })
export class CycleAggregates {
  @Field(() => ID) cycleId!: string;
  @Field(() => AggregateFigure) nation!: AggregateFigure;
  /** Every instansi of the cycle, sorted by name; served page by page through the `instansi` field. */
  instansiFigures!: AggregateFigure[];
  @Field(() => [AggregateFigure], { description: 'Per provinsi (paling banyak 38), urut kode' }) province!: AggregateFigure[];
}

export enum TrendSource {
  PUBLISHED_FIGURE = 'PUBLISHED_FIGURE',
  COMPUTED = 'COMPUTED',
}
registerEnumType(TrendSource, {
  name: 'TrendSource',
  description: 'Angka resmi yang diterbitkan, atau dihitung dari hasil satu siklus PEMANTAUAN nasional',
});

@ObjectType({
  description:
    'Satu titik tren IPP nasional: angka resmi, atau rerata satu siklus PEMANTAUAN nasional yang dipublikasikan dari hasil kerja nyata (bukan data contoh)',
})
export class TrendPointInfo {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Selisih dari titik sebelumnya' }) change!: number | null;
  @Field(() => Int, { nullable: true, description: 'Jumlah lokus (hanya untuk COMPUTED)' }) lokusCount!: number | null;
  @Field(() => TrendSource) basis!: TrendSource;
  @Field(() => DataOrigin, { description: 'OFFICIAL untuk angka resmi; DERIVED untuk rerata sebuah siklus' }) origin!: DataOrigin;
  @Field(() => String, { description: 'Sumber titik ini: sumber angka resmi, atau nama dan skema siklusnya' }) source!: string;
  @Field(() => ID, { nullable: true }) cycleId!: string | null;
  @Field(() => String, { nullable: true }) cycleName!: string | null;
  @Field(() => EvaluationScheme, { nullable: true }) scheme!: EvaluationScheme | null;
  @Field(() => IppCategoryInfo, { nullable: true }) category!: IppCategoryInfo | null;
}

@InputType()
export class CorrectedScoreInput {
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
}

@InputType({ description: 'Koreksi hasil yang sudah final: versi baru dengan alasan' })
export class CorrectResultInput {
  @Field(() => ID) lokusId!: string;
  @Field() reason!: string;
  @Field(() => [CorrectedScoreInput], { description: 'Nilai F-02 yang dikoreksi; indikator lain tetap' }) scores!: CorrectedScoreInput[];
}
