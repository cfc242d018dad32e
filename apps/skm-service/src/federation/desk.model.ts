import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkmCategory, SkmSample } from '../results/result.model';
import { SkmPeriodKind } from '../surveys/survey-period';

/** The MPP service's Desk (a loket in a mall), referenced by id; this service adds `latestIkm`. */
@ObjectType({ description: 'Gerai/loket bernomor di MPP; dapat dipakai bergantian per hari oleh beberapa tenant' })
@Directive('@key(fields: "id")')
export class Desk {
  @Field(() => ID) id!: string;
}

@ObjectType({
  description:
    'IKM utama satu gerai/loket MPP (dasbor operator): periode selesai terbaru dengan jawaban yang sudah ditinjau dan sampel cukup, dari tabel rollup',
})
export class SkmDeskIkm {
  @Field(() => ID) surveyId!: string;
  @Field(() => Float, { description: 'IKM 25–100, dibulatkan setengah ke atas dua desimal' }) value!: number;
  @Field(() => SkmCategory) category!: SkmCategory;
  @Field(() => Int, { description: 'Jumlah kuesioner yang dihitung' }) respondents!: number;
  @Field({ description: 'Periode survei, mis. "Triwulan III 2026" (bahasa Indonesia; web merender periodKind/year/number)' })
  periodLabel!: string;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field({ description: 'Hari pertama periode (YYYY-MM-DD)' }) startsOn!: string;
  @Field({ description: 'Hari terakhir periode (YYYY-MM-DD)' }) endsOn!: string;
  @Field(() => SkmSample, { description: 'Kecukupan sampel (Krejcie–Morgan): sedikit responden berarti IKM belum dapat diandalkan' })
  sample!: SkmSample;
}
